package dev.ucare.boot.autoconfigure.webhooks;

import java.time.Clock;
import java.time.Duration;

import dev.ucare.boot.autoconfigure.UploadcareAutoConfiguration;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.web.servlet.DispatcherServlet;

import static org.assertj.core.api.Assertions.assertThat;

/** Conditions of {@link UploadcareWebhookAutoConfiguration}. */
class UploadcareWebhookAutoConfigurationTests {

	private static final AutoConfigurations UPLOADCARE = AutoConfigurations.of(UploadcareAutoConfiguration.class,
			UploadcareWebhookAutoConfiguration.class);

	private final WebApplicationContextRunner web = new WebApplicationContextRunner().withConfiguration(UPLOADCARE)
		.withPropertyValues("uploadcare.public-key=demopublickey");

	@Test
	void endpointInServletApps() {
		web.run((context) -> assertThat(context).hasSingleBean(UploadcareWebhookProcessor.class)
			.hasSingleBean(UploadcareWebhookHandler.class)
			.hasBean("uploadcareWebhookRouter"));
	}

	@Test
	void endpointDoesNotNeedTheClientKeys() {
		new WebApplicationContextRunner()
			.withConfiguration(AutoConfigurations.of(UploadcareWebhookAutoConfiguration.class))
			.run((context) -> assertThat(context).hasNotFailed().hasBean("uploadcareWebhookRouter"));
	}

	@Test
	void noEndpointOutsideWebApps() {
		new ApplicationContextRunner().withConfiguration(UPLOADCARE)
			.withPropertyValues("uploadcare.public-key=demopublickey")
			.run((context) -> assertThat(context).doesNotHaveBean(UploadcareWebhookProcessor.class)
				.doesNotHaveBean("uploadcareWebhookRouter"));
	}

	@Test
	void noEndpointWhenDisabled() {
		web.withPropertyValues("uploadcare.webhooks.enabled=false")
			.run((context) -> assertThat(context).doesNotHaveBean(UploadcareWebhookProcessor.class)
				.doesNotHaveBean("uploadcareWebhookRouter"));
	}

	@Test
	void noEndpointWithoutSpringMvc() {
		web.withClassLoader(new FilteredClassLoader(DispatcherServlet.class))
			.run((context) -> assertThat(context).hasNotFailed().doesNotHaveBean("uploadcareWebhookRouter"));
	}

	@Test
	void userProcessorWins() {
		web.withBean("myProcessor", UploadcareWebhookProcessor.class,
				() -> new UploadcareWebhookProcessor(null, Duration.ZERO, (event) -> {
				}, (e, o) -> {
				}, Clock.systemUTC()))
			.run((context) -> assertThat(context).hasSingleBean(UploadcareWebhookProcessor.class)
				.hasBean("myProcessor"));
	}

}
