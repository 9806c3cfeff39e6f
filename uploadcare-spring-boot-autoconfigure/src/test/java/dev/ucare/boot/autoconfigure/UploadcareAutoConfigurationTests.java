package dev.ucare.boot.autoconfigure;

import java.net.URI;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import dev.ucare.boot.autoconfigure.health.UploadcareHealthContributorAutoConfiguration;
import dev.ucare.boot.autoconfigure.health.UploadcareHealthIndicator;
import dev.ucare.boot.autoconfigure.metrics.UploadcareMeters;
import dev.ucare.boot.autoconfigure.metrics.UploadcareMetricsAutoConfiguration;
import dev.ucare.boot.autoconfigure.webhooks.UploadcareWebhookAutoConfiguration;
import dev.ucare.boot.autoconfigure.webhooks.UploadcareWebhookHandler;
import dev.ucare.boot.autoconfigure.webhooks.UploadcareWebhookProcessor;
import dev.ucare.client.AuthScheme;
import dev.ucare.client.RetrySettings;
import dev.ucare.client.Store;
import dev.ucare.client.UploadcareClient;
import dev.ucare.client.UploadcareConfigurationException;
import dev.ucare.client.files.FileOperations;
import dev.ucare.client.groups.GroupOperations;
import dev.ucare.client.metadata.MetadataOperations;
import dev.ucare.client.project.ProjectOperations;
import dev.ucare.client.secure.AkamaiAclTokenBuilder;
import dev.ucare.client.secure.AkamaiUrlTokenBuilder;
import dev.ucare.client.secure.SecureUrlBuilder;
import dev.ucare.client.webhooks.WebhookOperations;
import dev.ucare.testsupport.Request;
import dev.ucare.testsupport.Response;
import dev.ucare.testsupport.StubServer;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.health.autoconfigure.contributor.ConditionalOnEnabledHealthIndicator;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.http.client.HttpClientSettings;
import org.springframework.boot.http.client.autoconfigure.HttpClientAutoConfiguration;
import org.springframework.boot.http.client.autoconfigure.imperative.ImperativeHttpClientAutoConfiguration;
import org.springframework.boot.restclient.RestClientCustomizer;
import org.springframework.boot.restclient.autoconfigure.RestClientAutoConfiguration;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.web.servlet.DispatcherServlet;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class UploadcareAutoConfigurationTests {

	private static final AutoConfigurations UPLOADCARE = AutoConfigurations.of(UploadcareAutoConfiguration.class,
			UploadcareMetricsAutoConfiguration.class, UploadcareWebhookAutoConfiguration.class,
			UploadcareHealthContributorAutoConfiguration.class);

	private static final AutoConfigurations BOOT_HTTP = AutoConfigurations.of(HttpClientAutoConfiguration.class,
			ImperativeHttpClientAutoConfiguration.class, RestClientAutoConfiguration.class);

	private static final String PROJECT = "{\"name\":\"Stub project\",\"pub_key\":\"demopublickey\",\"autostore_enabled\":true,\"collaborators\":[]}";

	private StubServer server;

	private ApplicationContextRunner runner;

	@BeforeEach
	void startServer() throws Exception {
		server = StubServer.start().otherwise(Response.json(200, PROJECT));
		runner = new ApplicationContextRunner().withConfiguration(BOOT_HTTP)
			.withConfiguration(UPLOADCARE)
			.withPropertyValues("uploadcare.public-key=demopublickey", "uploadcare.rest.base-url=" + server.uri(),
					"uploadcare.upload.base-url=" + server.uri());
	}

	@AfterEach
	void stopServer() {
		server.close();
	}

	@Nested
	class Keys {

		@Test
		void withBothKeysEveryServiceIsABeanAndNothingCallsTheNetwork() {
			runner.withPropertyValues("uploadcare.secret-key=demosecretkey").run(context -> {
				assertThat(context).hasNotFailed()
					.hasSingleBean(UploadcareClient.class)
					.hasSingleBean(FileOperations.class)
					.hasSingleBean(GroupOperations.class)
					.hasSingleBean(MetadataOperations.class)
					.hasSingleBean(ProjectOperations.class)
					.hasSingleBean(WebhookOperations.class)
					.hasSingleBean(UploadcareClientBuilderFactory.class)
					.doesNotHaveBean(SecureUrlBuilder.class);
				UploadcareClient client = context.getBean(UploadcareClient.class);
				assertThat(client.hasSecretKey()).isTrue();
				assertThat(client.toString()).doesNotContain("demosecretkey");
				assertThat(context.getBean(FileOperations.class)).isSameAs(client.files());
				assertThat(context.getBean(ProjectOperations.class)).isSameAs(client.project());
				assertThat(server.requestCount()).isZero();
			});
		}

		@Test
		void restCallsGoToTheConfiguredBaseUrlWithTheSignedScheme() {
			runner.withPropertyValues("uploadcare.secret-key=demosecretkey").run(context -> {
				assertThat(context.getBean(ProjectOperations.class).get().name()).isEqualTo("Stub project");
				assertThat(server.received().stream().map(Request::path)).containsExactly("/project/");
				assertThat(server.received().get(0).header("Authorization")).startsWith("Uploadcare demopublickey:")
					.doesNotContain("demosecretkey");
			});
		}

		@Test
		void simpleAuthSchemeIsApplied() {
			runner.withPropertyValues("uploadcare.secret-key=demosecretkey", "uploadcare.rest.auth-scheme=simple")
				.run(context -> {
					context.getBean(ProjectOperations.class).get();
					assertThat(server.received().get(0).header("Authorization"))
						.startsWith("Uploadcare.Simple demopublickey:");
				});
		}

		@Test
		void withoutSecretKeyRestBeansExistButFailClearlyWhenUsed() {
			runner.run(context -> {
				assertThat(context).hasNotFailed()
					.hasSingleBean(UploadcareClient.class)
					.hasSingleBean(FileOperations.class)
					.hasSingleBean(ProjectOperations.class)
					.doesNotHaveBean(UploadcareHealthIndicator.class);
				assertThat(context.getBean(UploadcareClient.class).hasSecretKey()).isFalse();
				assertThatExceptionOfType(UploadcareConfigurationException.class)
					.isThrownBy(() -> context.getBean(FileOperations.class).get("00000000-0000-0000-0000-000000000000"))
					.withMessageContaining("uploadcare.secret-key");
				assertThat(server.requestCount()).isZero();
			});
		}

		@Test
		void withoutPublicKeyStartupFailsAndTheAnalyzerSaysWhatToSet() {
			new ApplicationContextRunner().withConfiguration(UPLOADCARE).run(context -> {
				assertThat(context).hasFailed();
				Throwable failure = context.getStartupFailure();
				UploadcarePublicKeyMissingException cause = findCause(failure);
				assertThat(cause).isNotNull();
				FailureAnalysis analysis = new UploadcareFailureAnalyzer().analyze(failure);
				assertThat(analysis).isNotNull();
				assertThat(analysis.getDescription()).contains("uploadcare.public-key");
				assertThat(analysis.getAction()).contains("uploadcare.public-key").contains("UPLOADCARE_PUBLIC_KEY");
			});
		}

		@Test
		void blankPublicKeyIsMissingToo() {
			new ApplicationContextRunner().withConfiguration(UPLOADCARE)
				.withPropertyValues("uploadcare.public-key=  ")
				.run(context -> assertThat(findCause(context.getStartupFailure())).isNotNull());
		}

		private UploadcarePublicKeyMissingException findCause(Throwable failure) {
			for (Throwable t = failure; t != null; t = t.getCause()) {
				if (t instanceof UploadcarePublicKeyMissingException missing) {
					return missing;
				}
			}
			return null;
		}

	}

	@Nested
	class Overrides {

		@Test
		void userClientWins() {
			runner.withUserConfiguration(UserClient.class).run(context -> {
				assertThat(context).hasSingleBean(UploadcareClient.class);
				assertThat(context.getBean(UploadcareClient.class)).isSameAs(context.getBean("myClient"));
				assertThat(context.getBean(FileOperations.class))
					.isSameAs(context.getBean(UploadcareClient.class).files());
			});
		}

		@Test
		void userServiceBeanWins() {
			runner.withUserConfiguration(UserFiles.class).run(context -> {
				assertThat(context).hasSingleBean(FileOperations.class);
				assertThat(context.getBean(FileOperations.class)).isSameAs(context.getBean("myFiles"));
			});
		}

		@Test
		void customizersRunInOrderAfterTheProperties() {
			runner
				.withPropertyValues("uploadcare.secret-key=demosecretkey",
						"uploadcare.rest.base-url=http://ignored.invalid/")
				.withUserConfiguration(Customizers.class)
				.run(context -> {
					Customizers customizers = context.getBean(Customizers.class);
					// once for the client, once for the health indicator's client
					assertThat(customizers.calls).containsExactly("first", "second", "first", "second");
					// the second customizer points REST at the stub again
					assertThat(context.getBean(ProjectOperations.class).get().name()).isEqualTo("Stub project");
				});
		}

		@Test
		void bootsRestClientBuilderIsUsedSoItsCustomizersApply() {
			runner.withPropertyValues("uploadcare.secret-key=demosecretkey")
				.withUserConfiguration(CountingRestClientCustomizer.class)
				.run(context -> {
					context.getBean(ProjectOperations.class).get();
					assertThat(context.getBean(CountingRestClientCustomizer.class).intercepted).hasValue(1);
				});
		}

		@Test
		void bootsRestClientBuilderIsCreatedOnTheFirstRequestNotAtStartUp() {
			AtomicInteger builders = new AtomicInteger();
			runner.withPropertyValues("uploadcare.secret-key=demosecretkey")
				.withBean("countBuilders", RestClientCustomizer.class, () -> builder -> builders.incrementAndGet())
				.run(context -> {
					assertThat(context.getBean(UploadcareClient.class)).isNotNull();
					assertThat(builders).hasValue(0);
					context.getBean(ProjectOperations.class).get();
					context.getBean(ProjectOperations.class).get();
					assertThat(builders).hasValue(1);
				});
		}

		@Test
		void propertiesBindDurationsSizesAndEnums() {
			runner
				.withPropertyValues("uploadcare.secret-key=demosecretkey", "uploadcare.store=true",
						"uploadcare.upload.multipart-threshold=20MB", "uploadcare.upload.part-size=8MB",
						"uploadcare.upload.concurrency=2", "uploadcare.upload.signed=true",
						"uploadcare.upload.signature-ttl=10m", "uploadcare.http.connect-timeout=2s",
						"uploadcare.http.read-timeout=5s", "uploadcare.retry.max-retries=1",
						"uploadcare.retry.initial-delay=10ms", "uploadcare.webhooks.max-body-size=64KB",
						"uploadcare.health.cache-ttl=1m", "uploadcare.cdn.cname=cdn.example.com")
				.run(context -> {
					UploadcareProperties properties = context.getBean(UploadcareProperties.class);
					assertThat(properties.store()).isEqualTo(Store.TRUE);
					assertThat(properties.upload().multipartThreshold().toMegabytes()).isEqualTo(20);
					assertThat(properties.upload().partSize().toMegabytes()).isEqualTo(8);
					assertThat(properties.upload().concurrency()).isEqualTo(2);
					assertThat(properties.upload().signed()).isTrue();
					assertThat(properties.upload().signatureTtl()).isEqualTo(Duration.ofMinutes(10));
					assertThat(properties.rest().authScheme()).isEqualTo(AuthScheme.SIGNED);
					assertThat(properties.http().connectTimeout()).isEqualTo(Duration.ofSeconds(2));
					assertThat(properties.retry().toRetrySettings())
						.isEqualTo(new RetrySettings(1, Duration.ofMillis(10), 2.0, Duration.ofSeconds(30)));
					assertThat(properties.webhooks().maxBodySize().toKilobytes()).isEqualTo(64);
					assertThat(properties.webhooks().path()).isEqualTo("/uploadcare/webhooks");
					assertThat(properties.health().cacheTtl()).isEqualTo(Duration.ofMinutes(1));
					assertThat(UploadcareClientSettings.cdnBaseUrl(properties))
						.isEqualTo(URI.create("https://cdn.example.com/"));
				});
		}

		@Test
		void cdnBasePrecedence() {
			runner
				.withPropertyValues("uploadcare.cdn.base-url=http://localhost:1/cdn/", "uploadcare.cdn.cname=x.example",
						"uploadcare.cdn.project-subdomain=true")
				.run(context -> assertThat(
						UploadcareClientSettings.cdnBaseUrl(context.getBean(UploadcareProperties.class)))
					.isEqualTo(URI.create("http://localhost:1/cdn/")));
			runner.withPropertyValues("uploadcare.cdn.project-subdomain=true")
				.run(context -> assertThat(
						UploadcareClientSettings.cdnBaseUrl(context.getBean(UploadcareProperties.class)))
					.hasToString("https://" + dev.ucare.client.cdn.CdnPrefix.of("demopublickey") + ".ucarecd.net/"));
			runner.run(context -> assertThat(
					UploadcareClientSettings.cdnBaseUrl(context.getBean(UploadcareProperties.class)))
				.isNull());
		}

		@Test
		void propertiesToStringHidesSecrets() {
			runner
				.withPropertyValues("uploadcare.secret-key=topsecretkey", "uploadcare.webhooks.signing-secret=whsecret",
						"uploadcare.secure-delivery.secret=abcdef",
						"uploadcare.secure-delivery.cdn-host=cdn.example.com")
				.run(context -> assertThat(context.getBean(UploadcareProperties.class).toString())
					.doesNotContain("topsecretkey", "whsecret", "abcdef"));
		}

	}

	@Nested
	class SecureDelivery {

		@Test
		void absentWithoutSecret() {
			runner.run(context -> assertThat(context).doesNotHaveBean(SecureUrlBuilder.class));
		}

		@Test
		void aclByDefault() {
			runner
				.withPropertyValues("uploadcare.secure-delivery.secret=73636b61",
						"uploadcare.secure-delivery.cdn-host=cdn.example.com")
				.run(context -> {
					assertThat(context).hasSingleBean(SecureUrlBuilder.class);
					SecureUrlBuilder builder = context.getBean(SecureUrlBuilder.class);
					assertThat(builder).isInstanceOf(AkamaiAclTokenBuilder.class);
					assertThat(builder.url("3f7c1d1e-5a4f-4b0e-9d0c-6d6f5b2b8a11").getHost())
						.isEqualTo("cdn.example.com");
				});
		}

		@Test
		void urlType() {
			runner
				.withPropertyValues("uploadcare.secure-delivery.type=url", "uploadcare.secure-delivery.secret=73636b61",
						"uploadcare.secure-delivery.cdn-host=cdn.example.com", "uploadcare.secure-delivery.window=1h")
				.run(context -> assertThat(context.getBean(SecureUrlBuilder.class))
					.isInstanceOf(AkamaiUrlTokenBuilder.class));
		}

		@Test
		void secretWithoutHostFailsClearly() {
			runner.withPropertyValues("uploadcare.secure-delivery.secret=73636b61")
				.run(context -> assertThat(context).getFailure()
					.rootCause()
					.hasMessageContaining("uploadcare.secure-delivery.cdn-host"));
		}

	}

	@Nested
	class OptionalDependencies {

		@Test
		void healthIndicatorWithSecretKey() {
			runner.withPropertyValues("uploadcare.secret-key=demosecretkey").run(context -> {
				assertThat(context).hasSingleBean(UploadcareHealthIndicator.class).hasBean("uploadcareHealthIndicator");
				assertThat(server.requestCount()).isZero();
			});
		}

		@Test
		void healthIndicatorCanBeDisabled() {
			runner
				.withPropertyValues("uploadcare.secret-key=demosecretkey", "management.health.uploadcare.enabled=false")
				.run(context -> assertThat(context).doesNotHaveBean(UploadcareHealthIndicator.class));
		}

		@Test
		void healthIndicatorOffWhenHealthDefaultsAreOff() {
			runner.withPropertyValues("uploadcare.secret-key=demosecretkey", "management.health.defaults.enabled=false")
				.run(context -> assertThat(context).doesNotHaveBean(UploadcareHealthIndicator.class));
		}

		@Test
		void withoutActuatorTheClientStillWorks() {
			runner.withPropertyValues("uploadcare.secret-key=demosecretkey")
				.withClassLoader(
						new FilteredClassLoader(HealthIndicator.class, ConditionalOnEnabledHealthIndicator.class))
				.run(context -> assertThat(context).hasNotFailed()
					.hasSingleBean(UploadcareClient.class)
					.doesNotHaveBean(UploadcareHealthIndicator.class));
		}

		@Test
		void withoutMicrometerNoMeters() {
			runner.withClassLoader(new FilteredClassLoader(MeterRegistry.class))
				.run(context -> assertThat(context).hasNotFailed()
					.hasSingleBean(UploadcareClient.class)
					.doesNotHaveBean(UploadcareMeters.class));
		}

		@Test
		void metersWithMicrometer() {
			runner.withBean(SimpleMeterRegistry.class)
				.run(context -> assertThat(context).hasSingleBean(UploadcareMeters.class));
		}

		@Test
		void withoutBootsHttpClientSupportTheJdkClientIsUsed() {
			new ApplicationContextRunner().withConfiguration(UPLOADCARE)
				.withClassLoader(new FilteredClassLoader(HttpClientSettings.class, RestClientCustomizer.class))
				.withPropertyValues("uploadcare.public-key=demopublickey", "uploadcare.secret-key=demosecretkey",
						"uploadcare.rest.base-url=" + server.uri())
				.run(context -> {
					assertThat(context).hasNotFailed().hasSingleBean(UploadcareClient.class);
					assertThat(context).doesNotHaveBean(UploadcareRequestFactories.class);
					assertThat(context.getBean(ProjectOperations.class).get().name()).isEqualTo("Stub project");
				});
		}

	}

	@Nested
	class Webhooks {

		private final WebApplicationContextRunner web = new WebApplicationContextRunner().withConfiguration(UPLOADCARE)
			.withPropertyValues("uploadcare.public-key=demopublickey");

		@Test
		void endpointInServletApps() {
			web.run(context -> assertThat(context).hasSingleBean(UploadcareWebhookProcessor.class)
				.hasSingleBean(UploadcareWebhookHandler.class)
				.hasBean("uploadcareWebhookRouter"));
		}

		@Test
		void endpointDoesNotNeedTheClientKeys() {
			new WebApplicationContextRunner()
				.withConfiguration(AutoConfigurations.of(UploadcareWebhookAutoConfiguration.class))
				.run(context -> assertThat(context).hasNotFailed().hasBean("uploadcareWebhookRouter"));
		}

		@Test
		void noEndpointOutsideWebApps() {
			runner.run(context -> assertThat(context).doesNotHaveBean(UploadcareWebhookProcessor.class)
				.doesNotHaveBean("uploadcareWebhookRouter"));
		}

		@Test
		void noEndpointWhenDisabled() {
			web.withPropertyValues("uploadcare.webhooks.enabled=false")
				.run(context -> assertThat(context).doesNotHaveBean(UploadcareWebhookProcessor.class)
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
					() -> new UploadcareWebhookProcessor(null, Duration.ZERO, event -> {
					}, (e, o) -> {
					}, java.time.Clock.systemUTC()))
				.run(context -> assertThat(context).hasSingleBean(UploadcareWebhookProcessor.class)
					.hasBean("myProcessor"));
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class UserClient {

		@Bean
		UploadcareClient myClient() {
			return UploadcareClient.builder().publicKey("userkey").secretKey("usersecret").build();
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class UserFiles {

		@Bean
		FileOperations myFiles(UploadcareClient client) {
			return client.files();
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class Customizers {

		final java.util.List<String> calls = new java.util.concurrent.CopyOnWriteArrayList<>();

		@Bean
		@Order(1)
		UploadcareClientCustomizer first() {
			return builder -> {
				calls.add("first");
				builder.restBaseUrl(URI.create("http://still-ignored.invalid/"));
			};
		}

		@Bean
		@Order(2)
		UploadcareClientCustomizer second(org.springframework.core.env.Environment environment) {
			return builder -> {
				calls.add("second");
				builder.restBaseUrl(URI.create(environment.getProperty("uploadcare.upload.base-url")));
			};
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class CountingRestClientCustomizer {

		final AtomicInteger intercepted = new AtomicInteger();

		@Bean
		RestClientCustomizer countingCustomizer() {
			return builder -> builder.requestInterceptor((request, body, execution) -> {
				intercepted.incrementAndGet();
				return execution.execute(request, body);
			});
		}

	}

}
