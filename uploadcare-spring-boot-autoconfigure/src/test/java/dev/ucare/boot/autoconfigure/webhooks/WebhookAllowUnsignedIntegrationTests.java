package dev.ucare.boot.autoconfigure.webhooks;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import dev.ucare.client.webhooks.WebhookSignatures;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.BeforeEach;
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
 * The development-only opt-in over HTTP, with a signing secret set: unsigned deliveries
 * are published as unverified events, signed ones as verified, forged ones are still
 * refused.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "uploadcare.public-key=demopublickey", "uploadcare.webhooks.allow-unsigned=true",
				"uploadcare.webhooks.signing-secret=" + WebhookAllowUnsignedIntegrationTests.SECRET })
class WebhookAllowUnsignedIntegrationTests {

	static final String SECRET = "dev-secret";

	private static final HttpClient http = HttpClient.newHttpClient();

	@LocalServerPort
	int port;

	@Autowired
	Recorder recorder;

	@Autowired
	MeterRegistry meters;

	@BeforeEach
	void reset() {
		recorder.events.clear();
	}

	@Test
	void unsignedDeliveryIsPublishedAsUnverified() throws Exception {
		byte[] body = WebhookBodies.body("file.uploaded", UUID.randomUUID().toString());
		assertThat(post(body, null).statusCode()).isEqualTo(200);
		assertThat(recorder.events).singleElement().satisfies(event -> {
			assertThat(event).isInstanceOf(FileUploadedEvent.class);
			assertThat(event.isVerified()).isFalse();
		});
		assertThat(meters.counter("uploadcare.webhooks", "event", "file.uploaded", "outcome", "unverified").count())
			.isGreaterThanOrEqualTo(1);
	}

	@Test
	void signedDeliveryIsStillVerified() throws Exception {
		byte[] body = WebhookBodies.body("file.stored", UUID.randomUUID().toString());
		assertThat(post(body, WebhookSignatures.sign(body, SECRET)).statusCode()).isEqualTo(200);
		assertThat(recorder.events).singleElement().satisfies(event -> assertThat(event.isVerified()).isTrue());
	}

	@Test
	void forgedDeliveryIsStillRefused() throws Exception {
		byte[] body = WebhookBodies.body("file.stored", UUID.randomUUID().toString());
		assertThat(post(body, WebhookSignatures.sign(body, "forger")).statusCode()).isEqualTo(401);
		assertThat(recorder.events).isEmpty();
	}

	private HttpResponse<String> post(byte[] body, String signature) throws Exception {
		HttpRequest.Builder request = HttpRequest
			.newBuilder(URI.create("http://127.0.0.1:" + port + "/uploadcare/webhooks"))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofByteArray(body));
		if (signature != null) {
			request.header(WebhookSignatures.HEADER, signature);
		}
		return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
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
