package dev.ucare.boot.autoconfigure.metrics;

import java.time.Duration;

import dev.ucare.boot.autoconfigure.UploadcareAutoConfiguration;
import dev.ucare.boot.autoconfigure.webhooks.WebhookOutcome;
import dev.ucare.client.UploadcareClient;
import dev.ucare.client.UploadcareObserver;
import dev.ucare.client.project.ProjectOperations;
import dev.ucare.emulator.UploadcareEmulator;
import dev.ucare.emulator.UploadcareEmulatorExtension;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;

/** {@link UploadcareMetricsAutoConfiguration} and {@link UploadcareMeters}. */
class UploadcareMetricsAutoConfigurationTests {

	@RegisterExtension
	static final UploadcareEmulatorExtension uploadcare = new UploadcareEmulatorExtension();

	private UploadcareEmulator emulator;

	private ApplicationContextRunner runner;

	@BeforeEach
	void useTheEmulator() {
		emulator = uploadcare.emulator();
		runner = new ApplicationContextRunner()
			.withConfiguration(
					AutoConfigurations.of(UploadcareAutoConfiguration.class, UploadcareMetricsAutoConfiguration.class))
			.withPropertyValues("uploadcare.public-key=" + emulator.publicKey(),
					"uploadcare.secret-key=" + emulator.secretKey(),
					"uploadcare.rest.base-url=" + emulator.restBaseUrl(), "uploadcare.retry.initial-delay=1ms",
					"uploadcare.retry.max-delay=5ms");
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
	void metersWithoutARegistryRecordNothing() {
		UploadcareMeters meters = new UploadcareMeters(() -> null);
		meters.onUpload("direct", 1, Duration.ZERO, true);
		meters.onRetry("rest", "network", 1, Duration.ZERO);
		meters.record("unknown", WebhookOutcome.MALFORMED);
	}

}
