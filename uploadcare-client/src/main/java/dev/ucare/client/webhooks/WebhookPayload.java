package dev.ucare.client.webhooks;

import java.time.OffsetDateTime;

import dev.ucare.client.files.FileInfo;
import dev.ucare.client.internal.Json;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * The body of a webhook delivery (payload version 0.7). Parse it only after its signature
 * was verified over the raw bytes.
 *
 * @param hook the subscription that fired (named differently from the REST webhook
 * object)
 * @param data the file, as the REST API describes it
 * @param initiator what caused the event; absent in payloads before July 2023
 * @param file the file's CDN URL
 * @param previousValues {@code appdata} and {@code metadata} before the change, for
 * {@code file.info_updated}; raw
 */
public record WebhookPayload(Hook hook, FileInfo data, Initiator initiator, String file, JsonNode previousValues) {

	/** The event of this delivery. */
	public WebhookEvent event() {
		return hook == null ? WebhookEvent.UNKNOWN : WebhookEvent.fromWireName(hook.event());
	}

	/**
	 * Reads a delivery body.
	 * @throws IllegalArgumentException when it is not JSON or lacks {@code hook.event}
	 */
	public static WebhookPayload parse(byte[] body) {
		try {
			WebhookPayload payload = Json.mapper().readValue(body, WebhookPayload.class);
			if (payload == null || payload.hook() == null || payload.hook().event() == null
					|| payload.hook().event().isBlank()) {
				throw new IllegalArgumentException("Webhook payload has no hook.event");
			}
			return payload;
		}
		catch (JacksonException ex) {
			throw new IllegalArgumentException("Webhook payload is not valid JSON: " + ex.getOriginalMessage(), ex);
		}
	}

	/**
	 * @param id subscription id
	 * @param projectId numeric project id
	 * @param projectPubKey the project's public key
	 * @param target delivery URL
	 * @param event event name, e.g. {@code file.uploaded}
	 * @param isActive whether the subscription is active
	 * @param version payload version
	 * @param createdAt creation time
	 * @param updatedAt last update time
	 */
	public record Hook(Long id, Long projectId, String projectPubKey, String target, String event, Boolean isActive,
			String version, OffsetDateTime createdAt, OffsetDateTime updatedAt) {
	}

	/**
	 * @param type {@code api}, {@code system} or {@code addon} @param detail specifics
	 */
	public record Initiator(String type, InitiatorDetail detail) {
	}

	/**
	 * @param requestId id of the request that caused the event
	 * @param addonName add-on that caused it
	 * @param sourceFileUuid the file this one was derived from
	 */
	public record InitiatorDetail(String requestId, String addonName, String sourceFileUuid) {
	}
}
