package dev.ucare.boot.autoconfigure.webhooks;

import java.time.Clock;

import dev.ucare.boot.autoconfigure.UploadcareAutoConfiguration;
import dev.ucare.boot.autoconfigure.UploadcareProperties;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.servlet.function.RequestPredicates;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.RouterFunctions;
import org.springframework.web.servlet.function.ServerResponse;

/**
 * Auto-configuration of the Uploadcare webhook endpoint in servlet web applications with
 * Spring MVC: verified deliveries to {@code POST
 * ${uploadcare.webhooks.path:/uploadcare/webhooks}} become
 * {@link UploadcareWebhookEvent}s. Off with {@code uploadcare.webhooks.enabled=false}.
 * Does not need the Uploadcare client or its keys.
 */
@AutoConfiguration(after = UploadcareAutoConfiguration.class)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnClass({ DispatcherServlet.class, RouterFunction.class })
@ConditionalOnBooleanProperty(name = "uploadcare.webhooks.enabled", matchIfMissing = true)
@EnableConfigurationProperties(UploadcareProperties.class)
public final class UploadcareWebhookAutoConfiguration {

	private static final Log logger = LogFactory.getLog(UploadcareWebhookAutoConfiguration.class);

	@Bean
	@ConditionalOnMissingBean
	UploadcareWebhookProcessor uploadcareWebhookProcessor(UploadcareProperties properties,
			ApplicationEventPublisher publisher, ObjectProvider<UploadcareWebhookMetrics> metrics) {
		UploadcareProperties.Webhooks webhooks = properties.webhooks();
		if (!webhooks.hasSigningSecret()) {
			logger.warn("'uploadcare.webhooks.signing-secret' is not set: the Uploadcare webhook endpoint at "
					+ webhooks.path() + " accepts deliveries without verifying their signature");
		}
		return new UploadcareWebhookProcessor(webhooks.signingSecret(), webhooks.deduplicationWindow(), publisher,
				metrics.getIfAvailable(() -> UploadcareWebhookMetrics.NONE), Clock.systemUTC());
	}

	@Bean
	@ConditionalOnMissingBean
	UploadcareWebhookHandler uploadcareWebhookHandler(UploadcareWebhookProcessor processor,
			UploadcareProperties properties) {
		return new UploadcareWebhookHandler(processor, properties.webhooks().maxBodySize().toBytes());
	}

	@Bean
	@ConditionalOnMissingBean(name = "uploadcareWebhookRouter")
	RouterFunction<ServerResponse> uploadcareWebhookRouter(UploadcareWebhookHandler handler,
			UploadcareProperties properties) {
		return RouterFunctions.route(RequestPredicates.POST(properties.webhooks().path()), handler);
	}

}
