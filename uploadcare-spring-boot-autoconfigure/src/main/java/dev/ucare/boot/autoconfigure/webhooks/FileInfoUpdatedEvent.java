package dev.ucare.boot.autoconfigure.webhooks;

import java.time.Instant;

import dev.ucare.client.webhooks.WebhookPayload;

/**
 * {@code file.info_updated}: A file's metadata or appdata changed;
 * {@code payload().previousValues()} holds the values before the change.
 */
public class FileInfoUpdatedEvent extends UploadcareWebhookEvent {

	public FileInfoUpdatedEvent(WebhookPayload payload, Instant receivedAt) {
		super(payload, receivedAt);
	}

}
