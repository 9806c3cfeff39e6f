package dev.ucare.boot.autoconfigure.webhooks;

import java.time.Instant;

import dev.ucare.client.webhooks.WebhookPayload;

/** {@code file.stored}: A file was stored. */
public class FileStoredEvent extends UploadcareWebhookEvent {

	public FileStoredEvent(WebhookPayload payload, Instant receivedAt) {
		super(payload, receivedAt);
	}

}
