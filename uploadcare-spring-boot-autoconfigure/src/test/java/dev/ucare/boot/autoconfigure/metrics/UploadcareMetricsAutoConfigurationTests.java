package dev.ucare.boot.autoconfigure.metrics;

import java.time.Duration;
import java.util.List;

import dev.ucare.boot.autoconfigure.EmulatorContextRunner;
import dev.ucare.boot.autoconfigure.EmulatorPropertyValues;
import dev.ucare.boot.autoconfigure.UploadcareAutoConfiguration;
import dev.ucare.boot.autoconfigure.uploader.UploadSignatureMetrics;
import dev.ucare.boot.autoconfigure.uploader.UploaderAutoConfiguration;
import dev.ucare.boot.autoconfigure.webhooks.UploadcareWebhookAutoConfiguration;
import dev.ucare.boot.autoconfigure.webhooks.WebhookOutcome;
import dev.ucare.boot.autoconfigure.webhooks.deduplication.UploadcareWebhookDeduplicationAutoConfiguration;
import dev.ucare.boot.autoconfigure.webhooks.deduplication.UploadcareWebhookInMemoryStoreAutoConfiguration;
import dev.ucare.client.UploadcareClient;
import dev.ucare.client.UploadcareObserver;
import dev.ucare.client.project.ProjectOperations;
import dev.ucare.client.webhooks.WebhookEvent;
import dev.ucare.emulator.UploadcareEmulator;
import dev.ucare.emulator.UploadcareEmulatorExtension;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration;
import org.springframework.boot.micrometer.metrics.autoconfigure.MetricsAutoConfiguration;
import org.springframework.boot.micrometer.metrics.autoconfigure.export.simple.SimpleMetricsExportAutoConfiguration;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;

/** {@link UploadcareMetricsAutoConfiguration} and {@link UploadcareMeters}. */
class UploadcareMetricsAutoConfigurationTests {

	@RegisterExtension
	static final UploadcareEmulatorExtension uploadcare = new UploadcareEmulatorExtension();

	private static final AutoConfigurations BOOT_METRICS = AutoConfigurations.of(MetricsAutoConfiguration.class,
			CompositeMeterRegistryAutoConfiguration.class, SimpleMetricsExportAutoConfiguration.class);

	private UploadcareEmulator emulator;

	private ApplicationContextRunner runner;

	@BeforeEach
	void useTheEmulator() {
		emulator = uploadcare.emulator();
		runner = EmulatorContextRunner.of(emulator, UploadcareMetricsAutoConfiguration.class)
			.withPropertyValues(EmulatorPropertyValues.fastRetries());
	}

	@Test
	void metersWithMicrometerObservingTheClient() {
		runner.withBean(SimpleMeterRegistry.class).run((context) -> {
			assertThat(context).hasSingleBean(UploadcareMeters.class);
			assertThat(context.getBeanProvider(UploadcareObserver.class).stream())
				.contains(context.getBean(UploadcareMeters.class));
		});
	}

	@Test
	void noMetersWithoutMicrometer() {
		runner.withClassLoader(new FilteredClassLoader(MeterRegistry.class))
			.run((context) -> assertThat(context).hasNotFailed()
				.hasSingleBean(UploadcareClient.class)
				.doesNotHaveBean(UploadcareMeters.class));
	}

	@Test
	void retriesAreCountedInTheMeterRegistry() {
		emulator.faults().throttle(1, 0);
		emulator.faults().fail(503, 1);
		runner.withBean(SimpleMeterRegistry.class).run((context) -> {
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
		runner.withBean(SimpleMeterRegistry.class).run((context) -> {
			UploadcareMeters meters = context.getBean(UploadcareMeters.class);
			meters.onUpload("multipart", 20_000_000, Duration.ofMillis(1500), true);
			meters.onUpload("direct", 10, Duration.ofMillis(5), false);
			meters.record("file.uploaded", WebhookOutcome.VERIFIED);
			meters.record("unknown", WebhookOutcome.REJECTED);
			SimpleMeterRegistry registry = context.getBean(SimpleMeterRegistry.class);
			assertThat(
					registry.get("uploadcare.upload").tags("method", "multipart", "outcome", "success").timer().count())
				.isEqualTo(1);
			assertThat(registry.get("uploadcare.upload.bytes")
				.tags("method", "multipart", "outcome", "success")
				.summary()
				.totalAmount()).isEqualTo(20_000_000);
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
	void theClientsMetersExistAtZeroRightAfterStart() {
		runner.withConfiguration(BOOT_METRICS).run((context) -> {
			MeterRegistry registry = context.getBean(MeterRegistry.class);
			for (String api : UploadcareMeters.APIS) {
				for (String reason : UploadcareMeters.RETRY_REASONS) {
					assertThat(registry.get("uploadcare.retries").tags("api", api, "reason", reason).counter().count())
						.isZero();
				}
			}
			for (String method : UploadcareMeters.UPLOAD_METHODS) {
				for (String outcome : List.of("success", "failure")) {
					assertThat(registry.get("uploadcare.upload")
						.tags("method", method, "outcome", outcome)
						.timer()
						.count()).isZero();
					assertThat(registry.get("uploadcare.upload.bytes")
						.tags("method", method, "outcome", outcome)
						.summary()
						.count()).isZero();
				}
			}
			assertThat(registry.find("uploadcare.webhooks").counters()).isEmpty();
			assertThat(registry.find("uploadcare.uploader.signatures").counters()).isEmpty();
		});
	}

	@Test
	void webhookAndSignatureCountersExistAtZeroOnceTheirEndpointsAreSetUp() {
		new WebApplicationContextRunner().withConfiguration(BOOT_METRICS)
			.withConfiguration(AutoConfigurations.of(UploadcareAutoConfiguration.class,
					UploadcareMetricsAutoConfiguration.class, UploadcareWebhookAutoConfiguration.class,
					UploadcareWebhookDeduplicationAutoConfiguration.class,
					UploadcareWebhookInMemoryStoreAutoConfiguration.class, UploaderAutoConfiguration.class))
			.withPropertyValues("uploadcare.public-key=" + emulator.publicKey(),
					"uploadcare.webhooks.signing-secret=s3cr3t", "uploadcare.uploader.signed-uploads=true",
					"uploadcare.secret-key=" + emulator.secretKey())
			.run((context) -> {
				MeterRegistry registry = context.getBean(MeterRegistry.class);
				for (WebhookOutcome outcome : WebhookOutcome.values()) {
					for (WebhookEvent event : WebhookEvent.values()) {
						assertThat(registry.get("uploadcare.webhooks")
							.tags("event", event.wireName(), "outcome", outcome.tagValue())
							.counter()
							.count()).isZero();
					}
				}
				assertThat(registry.find("uploadcare.webhooks").counters())
					.hasSize(WebhookEvent.values().length * WebhookOutcome.values().length);
				for (UploadSignatureMetrics.Outcome outcome : UploadSignatureMetrics.Outcome.values()) {
					assertThat(registry.get("uploadcare.uploader.signatures")
						.tag("outcome", outcome.tag())
						.counter()
						.count()).isZero();
				}
			});
	}

	@Test
	void metersWithoutARegistryRecordNothing() {
		UploadcareMeters meters = new UploadcareMeters(() -> null);
		meters.onUpload("direct", 1, Duration.ZERO, true);
		meters.onRetry("rest", "network", 1, Duration.ZERO);
		meters.record("unknown", WebhookOutcome.MALFORMED);
	}

}
