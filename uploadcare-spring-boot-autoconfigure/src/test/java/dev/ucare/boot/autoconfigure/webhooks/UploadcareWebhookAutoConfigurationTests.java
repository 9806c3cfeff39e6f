package dev.ucare.boot.autoconfigure.webhooks;

import dev.ucare.boot.autoconfigure.UploadcareAutoConfiguration;
import dev.ucare.boot.autoconfigure.health.UploadcareWebhookStoreHealthContributorAutoConfiguration;
import dev.ucare.boot.autoconfigure.metrics.UploadcareWebhookDeduplicationMetricsAutoConfiguration;
import dev.ucare.boot.autoconfigure.webhooks.deduplication.InMemoryWebhookDeliveryStore;
import dev.ucare.boot.autoconfigure.metrics.MicrometerWebhookDeduplicationMetrics;
import dev.ucare.boot.autoconfigure.webhooks.deduplication.UploadcareWebhookDeduplicationAutoConfiguration;
import dev.ucare.boot.autoconfigure.webhooks.deduplication.UploadcareWebhookInMemoryStoreAutoConfiguration;
import dev.ucare.boot.autoconfigure.webhooks.deduplication.WebhookDeliveryStore;
import dev.ucare.boot.autoconfigure.health.WebhookDeliveryStoreHealthIndicator;
import dev.ucare.boot.autoconfigure.webhooks.deduplication.WebhookDeliveryStorePurger;
import dev.ucare.boot.autoconfigure.webhooks.deduplication.jdbc.JdbcWebhookDeliveryStore;
import dev.ucare.boot.autoconfigure.webhooks.deduplication.jdbc.UploadcareWebhookJdbcStoreAutoConfiguration;
import dev.ucare.boot.autoconfigure.webhooks.deduplication.redis.RedisWebhookDeliveryStore;
import dev.ucare.boot.autoconfigure.webhooks.deduplication.redis.UploadcareWebhookRedisStoreAutoConfiguration;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.data.redis.autoconfigure.DataRedisAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceTransactionManagerAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.JdbcTemplateAutoConfiguration;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.transaction.autoconfigure.TransactionAutoConfiguration;
import org.springframework.web.servlet.DispatcherServlet;

import static org.assertj.core.api.Assertions.assertThat;

/** {@link UploadcareWebhookAutoConfiguration} and the de-duplication stores' ones. */
@ExtendWith(OutputCaptureExtension.class)
class UploadcareWebhookAutoConfigurationTests {

	private static final AutoConfigurations WEBHOOKS = AutoConfigurations.of(UploadcareWebhookAutoConfiguration.class,
			UploadcareWebhookDeduplicationAutoConfiguration.class,
			UploadcareWebhookInMemoryStoreAutoConfiguration.class, UploadcareWebhookJdbcStoreAutoConfiguration.class,
			UploadcareWebhookRedisStoreAutoConfiguration.class,
			UploadcareWebhookDeduplicationMetricsAutoConfiguration.class,
			UploadcareWebhookStoreHealthContributorAutoConfiguration.class);

	private final WebApplicationContextRunner web = new WebApplicationContextRunner().withConfiguration(WEBHOOKS)
		.withPropertyValues("uploadcare.webhooks.signing-secret=s3cr3t");

	@Test
	void endpointInServletApps() {
		web.withConfiguration(AutoConfigurations.of(UploadcareAutoConfiguration.class))
			.withPropertyValues("uploadcare.public-key=demopublickey")
			.run(context -> assertThat(context).hasSingleBean(UploadcareWebhookProcessor.class)
				.hasSingleBean(UploadcareWebhookHandler.class)
				.hasBean("uploadcareWebhookRouter"));
	}

	@Test
	void endpointDoesNotNeedTheClientKeys() {
		new WebApplicationContextRunner().withConfiguration(WEBHOOKS)
			.run(context -> assertThat(context).hasNotFailed().hasBean("uploadcareWebhookRouter"));
	}

	@Test
	void noEndpointOutsideWebApps() {
		new ApplicationContextRunner().withConfiguration(WEBHOOKS)
			.withPropertyValues("uploadcare.public-key=demopublickey")
			.run(context -> assertThat(context).doesNotHaveBean(UploadcareWebhookProcessor.class)
				.doesNotHaveBean(WebhookDeliveryStore.class)
				.doesNotHaveBean("uploadcareWebhookRouter"));
	}

