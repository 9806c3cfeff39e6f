package dev.ucare.emulator;

import java.util.Map;

/**
 * One webhook delivery, recorded after its last attempt.
 *
 * @param webhookId subscription id
 * @param target target URL
 * @param event event name, e.g. {@code file.uploaded}
 * @param statusCode last HTTP status received, 0 when no response (connection error or
 * refused target)
 * @param attempts number of attempts made
 * @param headers request headers sent (including {@code X-Uc-Signature} when signed)
 * @param body the JSON payload sent
 */
public record WebhookDelivery(long webhookId, String target, String event, int statusCode, int attempts,
		Map<String, String> headers, String body) {

	/**
	 * @return whether the target answered 2xx
	 */
	public boolean succeeded() {
		return statusCode >= 200 && statusCode < 300;
	}
}
