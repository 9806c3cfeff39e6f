package dev.ucare.boot.autoconfigure.health;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import dev.ucare.boot.autoconfigure.EmulatorPropertyValues;
import dev.ucare.boot.autoconfigure.UploadcareAutoConfiguration;
import dev.ucare.boot.autoconfigure.UploadcareClientCustomizer;
import dev.ucare.client.UploadcareClient;
import dev.ucare.client.project.ProjectInfo;
import dev.ucare.client.project.ProjectOperations;
import dev.ucare.emulator.UploadcareEmulator;
import dev.ucare.emulator.UploadcareEmulatorExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.health.autoconfigure.contributor.ConditionalOnEnabledHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * {@link UploadcareHealthContributorAutoConfiguration} and the indicator against an
 * emulator.
 */
class UploadcareHealthContributorAutoConfigurationTests {

	@RegisterExtension
	static final UploadcareEmulatorExtension uploadcare = new UploadcareEmulatorExtension();

	private UploadcareEmulator emulator;

	private ApplicationContextRunner runner;

	private String secretKey;

	@BeforeEach
	void useTheEmulator() {
		emulator = uploadcare.emulator();
		runner = new ApplicationContextRunner()
			.withConfiguration(AutoConfigurations.of(UploadcareAutoConfiguration.class,
					UploadcareHealthContributorAutoConfiguration.class))
			.withPropertyValues(EmulatorPropertyValues.withoutSecretKey(emulator))
			.withPropertyValues(EmulatorPropertyValues.fastRetries())
			.withPropertyValues("uploadcare.health.cache-ttl=0s");
		secretKey = EmulatorPropertyValues.secretKey(emulator);
	}

	@Test
	void anIndicatorWhenThereIsAClientAndNothingIsCalledAtStart() {
		runner.withPropertyValues(secretKey).run((context) -> {
			assertThat(context).hasSingleBean(UploadcareHealthIndicator.class).hasBean("uploadcareHealthIndicator");
			assertThat(emulator.requestLog().all()).isEmpty();
		});
	}

	@Test
	void upWithTheProjectName() {
		runner.withPropertyValues(secretKey).run((context) -> {
			Health health = context.getBean(UploadcareHealthIndicator.class).health();
			assertThat(health.getStatus()).isEqualTo(Status.UP);
			assertThat(health.getDetails()).containsKey("project");
		});
	}

	@Test
	void downWithTheStatusUploadcaresDetailAndTheRequestId() {
		runner.withPropertyValues("uploadcare.secret-key=wrongsecretkey").run((context) -> {
			Health health = context.getBean(UploadcareHealthIndicator.class).health();
			assertThat(health.getStatus()).isEqualTo(Status.DOWN);
			assertThat(health.getDetails()).containsEntry("error", "UploadcareAuthenticationException")
				.containsEntry("status", 401)
				.containsKeys("detail", "requestId");
			assertThat((String) health.getDetails().get("detail")).isNotBlank();
			assertThat((String) health.getDetails().get("requestId")).hasSize(36);
			assertThat(health.getDetails().toString()).doesNotContain("wrongsecretkey")
				.doesNotContain(emulator.publicKey());
		});
	}

	@Test
	void downAfterTheClientsRetriesOnServerErrors() {
		emulator.faults().fail(503, 100);
		runner.withPropertyValues(secretKey).run((context) -> {
			Health health = context.getBean(UploadcareHealthIndicator.class).health();
			assertThat(health.getStatus()).isEqualTo(Status.DOWN);
			assertThat(health.getDetails()).containsEntry("status", 503);
			assertThat(emulator.requestLog().count("^/project/")).isEqualTo(4);
			emulator.faults().clear();
			assertThat(context.getBean(UploadcareHealthIndicator.class).health().getStatus()).isEqualTo(Status.UP);
		});
	}

	@Test
	void downWhenNoAnswerComesWithinTheHealthTimeout() {
		emulator.faults().latency(Duration.ofSeconds(3));
		runner.withPropertyValues(secretKey, "uploadcare.health.timeout=200ms").run((context) -> {
			UploadcareHealthIndicator indicator = context.getBean(UploadcareHealthIndicator.class);
			Health health = indicator.health();
			assertThat(health.getStatus()).isEqualTo(Status.DOWN);
			assertThat(health.getDetails()).containsEntry("error", "timeout");
			// the call still running is awaited, not repeated. It runs in the background
			// and may reach the emulator only after the 200 ms: awaited too
			assertThat(indicator.health().getStatus()).isEqualTo(Status.DOWN);
			await().atMost(Duration.ofSeconds(10)).until(() -> emulator.requestLog().count("^/project/") >= 1);
			assertThat(emulator.requestLog().count("^/project/")).isEqualTo(1);
		});
	}