	@Test
	void noEndpointWhenDisabled() {
		web.withPropertyValues("uploadcare.webhooks.enabled=false")
			.run(context -> assertThat(context).doesNotHaveBean(UploadcareWebhookProcessor.class)
				.doesNotHaveBean(WebhookDeliveryStore.class)
				.doesNotHaveBean("uploadcareWebhookRouter"));
	}

	@Test
	void noEndpointWithoutSpringMvc() {
		web.withClassLoader(new FilteredClassLoader(DispatcherServlet.class))
			.run(context -> assertThat(context).hasNotFailed().doesNotHaveBean("uploadcareWebhookRouter"));
	}

	@Test
	void userProcessorWins() {
		web.withBean("myProcessor", UploadcareWebhookProcessor.class,
				() -> UploadcareWebhookProcessor.builder().publisher(event -> {
				}).build())
			.run(context -> assertThat(context).hasSingleBean(UploadcareWebhookProcessor.class).hasBean("myProcessor"));
	}

	@Nested
	class Verification {

		@Test
		void withASigningSecretDeliveriesAreVerifiedAndNothingIsWarned(CapturedOutput output) {
			web.run(context -> {
				UploadcareWebhookProcessor processor = context.getBean(UploadcareWebhookProcessor.class);
				assertThat(processor.verifiesSignatures()).isTrue();
				assertThat(processor.acceptsUnsigned()).isFalse();
			});
			assertThat(output).doesNotContain("signing-secret' is not set").doesNotContain("s3cr3t");
		}

		@Test
		void withoutASigningSecretEveryDeliveryIsRefusedAndStartUpSaysOnceHowToEnableIt(CapturedOutput output) {
			new WebApplicationContextRunner().withConfiguration(WEBHOOKS).run(context -> {
				assertThat(context).hasNotFailed();
				UploadcareWebhookProcessor processor = context.getBean(UploadcareWebhookProcessor.class);
				assertThat(processor.verifiesSignatures()).isFalse();
				assertThat(processor.acceptsUnsigned()).isFalse();
				assertThat(processor.process(WebhookBodies.body("file.uploaded", "u"), java.util.List.of()).status())
					.isEqualTo(401);
			});
			String warning = "'uploadcare.webhooks.signing-secret' is not set: the Uploadcare webhook endpoint at "
					+ "/uploadcare/webhooks refuses every delivery (401). Set it to the signing secret";
			assertThat(output.getOut().split(java.util.regex.Pattern.quote(warning), -1)).hasSize(2);
			assertThat(output.getOut()).containsPattern("WARN .*" + java.util.regex.Pattern.quote(warning));
		}

		@Test
		void allowUnsignedIsAnExplicitOptInThatWarnsAtStartUp(CapturedOutput output) {
			new WebApplicationContextRunner().withConfiguration(WEBHOOKS)
				.withPropertyValues("uploadcare.webhooks.allow-unsigned=true")
				.run(context -> assertThat(context.getBean(UploadcareWebhookProcessor.class).acceptsUnsigned())
					.isTrue());
			assertThat(output)
				.containsPattern("WARN .*'uploadcare.webhooks.allow-unsigned' is set.*" + "local development only");
		}

	}

	@Nested
	class Deduplication {

		@Test
		void inMemoryStoreWithPurgerMetricsAndHealthByDefault() {
			web.withBean(MeterRegistry.class, SimpleMeterRegistry::new).run(context -> {
				assertThat(context).hasSingleBean(InMemoryWebhookDeliveryStore.class)
					.hasSingleBean(WebhookDeliveryStorePurger.class)
					.hasSingleBean(MicrometerWebhookDeduplicationMetrics.class)
					.hasSingleBean(WebhookDeliveryStoreHealthIndicator.class)
					.hasBean("uploadcareWebhookStoreHealthIndicator");
				assertThat(context.getBean(UploadcareWebhookProcessor.class).store())
					.isSameAs(context.getBean(WebhookDeliveryStore.class));
				assertThat(context.getBean(MeterRegistry.class)
					.find("uploadcare.webhooks.deduplication.store.errors")
					.tags("store", "memory", "operation", "claim")
					.counter()).isNotNull();
			});
		}

		@Test
		void noneTurnsDeDuplicationOff() {
			web.withPropertyValues("uploadcare.webhooks.deduplication.store=none").run(context -> {
				assertThat(context).doesNotHaveBean(WebhookDeliveryStore.class);
				assertThat(context.getBean(UploadcareWebhookProcessor.class).store()).isNull();
			});
		}

