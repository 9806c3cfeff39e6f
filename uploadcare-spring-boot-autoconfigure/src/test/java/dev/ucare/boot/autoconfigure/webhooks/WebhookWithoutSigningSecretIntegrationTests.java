package dev.ucare.boot.autoconfigure.webhooks;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import dev.ucare.client.webhooks.WebhookSignatures;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.event.EventListener;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The secure default over HTTP: without {@code uploadcare.webhooks.signing-secret} (and
 * without the development-only opt-in) no delivery is published, signed or not.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "uploadcare.public-key=demopublickey")
class WebhookWithoutSigningSecretIntegrationTests {

	private static final HttpClient http = HttpClient.newHttpClient();

	@LocalServerPort
	int port;

	@Autowired
	Recorder recorder;

	@Test
	void everyDeliveryIsRefusedWith401AndNothingIsPublished() throws Exception {
		byte[] body = WebhookBodies.body("file.uploaded", UUID.randomUUID().toString());
		for (String signature : new String[] { null, WebhookSignatures.sign(body, "any-secret"), "v1=00" }) {
			HttpRequest.Builder request = HttpRequest
				.newBuilder(URI.create("http://127.0.0.1:" + port + "/uploadcare/webhooks"))
				.header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofByteArray(body));
			if (signature != null) {
				request.header(WebhookSignatures.HEADER, signature);
			}
			HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
			assertThat(response.statusCode()).isEqualTo(401);
		}
		assertThat(recorder.events).isEmpty();
	}

	@SpringBootConfiguration
	@EnableAutoConfiguration
	static class App {

		@Bean
		Recorder recorder() {
			return new Recorder();
		}

	}

	static class Recorder {

		final List<UploadcareWebhookEvent> events = new CopyOnWriteArrayList<>();

		@EventListener
		void on(UploadcareWebhookEvent event) {
			events.add(event);
		}

	}

}
