package dev.ucare.boot.autoconfigure.webhooks;

import java.time.Instant;

import dev.ucare.client.webhooks.WebhookPayload;

/**
 * {@code file.uploaded}: A file was uploaded, copied locally, or created by processing.
 */
public class FileUploadedEvent extends UploadcareWebhookEvent {

	public FileUploadedEvent(WebhookPayload payload, Instant receivedAt) {
		super(payload, receivedAt);
	}

}
