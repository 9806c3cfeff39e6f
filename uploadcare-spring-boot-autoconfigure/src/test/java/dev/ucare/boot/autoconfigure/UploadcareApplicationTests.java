package dev.ucare.boot.autoconfigure;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import dev.ucare.boot.autoconfigure.webhooks.FileUploadedEvent;
import dev.ucare.boot.autoconfigure.webhooks.WebhookRecorder;
import dev.ucare.client.UploadcareClient;
import dev.ucare.client.UploadcareNetworkException;
import dev.ucare.client.files.FileInfo;
import dev.ucare.client.project.ProjectOperations;
import dev.ucare.client.upload.UploadOperations;
import dev.ucare.client.upload.UploadOptions;
import dev.ucare.client.webhooks.WebhookEvent;
import dev.ucare.client.webhooks.WebhookOperations;
import dev.ucare.client.webhooks.WebhookRequest;
import dev.ucare.client.webhooks.WebhookSignatures;
import dev.ucare.emulator.UploadcareEmulator;
import dev.ucare.emulator.spring.AutoConfigureUploadcareEmulator;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.awaitility.Awaitility.await;

/**
 * A Spring Boot web application with the starter, Actuator and Micrometer, against the
 * emulator started by {@link AutoConfigureUploadcareEmulator}, over real HTTP: an upload
 * becomes a signed webhook delivered to the app and a {@link FileUploadedEvent}; health,
 * env and configprops endpoints; meters.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "uploadcare.public-key=" + UploadcareApplicationTests.PUBLIC_KEY,
				"uploadcare.secret-key=" + UploadcareApplicationTests.SECRET_KEY,
				"uploadcare.webhooks.signing-secret=" + UploadcareApplicationTests.SIGNING_SECRET,
				"uploadcare.secure-delivery.secret=" + UploadcareApplicationTests.SECURE_DELIVERY_SECRET,
				"uploadcare.secure-delivery.cdn-host=cdn.example.com", "uploadcare.health.cache-ttl=0s",
				"uploadcare.retry.initial-delay=1ms", "uploadcare.retry.max-delay=10ms",
				"uploadcare.http.read-timeout=5s", "management.endpoints.web.exposure.include=health,env,configprops",
				"management.endpoint.env.show-values=always", "management.endpoint.configprops.show-values=always",
				"management.endpoint.health.show-details=always" })
@AutoConfigureUploadcareEmulator
class UploadcareApplicationTests {

	/** The application's own keys: the emulator's connection details win over them. */
	static final String PUBLIC_KEY = "pk-of-the-application";

	static final String SECRET_KEY = "sk-of-the-application";

	static final String SIGNING_SECRET = "e2e-signing-secret";

	static final String SECURE_DELIVERY_SECRET = "73636b61519adede42191efe1e73f02a";

	private final HttpClient http = HttpClient.newHttpClient();

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
	MeterRegistry meters;

	@Autowired
	App app;

	@Autowired
	WebhookRecorder recorder;

	@AfterEach
	void clearFaults() {
		emulator.faults().clear();
	}

	@Test
	void keysAndUrlsComeFromTheEmulatorsConnectionDetailsNotFromTheProperties() {
		assertThat(client.publicKey()).isEqualTo(emulator.publicKey()).isNotEqualTo(PUBLIC_KEY);
		assertThat(client.hasSecretKey()).isTrue();
		assertThat(project.get().pubKey()).isEqualTo(emulator.publicKey());
		assertThat(client.cdn().url("3f7c1d1e-5a4f-4b0e-9d0c-6d6f5b2b8a11").toString())
			.startsWith(emulator.cdnBaseUrl().toString());
	}

	@Test
	void anUploadDeliversASignedWebhookThatBecomesAFileUploadedEvent() {
		webhooks.create(
				WebhookRequest.builder("http://127.0.0.1:" + port + "/uploadcare/webhooks", WebhookEvent.FILE_UPLOADED)
					.signingSecret(SIGNING_SECRET)
					.build());
		FileInfo file = uploads.upload("hello webhook".getBytes(StandardCharsets.UTF_8),
				UploadOptions.builder().filename("hello.txt").build());

		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> assertThat(recorder.events()).filteredOn(FileUploadedEvent.class::isInstance)
				.anySatisfy((event) -> assertThat(event.payload().data().uuid()).isEqualTo(file.uuid())));
		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> assertThat(emulator.webhookDeliveries()).anySatisfy((delivery) -> {
				assertThat(delivery.statusCode()).isEqualTo(200);
				assertThat(delivery.headers()).hasEntrySatisfying(WebhookSignatures.HEADER,
						(signature) -> assertThat(signature).startsWith("v1="));
			}));
		assertThat(meters.find("uploadcare.webhooks").tags("event", "file.uploaded", "outcome", "verified").counter())
			.isNotNull();
		assertThat(meters.find("uploadcare.upload").tags("method", "direct", "outcome", "success").timer()).isNotNull();
		assertThat(meters.find("uploadcare.upload.bytes").summary()).isNotNull();
	}

	@Test
	void healthIsUpWithTheProjectNameAndTheClientWasCustomizedOnce() throws Exception {
		HttpResponse<String> health = get("/actuator/health/uploadcare");
		assertThat(health.statusCode()).isEqualTo(200);
		assertThat(health.body()).contains("\"status\":\"UP\"").contains("\"project\"");
		assertThat(app.customized).hasValue(1);
	}

	@Test
	void healthIsDownWithTheStatusUploadcaresDetailAndTheRequestId() throws Exception {
		emulator.faults().fail(503, 100);
		HttpResponse<String> health = get("/actuator/health/uploadcare");
		assertThat(health.statusCode()).isEqualTo(503);
		assertThat(health.body()).contains("\"status\":\"DOWN\"")
			.contains("\"status\":503")
			.contains("\"detail\"")
			.contains("\"requestId\"")
			.doesNotContain(emulator.secretKey());
		emulator.faults().clear();
		assertThat(get("/actuator/health/uploadcare").body()).contains("\"status\":\"UP\"");
	}

	@Test
	void theEnvEndpointMasksEverySecretEvenWithShowValuesAlways() throws Exception {
		String env = get("/actuator/env").body();
		assertThat(env).contains("uploadcare.secret-key")
			.contains("uploadcare.webhooks.signing-secret")
			.contains("uploadcare.secure-delivery.secret")
			.contains(PUBLIC_KEY)
			.doesNotContain(SECRET_KEY, emulator.secretKey(), SIGNING_SECRET, SECURE_DELIVERY_SECRET);
		String secretKey = get("/actuator/env/uploadcare.secret-key").body();
		assertThat(secretKey).contains("******").doesNotContain(SECRET_KEY);
	}

	@Test
	void theConfigpropsEndpointMasksEverySecretEvenWithShowValuesAlways() throws Exception {
		String configprops = get("/actuator/configprops/uploadcare").body();
		assertThat(configprops).contains("secretKey")
			.contains("signingSecret")
			.contains("\"secret\"")
			.contains("******")
			.contains(PUBLIC_KEY)
			.doesNotContain(SECRET_KEY, emulator.secretKey(), SIGNING_SECRET, SECURE_DELIVERY_SECRET);
	}

	@Test
	void theReadTimeoutPropertyAppliesInABootApplication() {
		// 5 s: the calls of the other tests (webhook creation and uploads are
		// POSTs, never retried after a timeout) must not time out on a loaded
		// machine
		emulator.faults().latency(Duration.ofSeconds(8)).forPaths("^/base/");
		assertThatExceptionOfType(UploadcareNetworkException.class).isThrownBy(() -> uploads.upload("late".getBytes()));
	}

	@Test
	void retriesAndHttpClientObservationsAreMetered() {
		emulator.faults().throttle(1, 0);
		assertThat(project.get()).isNotNull();
		assertThat(meters.find("uploadcare.retries").tags("api", "rest", "reason", "throttled").counter()).isNotNull()
			.satisfies((counter) -> assertThat(counter.count()).isGreaterThanOrEqualTo(1));
		assertThat(meters.find("http.client.requests").timers()).isNotEmpty();
	}

	private HttpResponse<String> get(String path) throws IOException, InterruptedException {
		return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
				HttpResponse.BodyHandlers.ofString());
	}

	@SpringBootConfiguration
	@EnableAutoConfiguration
	@Import(WebhookRecorder.class)
	static class App {

		final AtomicInteger customized = new AtomicInteger();

		@Bean
		UploadcareClientCustomizer countingCustomizer() {
			return (builder) -> customized.incrementAndGet();
		}

	}

}
