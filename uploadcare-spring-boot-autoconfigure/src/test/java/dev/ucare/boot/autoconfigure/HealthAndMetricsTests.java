package dev.ucare.boot.autoconfigure;

import java.time.Duration;

import dev.ucare.boot.autoconfigure.health.UploadcareHealthContributorAutoConfiguration;
import dev.ucare.boot.autoconfigure.health.UploadcareHealthIndicator;
import dev.ucare.boot.autoconfigure.metrics.UploadcareMeters;
import dev.ucare.boot.autoconfigure.metrics.UploadcareMetricsAutoConfiguration;
import dev.ucare.boot.autoconfigure.webhooks.WebhookOutcome;
import dev.ucare.client.Store;
import dev.ucare.client.UploadcareObserver;
import dev.ucare.client.project.ProjectOperations;
import dev.ucare.client.upload.UploadOperations;
import dev.ucare.emulator.UploadcareEmulator;
import dev.ucare.testsupport.Response;
import dev.ucare.testsupport.StubServer;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

import static org.assertj.core.api.Assertions.assertThat;

class HealthAndMetricsTests {

	private static final String PROJECT = "{\"name\":\"Stub project\",\"pub_key\":\"demopublickey\",\"autostore_enabled\":true,\"collaborators\":[]}";

	private StubServer server;

	private ApplicationContextRunner runner;

	@BeforeEach
	void start() throws Exception {
		server = StubServer.start().otherwise(Response.json(200, PROJECT));
		runner = new ApplicationContextRunner()
			.withConfiguration(AutoConfigurations.of(UploadcareAutoConfiguration.class,
					UploadcareMetricsAutoConfiguration.class, UploadcareHealthContributorAutoConfiguration.class))
			.withPropertyValues("uploadcare.public-key=demopublickey", "uploadcare.secret-key=demosecretkey",
					"uploadcare.rest.base-url=" + server.uri(), "uploadcare.retry.initial-delay=1ms",
					"uploadcare.retry.max-delay=5ms");
	}

	@AfterEach
	void stop() {
		server.close();
	}

	@Test
	void healthIsCachedForTheConfiguredInterval() {
		runner.withPropertyValues("uploadcare.health.cache-ttl=1h").run(context -> {
			UploadcareHealthIndicator health = context.getBean(UploadcareHealthIndicator.class);
			Health first = health.health();
			assertThat(first.getStatus()).isEqualTo(Status.UP);
			assertThat(first.getDetails()).containsEntry("project", "Stub project");
			server.otherwise(Response.json(500, "{\"detail\":\"boom\"}"));
			assertThat(health.health()).isSameAs(first);
			assertThat(server.requestCount()).isEqualTo(1);
		});
	}

	@Test
	void healthIsDownWithErrorTypeAndNoRetries() {
		server.otherwise(Response.json(401, "{\"detail\":\"Incorrect authentication credentials.\"}"));
		runner.withPropertyValues("uploadcare.health.cache-ttl=0s").run(context -> {
			Health health = context.getBean(UploadcareHealthIndicator.class).health();
			assertThat(health.getStatus()).isEqualTo(Status.DOWN);
			assertThat(health.getDetails()).containsEntry("error", "UploadcareAuthenticationException")
				.containsEntry("status", 401);
			assertThat(health.getDetails().toString()).doesNotContain("demosecretkey").doesNotContain("demopublickey");
			assertThat(server.requestCount()).isEqualTo(1);
		});
	}

