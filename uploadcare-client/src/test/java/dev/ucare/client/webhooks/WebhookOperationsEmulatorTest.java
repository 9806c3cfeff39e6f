package dev.ucare.client.webhooks;

import dev.ucare.client.UploadcareClient;
import dev.ucare.client.testing.EmulatorClients;
import dev.ucare.emulator.UploadcareEmulatorExtension;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

/** Webhook subscriptions against the emulator. */
class WebhookOperationsEmulatorTest {

	@RegisterExtension
	static UploadcareEmulatorExtension uploadcare = UploadcareEmulatorExtension.builder().build();

	@Test
	void aWebhookCreatedWithoutAnEventSubscribesToFileUploaded() {
		UploadcareClient client = EmulatorClients.builderFor(uploadcare.emulator()).build();

		Webhook byUrl = client.webhooks().create("https://example.com/hooks/by-url");
		Webhook byRequest = client.webhooks()
			.create(WebhookRequest.builder().targetUrl("https://example.com/hooks/by-request").build());

		assertThat(byUrl.event()).isEqualTo(WebhookEvent.FILE_UPLOADED);
		assertThat(byUrl.targetUrl()).isEqualTo("https://example.com/hooks/by-url");
		assertThat(byUrl.isActive()).isTrue();
		assertThat(byUrl.version()).isEqualTo(WebhookRequest.PAYLOAD_VERSION);
		assertThat(byRequest.event()).isEqualTo(WebhookEvent.FILE_UPLOADED);
		assertThat(client.webhooks().list()).extracting(Webhook::event)
			.containsExactly(WebhookEvent.FILE_UPLOADED, WebhookEvent.FILE_UPLOADED);
	}

}
