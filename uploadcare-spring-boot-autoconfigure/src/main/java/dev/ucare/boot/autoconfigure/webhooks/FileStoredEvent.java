package dev.ucare.boot.autoconfigure.webhooks;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;

import dev.ucare.client.webhooks.WebhookPayload;

/** {@code file.stored}: A file was stored. */
public class FileStoredEvent extends UploadcareWebhookEvent {

	/**
	 * @param payload the parsed delivery body
	 * @param body the delivery body as received
	 * @param receivedAt when the delivery arrived
	 * @param verified whether its signature was verified
	 */
	public FileStoredEvent(WebhookPayload payload, String body, Instant receivedAt, boolean verified) {
		super(payload, body, receivedAt, verified);
	}

	/**
	 * Reads the event back from its JSON form.
	 * @param body the delivery body
	 * @param receivedAt when the delivery arrived
	 * @param verified whether its signature was verified
	 */
	@JsonCreator
	public FileStoredEvent(@JsonProperty("body") String body, @JsonProperty("receivedAt") Instant receivedAt,
			@JsonProperty("verified") boolean verified) {
		this(parse(body), body, receivedAt, verified);
	}

}