	@Test
	void healthUsesItsOwnShortTimeout() {
		server.enqueue(Response.json(200, PROJECT).delayed(Duration.ofSeconds(5)));
		runner.withPropertyValues("uploadcare.health.timeout=200ms", "uploadcare.health.cache-ttl=0s").run(context -> {
			long started = System.nanoTime();
			Health health = context.getBean(UploadcareHealthIndicator.class).health();
			assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(3));
			assertThat(health.getStatus()).isEqualTo(Status.DOWN);
			assertThat(server.requestCount()).isEqualTo(1);
		});
	}

	@Test
	void retriesAreCountedInTheMeterRegistry() {
		server.enqueueJson(429, "{\"detail\":\"slow down\"}").enqueueJson(503, "{\"detail\":\"down\"}");
		runner.withBean(SimpleMeterRegistry.class).run(context -> {
			context.getBean(ProjectOperations.class).get();
			SimpleMeterRegistry registry = context.getBean(SimpleMeterRegistry.class);
			assertThat(registry.get("uploadcare.retries").tags("api", "rest", "reason", "throttled").counter().count())
				.isEqualTo(1);
			assertThat(
					registry.get("uploadcare.retries").tags("api", "rest", "reason", "server_error").counter().count())
				.isEqualTo(1);
		});
	}

	@Test
	void uploadAndWebhookMetersHaveLowCardinalityTags() {
		runner.withBean(SimpleMeterRegistry.class).run(context -> {
			UploadcareMeters meters = context.getBean(UploadcareMeters.class);
			assertThat(context.getBeanProvider(UploadcareObserver.class).stream()).contains(meters);
			meters.onUpload("multipart", 20_000_000, Duration.ofMillis(1500), true);
			meters.onUpload("direct", 10, Duration.ofMillis(5), false);
			meters.record("file.uploaded", WebhookOutcome.VERIFIED);
			meters.record("unknown", WebhookOutcome.REJECTED);
			SimpleMeterRegistry registry = context.getBean(SimpleMeterRegistry.class);
			assertThat(
					registry.get("uploadcare.upload").tags("method", "multipart", "outcome", "success").timer().count())
				.isEqualTo(1);
			assertThat(registry.get("uploadcare.upload.bytes").tags("method", "multipart").summary().totalAmount())
				.isEqualTo(20_000_000);
			assertThat(registry.get("uploadcare.upload").tags("method", "direct", "outcome", "failure").timer().count())
				.isEqualTo(1);
			assertThat(registry.get("uploadcare.webhooks")
				.tags("event", "file.uploaded", "outcome", "verified")
				.counter()
				.count()).isEqualTo(1);
			assertThat(registry.get("uploadcare.webhooks")
				.tags("event", "unknown", "outcome", "rejected")
				.counter()
				.count()).isEqualTo(1);
		});
	}

	@Test
	void metersWithoutRegistryRecordNothing() {
		UploadcareMeters meters = new UploadcareMeters(() -> null);
		meters.onUpload("direct", 1, Duration.ZERO, true);
		meters.onRetry("rest", "network", 1, Duration.ZERO);
		meters.record("unknown", WebhookOutcome.MALFORMED);
	}

	@Test
	void storePropertyAppliesToUploadsWithoutAStoreChoice() {
		try (UploadcareEmulator emulator = UploadcareEmulator.start()) {
			new ApplicationContextRunner().withConfiguration(AutoConfigurations.of(UploadcareAutoConfiguration.class))
				.withPropertyValues("uploadcare.public-key=" + emulator.publicKey(),
						"uploadcare.upload.base-url=" + emulator.uploadBaseUrl(), "uploadcare.store=false")
				.run(context -> {
					UploadOperations uploads = context.getBean(UploadOperations.class);
					assertThat(uploads).isSameAs(context.getBean(dev.ucare.client.UploadcareClient.class).uploads());
					String temporary = uploads.upload("a".getBytes()).uuid();
					String stored = uploads
						.upload("b".getBytes(),
								dev.ucare.client.upload.UploadOptions.builder().store(Store.TRUE).build())
						.uuid();
					assertThat(emulator.file(temporary).orElseThrow().isStored()).isFalse();
					assertThat(emulator.file(stored).orElseThrow().isStored()).isTrue();
				});
		}
	}

}
