package dev.ucare.boot.autoconfigure.uploader;

import java.net.URI;

import dev.ucare.boot.autoconfigure.UploadcareAutoConfiguration;
import dev.ucare.boot.autoconfigure.metrics.UploadcareMetricsAutoConfiguration;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.core.context.SecurityContextHolder;

import static org.assertj.core.api.Assertions.assertThat;

class UploaderAutoConfigurationTests {

	private static final AutoConfigurations CONFIGS = AutoConfigurations.of(UploadcareAutoConfiguration.class,
			UploaderAutoConfiguration.class);

	private static final String[] KEYS = { "uploadcare.public-key=pk-test", "uploadcare.secret-key=sk-test",
			"uploadcare.upload.base-url=http://127.0.0.1:7001/", "uploadcare.cdn.base-url=http://127.0.0.1:7002/" };

	private final WebApplicationContextRunner web = new WebApplicationContextRunner().withConfiguration(CONFIGS)
		.withPropertyValues(KEYS);

	@Nested
	class Config {

		@Test
		void resolvedFromPropertiesAndTheClientBean() {
			web.withPropertyValues("uploadcare.uploader.solution=inline", "uploadcare.uploader.multiple=false",
					"uploadcare.uploader.img-only=true", "uploadcare.uploader.max-local-file-size=5MB",
					"uploadcare.uploader.source-list=local,url", "uploadcare.uploader.store=false",
					"uploadcare.uploader.metadata.origin=web")
				.run(context -> {
					UploaderConfig config = context.getBean(UploaderConfig.class);
					assertThat(config.publicKey()).isEqualTo("pk-test");
					assertThat(config.uploadBaseUrl()).isEqualTo(URI.create("http://127.0.0.1:7001/"));
					assertThat(config.cdnBase()).isEqualTo(URI.create("http://127.0.0.1:7002/"));
					assertThat(config.scriptUrl())
						.isEqualTo(UploaderProperties.DEFAULT_LOCATION + "file-uploader.min.js");
					assertThat(config.stylesheetUrl())
						.isEqualTo(UploaderProperties.DEFAULT_LOCATION + "uc-file-uploader-inline.min.css");
					assertThat(config.configAttributes("avatar")).containsEntry("pubkey", "pk-test")
						.containsEntry("base-url", "http://127.0.0.1:7001")
						.containsEntry("cdn-cname", "http://127.0.0.1:7002")
						.containsEntry("multiple", "false")
						.containsEntry("img-only", "true")
						.containsEntry("max-local-file-size-bytes", "5242880")
						.containsEntry("source-list", "local, url")
						.containsEntry("store", "false")
						.doesNotContainKey("secure-uploads-expire-threshold");
					assertThat(config.metadata()).containsEntry("origin", "web");
					assertThat(config.signedUploads()).isFalse();
					assertThat(context).doesNotHaveBean(UploadSignatureHandler.class)
						.doesNotHaveBean(UploadSignatureIssuer.class)
						.hasSingleBean(UploaderModelAttribute.class);
				});
		}

		@Test
		void selfHostedLocationAndExplicitUrls() {
			web.withPropertyValues("uploadcare.uploader.location=/vendor/uploader").run(context -> {
				UploaderConfig config = context.getBean(UploaderConfig.class);
				assertThat(config.scriptUrl()).isEqualTo("/vendor/uploader/file-uploader.min.js");
				assertThat(config.stylesheetUrl()).isEqualTo("/vendor/uploader/uc-file-uploader-regular.min.css");
			});
			web.withPropertyValues("uploadcare.uploader.script-url=/a.js", "uploadcare.uploader.stylesheet-url=/a.css")
				.run(context -> assertThat(context.getBean(UploaderConfig.class)).satisfies(config -> {
					assertThat(config.scriptUrl()).isEqualTo("/a.js");
					assertThat(config.stylesheetUrl()).isEqualTo("/a.css");
				}));
		}

		@Test
		void applicationConfigWins() {
			web.withBean(UploaderConfig.class,
					() -> new UploaderConfig("/x.js", "/x.css", UploaderSolution.MINIMAL, "mine",
							URI.create("http://u/"), URI.create("http://c/"), null, null, null, null, null, null, null,
							null, null, null, null, null, null))
				.run(context -> assertThat(context.getBean(UploaderConfig.class).publicKey()).isEqualTo("mine"));
		}

