package dev.ucare.boot.autoconfigure.webhooks;

import java.time.Instant;

import dev.ucare.client.webhooks.WebhookPayload;

/**
 * {@code file.infected}: A virus scan found a file infected (Uploadcare deprecates this
 * event in favour of {@code file.info_updated}).
 */
public class FileInfectedEvent extends UploadcareWebhookEvent {

	public FileInfectedEvent(WebhookPayload payload, Instant receivedAt) {
		super(payload, receivedAt);
	}

}