		@Test
		void zeroWindowTurnsDeDuplicationOff() {
			web.withPropertyValues("uploadcare.webhooks.deduplication.window=0s")
				.run(context -> assertThat(context.getBean(UploadcareWebhookProcessor.class).store()).isNull());
		}

		@Test
		void userStoreWins() {
			web.withBean("myStore", WebhookDeliveryStore.class,
					() -> new InMemoryWebhookDeliveryStore(java.time.Clock.systemUTC(), 5))
				.run(context -> {
					assertThat(context).hasSingleBean(WebhookDeliveryStore.class).hasBean("myStore");
					assertThat(context.getBean(UploadcareWebhookProcessor.class).store())
						.isSameAs(context.getBean("myStore"));
				});
		}

		@Test
		void jdbcStoreUsesTheApplicationsJdbcTemplateAndCreatesItsTableInAnEmbeddedDatabase() {
			web.withConfiguration(
					AutoConfigurations.of(DataSourceAutoConfiguration.class, JdbcTemplateAutoConfiguration.class))
				.withPropertyValues("uploadcare.webhooks.deduplication.store=jdbc",
						"spring.datasource.url=jdbc:h2:mem:autoconfig-jdbc;DB_CLOSE_DELAY=-1",
						"uploadcare.webhooks.deduplication.jdbc.table-name=hooks_seen")
				.run(context -> {
					assertThat(context).hasSingleBean(JdbcWebhookDeliveryStore.class);
					JdbcWebhookDeliveryStore store = context.getBean(JdbcWebhookDeliveryStore.class);
					assertThat(store.tableName()).isEqualTo("hooks_seen");
					store.check(); // the table exists
				});
		}

		@Test
		void jdbcStoreWithoutAJdbcTemplateFailsWithAClearMessage() {
			web.withPropertyValues("uploadcare.webhooks.deduplication.store=jdbc")
				.run(context -> assertThat(context).hasFailed()
					.getFailure()
					.rootCause()
					.hasMessageContaining("'uploadcare.webhooks.deduplication.store=jdbc' needs")
					.hasMessageContaining("JdbcTemplate"));
		}

		@Test
		void redisStoreUsesTheApplicationsConnectionFactory() {
			web.withConfiguration(AutoConfigurations.of(DataRedisAutoConfiguration.class))
				.withPropertyValues("uploadcare.webhooks.deduplication.store=redis",
						"uploadcare.webhooks.deduplication.redis.key-prefix=app1:hooks:")
				.run(context -> {
					assertThat(context).hasSingleBean(RedisWebhookDeliveryStore.class);
					assertThat(context.getBean(RedisWebhookDeliveryStore.class).keyPrefix()).isEqualTo("app1:hooks:");
				});
		}

		@Test
		void redisStoreWithoutSpringDataRedisFailsWithAClearMessage() {
			web.withPropertyValues("uploadcare.webhooks.deduplication.store=redis")
				.withClassLoader(new FilteredClassLoader("org.springframework.data.redis"))
				.run(context -> assertThat(context).hasFailed()
					.getFailure()
					.rootCause()
					.hasMessageContaining("'uploadcare.webhooks.deduplication.store=redis' needs"));
		}

	}

	@Nested
	class Publication {

		@Test
		void inRequestByDefault() {
			web.run(context -> assertThat(context).doesNotHaveBean(UploadcareWebhookPublication.class));
		}

		@Test
		void transactionalUsesTheTransactionManager() {
			web.withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class,
					DataSourceTransactionManagerAutoConfiguration.class, TransactionAutoConfiguration.class))
				.withPropertyValues("uploadcare.webhooks.publication=transactional",
						"spring.datasource.url=jdbc:h2:mem:autoconfig-tx;DB_CLOSE_DELAY=-1")
				.run(context -> assertThat(context).hasNotFailed().hasSingleBean(UploadcareWebhookPublication.class));
		}

		@Test
		void transactionalWithoutATransactionManagerFailsWithAClearMessage() {
			web.withPropertyValues("uploadcare.webhooks.publication=transactional")
				.run(context -> assertThat(context).hasFailed()
					.getFailure()
					.rootCause()
					.hasMessageContaining(
							"'uploadcare.webhooks.publication=transactional' needs a " + "PlatformTransactionManager"));
		}

	}

}
