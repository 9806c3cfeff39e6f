package dev.ucare.boot.autoconfigure.webhooks;

import java.time.Instant;

import dev.ucare.client.webhooks.WebhookPayload;

/** {@code file.deleted}: A file was deleted. */
public class FileDeletedEvent extends UploadcareWebhookEvent {

	public FileDeletedEvent(WebhookPayload payload, Instant receivedAt) {
		super(payload, receivedAt);
	}

}