	@Test
	void resultsAreCachedForTheConfiguredTime() {
		runner.withPropertyValues(secretKey, "uploadcare.health.cache-ttl=1h").run((context) -> {
			UploadcareHealthIndicator indicator = context.getBean(UploadcareHealthIndicator.class);
			Health first = indicator.health();
			assertThat(first.getStatus()).isEqualTo(Status.UP);
			emulator.faults().fail(500, 100);
			assertThat(indicator.health()).isSameAs(first);
			assertThat(emulator.requestLog().count("^/project/")).isEqualTo(1);
		});
	}

	@Test
	void unknownInUploadOnlyModeWithoutCallingTheApi() {
		runner.withPropertyValues("uploadcare.secret-key=").run((context) -> {
			Health health = context.getBean(UploadcareHealthIndicator.class).health();
			assertThat(health.getStatus()).isEqualTo(Status.UNKNOWN);
			assertThat(health.getDetails()).containsEntry("mode", "upload-only");
			assertThat(emulator.requestLog().all()).isEmpty();
		});
	}

	@Test
	void aSecretKeyPlaceholderOfAnUnsetVariableDoesNotStopStartUp() {
		runner.withPropertyValues("uploadcare.secret-key=${UPLOADCARE_TEST_VARIABLE_THAT_IS_NOT_SET}")
			.run((context) -> {
				assertThat(context).hasNotFailed();
				assertThat(context.getBean(UploadcareHealthIndicator.class).health().getStatus())
					.isEqualTo(Status.UNKNOWN);
			});
	}

	@Test
	void theClientBeanIsUsedSoCustomizersRunOnce() {
		AtomicInteger customized = new AtomicInteger();
		runner.withPropertyValues(secretKey)
			.withBean(UploadcareClientCustomizer.class, () -> (builder) -> customized.incrementAndGet())
			.run((context) -> {
				assertThat(context.getBean(UploadcareHealthIndicator.class).health().getStatus()).isEqualTo(Status.UP);
				assertThat(context).hasSingleBean(UploadcareClient.class);
				assertThat(customized).hasValue(1);
			});
	}

	@Test
	void anApplicationsProjectOperationsBeanIsTheOneChecked() {
		AtomicInteger calls = new AtomicInteger();
		runner.withPropertyValues(secretKey).withBean("myProject", ProjectOperations.class, () -> () -> {
			calls.incrementAndGet();
			return new ProjectInfo("Mine", "mykey", true, java.util.List.of());
		}).run((context) -> {
			Health health = context.getBean(UploadcareHealthIndicator.class).health();
			assertThat(health.getDetails()).containsEntry("project", "Mine");
			assertThat(calls).hasValue(1);
			assertThat(emulator.requestLog().all()).isEmpty();
		});
	}

	@Test
	void offWhenDisabled() {
		runner.withPropertyValues(secretKey, "management.health.uploadcare.enabled=false")
			.run((context) -> assertThat(context).doesNotHaveBean(UploadcareHealthIndicator.class));
	}

	@Test
	void offWhenHealthDefaultsAreOff() {
		runner.withPropertyValues(secretKey, "management.health.defaults.enabled=false")
			.run((context) -> assertThat(context).doesNotHaveBean(UploadcareHealthIndicator.class));
	}

	@Test
	void absentWithoutSpringBootsHealthSupport() {
		runner.withPropertyValues(secretKey)
			.withClassLoader(new FilteredClassLoader(HealthIndicator.class, ConditionalOnEnabledHealthIndicator.class))
			.run((context) -> assertThat(context).hasNotFailed()
				.hasSingleBean(UploadcareClient.class)
				.doesNotHaveBean(UploadcareHealthIndicator.class));
	}

	@Test
	void anApplicationsIndicatorWins() {
		runner.withPropertyValues(secretKey)
			.withBean("uploadcareHealthIndicator", HealthIndicator.class, () -> () -> Health.up().build())
			.run((context) -> assertThat(context).doesNotHaveBean(UploadcareHealthIndicator.class)
				.hasBean("uploadcareHealthIndicator"));
	}

}
