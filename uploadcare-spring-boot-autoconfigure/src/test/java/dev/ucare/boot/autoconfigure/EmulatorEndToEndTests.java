package dev.ucare.boot.autoconfigure;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import dev.ucare.boot.autoconfigure.health.UploadcareHealthIndicator;
import dev.ucare.boot.autoconfigure.webhooks.FileUploadedEvent;
import dev.ucare.boot.autoconfigure.webhooks.UploadcareWebhookEvent;
import dev.ucare.client.UploadcareClient;
import dev.ucare.client.files.FileInfo;
import dev.ucare.client.project.ProjectOperations;
import dev.ucare.client.upload.UploadOperations;
import dev.ucare.client.upload.UploadOptions;
import dev.ucare.client.webhooks.WebhookEvent;
import dev.ucare.client.webhooks.WebhookOperations;
import dev.ucare.client.webhooks.WebhookRequest;
import dev.ucare.client.webhooks.WebhookSignatures;
import dev.ucare.emulator.UploadcareEmulator;
import dev.ucare.emulator.WebhookDelivery;
import dev.ucare.emulator.spring.AutoConfigureUploadcareEmulator;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.event.EventListener;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The auto-configuration against the emulator, started by
 * {@link AutoConfigureUploadcareEmulator}: upload → the emulator delivers a signed
 * webhook to the running app → the app's listener receives a {@link FileUploadedEvent};
 * health and metrics against it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "uploadcare.webhooks.signing-secret=" + EmulatorEndToEndTests.SECRET,
				"uploadcare.health.cache-ttl=0s", "uploadcare.retry.initial-delay=1ms",
				"uploadcare.retry.max-delay=10ms" })
@AutoConfigureUploadcareEmulator
class EmulatorEndToEndTests {

	static final String SECRET = "e2e-signing-secret";

	@LocalServerPort
	int port;

	@Autowired
	UploadcareEmulator emulator;

	@Autowired
	UploadcareClient client;

	@Autowired
	UploadOperations uploads;

	@Autowired
	WebhookOperations webhooks;

	@Autowired
	ProjectOperations project;

	@Autowired
	UploadcareHealthIndicator health;

	@Autowired
	MeterRegistry meters;

	@Autowired
	Listener listener;

	@Test
	void propertiesComeFromTheEmulator() {
		assertThat(client.publicKey()).isEqualTo(emulator.publicKey());
		assertThat(client.hasSecretKey()).isTrue();
		assertThat(project.get().pubKey()).isEqualTo(emulator.publicKey());
		assertThat(client.cdn().url("3f7c1d1e-5a4f-4b0e-9d0c-6d6f5b2b8a11").toString())
			.startsWith(emulator.cdnBaseUrl().toString());
	}

	@Test
	void uploadDeliversASignedWebhookThatBecomesAFileUploadedEvent() {
		webhooks.create(
				WebhookRequest.builder("http://127.0.0.1:" + port + "/uploadcare/webhooks", WebhookEvent.FILE_UPLOADED)
					.signingSecret(SECRET)
					.build());
		FileInfo file = uploads.upload("hello webhook".getBytes(StandardCharsets.UTF_8),
				UploadOptions.builder().filename("hello.txt").build());

		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> assertThat(listener.events).filteredOn(FileUploadedEvent.class::isInstance)
				.anySatisfy(event -> assertThat(event.payload().data().uuid()).isEqualTo(file.uuid())));
		// the emulator records a delivery once it has the answer, which may be after the
		// listener ran
		List<WebhookDelivery> deliveries = emulator.awaitWebhookDeliveries(1, Duration.ofSeconds(10));
		assertThat(deliveries).anySatisfy(delivery -> {
			assertThat(delivery.statusCode()).isEqualTo(200);
			assertThat(delivery.headers()).hasEntrySatisfying(WebhookSignatures.HEADER,
					signature -> assertThat(signature).startsWith("v1="));
		});
		assertThat(meters.find("uploadcare.webhooks").tags("event", "file.uploaded", "outcome", "verified").counter())
			.isNotNull();
		assertThat(meters.find("uploadcare.upload").tags("method", "direct", "outcome", "success").timer()).isNotNull();
		assertThat(meters.find("uploadcare.upload.bytes").summary()).isNotNull();
	}

	@Test
	void healthIsUpWithTheProjectName() {
		var result = health.health();
		assertThat(result.getStatus()).isEqualTo(Status.UP);
		assertThat(result.getDetails()).containsKey("project");
		assertThat(result.getDetails().toString()).doesNotContain(emulator.secretKey());
	}

	@Test
	void healthIsDownWithTheErrorTypeWhenTheApiFails() {
		emulator.faults().fail(503, 1);
		var result = health.health();
		assertThat(result.getStatus()).isEqualTo(Status.DOWN);
		assertThat(result.getDetails()).containsKey("error").containsEntry("status", 503);
		assertThat(result.getDetails().toString()).doesNotContain(emulator.secretKey())
			.doesNotContain(emulator.publicKey());
		emulator.faults().clear();
		assertThat(health.health().getStatus()).isEqualTo(Status.UP);
	}

	@Test
	void retriesAndHttpClientObservationsAreMetered() {
		emulator.faults().throttle(1, 0);
		assertThat(project.get()).isNotNull();
		emulator.faults().clear();
		assertThat(meters.find("uploadcare.retries").tags("api", "rest", "reason", "throttled").counter()).isNotNull()
			.satisfies(counter -> assertThat(counter.count()).isGreaterThanOrEqualTo(1));
		assertThat(meters.find("http.client.requests").timers()).isNotEmpty();
	}

	@SpringBootConfiguration
	@EnableAutoConfiguration
	static class App {

		@Bean
		Listener listener() {
			return new Listener();
		}

	}

	static class Listener {

		final List<UploadcareWebhookEvent> events = new CopyOnWriteArrayList<>();

		@EventListener
		void on(UploadcareWebhookEvent event) {
			events.add(event);
		}

	}

}