		@Test
		void modelAttributeCanBeTurnedOff() {
			web.withPropertyValues("uploadcare.uploader.model-attribute=")
				.run(context -> assertThat(context).doesNotHaveBean(UploaderModelAttribute.class)
					.hasSingleBean(UploaderConfig.class));
		}

		@Test
		void outsideWebApplicationsOnlyTheConfig() {
			new ApplicationContextRunner().withConfiguration(CONFIGS)
				.withPropertyValues(KEYS)
				.withPropertyValues("uploadcare.uploader.signed-uploads=true")
				.run(context -> assertThat(context).hasSingleBean(UploaderConfig.class)
					.hasSingleBean(UploadSignatureIssuer.class)
					.doesNotHaveBean(UploadSignatureHandler.class)
					.doesNotHaveBean(UploadSignaturePolicy.class)
					.doesNotHaveBean(UploaderModelAttribute.class));
		}

	}

	@Nested
	class SignedUploads {

		private final WebApplicationContextRunner signed = web
			.withPropertyValues("uploadcare.uploader.signed-uploads=true");

		@Test
		void endpointBeansAndConfig() {
			signed
				.withPropertyValues("uploadcare.uploader.signature.ttl=20m", "uploadcare.uploader.signature.path=/sig")
				.run(context -> {
					assertThat(context).hasSingleBean(UploadSignatureHandler.class)
						.hasSingleBean(UploadSignatureIssuer.class)
						.hasSingleBean(UploadSignatureRateLimiter.class)
						.hasBean("uploadcareUploadSignatureRouter");
					UploaderConfig config = context.getBean(UploaderConfig.class);
					assertThat(config.signatureUrl()).isEqualTo("/sig");
					assertThat(config.configAttributes("f")).containsEntry("secure-uploads-expire-threshold", "300000");
				});
		}

		@Test
		void withoutTheSecretKeyStartUpFailsSayingSo() {
			signed.withPropertyValues("uploadcare.secret-key=")
				.run(context -> assertThat(context).hasFailed()
					.getFailure()
					.rootCause()
					.hasMessageContaining("need the project's secret key: set uploadcare.secret-key"));
		}

		@Test
		void withSpringSecurityTheDefaultPolicyRequiresAnAuthenticatedUser() {
			signed.run(context -> {
				assertThat(context.getBean(UploadSignaturePolicy.class))
					.isInstanceOf(AuthenticatedUploadSignaturePolicy.class);
				SecurityContextHolder.clearContext();
				UploadSignatureDecision decision = context.getBean(UploadSignaturePolicy.class)
					.decide(new MockHttpServletRequest());
				assertThat(decision.allowed()).isFalse();
				assertThat(decision.status()).isEqualTo(401);
			});
		}

		@Test
		void withoutSpringSecurityTheDefaultPolicyRefusesAndSaysWhy() {
			signed.withClassLoader(new FilteredClassLoader("org.springframework.security")).run(context -> {
				UploadSignatureDecision decision = context.getBean(UploadSignaturePolicy.class)
					.decide(new MockHttpServletRequest());
				assertThat(decision.allowed()).isFalse();
				assertThat(decision.status()).isEqualTo(403);
				assertThat(decision.reason()).contains("declares no UploadSignaturePolicy bean");
			});
		}

		@Test
		void applicationPolicyWins() {
			signed.withBean(UploadSignaturePolicy.class, UploadSignaturePolicy::permitAll)
				.run(context -> assertThat(
						context.getBean(UploadSignaturePolicy.class).decide(new MockHttpServletRequest()).allowed())
					.isTrue());
		}

		@Test
		void metricsWithAMeterRegistry() {
			signed.withConfiguration(AutoConfigurations.of(UploadcareMetricsAutoConfiguration.class))
				.withBean(MeterRegistry.class, SimpleMeterRegistry::new)
				.run(context -> {
					context.getBean(UploadSignatureMetrics.class).record(UploadSignatureMetrics.Outcome.ISSUED);
					assertThat(context.getBean(MeterRegistry.class)
						.counter("uploadcare.uploader.signatures", "outcome", "issued")
						.count()).isEqualTo(1);
				});
		}

		@Test
		void rateLimitCanBeTurnedOff() {
			signed.withPropertyValues("uploadcare.uploader.signature.rate-limit.requests=0").run(context -> {
				UploadSignatureRateLimiter limiter = context.getBean(UploadSignatureRateLimiter.class);
				for (int i = 0; i < 100; i++) {
					assertThat(limiter.acquire("same")).isZero();
				}
			});
		}

	}

}
