package dev.ucare.boot.autoconfigure.webhooks;

import java.util.UUID;

import dev.ucare.client.webhooks.WebhookSignatures;
import org.junit.jupiter.api.Test;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The development-only opt-in over HTTP, with a signing secret set: unsigned deliveries
 * are published as unverified events, signed ones as verified, forged ones are still
 * refused.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "uploadcare.public-key=demopublickey", "uploadcare.webhooks.allow-unsigned=true",
				"uploadcare.webhooks.signing-secret=" + WebhookAllowUnsignedIntegrationTests.SECRET })
class WebhookAllowUnsignedIntegrationTests extends WebhookEndpointTestSupport {

	static final String SECRET = "dev-secret";

	@Test
	void unsignedDeliveryIsPublishedAsUnverified() throws Exception {
		byte[] body = WebhookBodies.body("file.uploaded", UUID.randomUUID().toString());
		assertThat(deliveries.post(body, null).statusCode()).isEqualTo(200);
		assertThat(recorder.events()).singleElement().satisfies(event -> {
			assertThat(event).isInstanceOf(FileUploadedEvent.class);
			assertThat(event.isVerified()).isFalse();
		});
		assertThat(meters.counter("uploadcare.webhooks", "event", "file.uploaded", "outcome", "unverified").count())
			.isGreaterThanOrEqualTo(1);
	}

	@Test
	void signedDeliveryIsStillVerified() throws Exception {
		byte[] body = WebhookBodies.body("file.stored", UUID.randomUUID().toString());
		assertThat(deliveries.postSigned(body, SECRET).statusCode()).isEqualTo(200);
		assertThat(recorder.events()).singleElement().satisfies(event -> assertThat(event.isVerified()).isTrue());
	}

	@Test
	void forgedDeliveryIsStillRefused() throws Exception {
		byte[] body = WebhookBodies.body("file.stored", UUID.randomUUID().toString());
		assertThat(deliveries.post(body, WebhookSignatures.sign(body, "forger")).statusCode()).isEqualTo(401);
		assertThat(recorder.events()).isEmpty();
	}

	@SpringBootConfiguration
	@EnableAutoConfiguration
	@Import(WebhookRecorder.class)
	static class App {

	}

}
