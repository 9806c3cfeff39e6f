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
 * The secure default over HTTP: without {@code uploadcare.webhooks.signing-secret} (and
 * without the development-only opt-in) no delivery is published, signed or not.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "uploadcare.public-key=demopublickey")
class WebhookWithoutSigningSecretIntegrationTests extends WebhookEndpointTestSupport {

	@Test
	void everyDeliveryIsRefusedWith401AndNothingIsPublished() throws Exception {
		byte[] body = WebhookBodies.body("file.uploaded", UUID.randomUUID().toString());
		for (String signature : new String[] { null, WebhookSignatures.sign(body, "any-secret"), "v1=00" }) {
			assertThat(deliveries.post(body, signature).statusCode()).isEqualTo(401);
		}
		assertThat(recorder.events()).isEmpty();
	}

	@SpringBootConfiguration
	@EnableAutoConfiguration
	@Import(WebhookRecorder.class)
	static class App {

	}

}
