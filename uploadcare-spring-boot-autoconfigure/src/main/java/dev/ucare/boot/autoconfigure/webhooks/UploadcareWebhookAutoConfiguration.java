package dev.ucare.boot.autoconfigure.webhooks;

import java.time.Clock;

import dev.ucare.boot.autoconfigure.UploadcareAutoConfiguration;
import dev.ucare.boot.autoconfigure.UploadcareProperties;
import dev.ucare.boot.autoconfigure.webhooks.UploadcareWebhookProperties.Deduplication;
import dev.ucare.boot.autoconfigure.webhooks.UploadcareWebhookProperties.Publication;
import dev.ucare.boot.autoconfigure.webhooks.deduplication.UploadcareWebhookDeduplicationAutoConfiguration;
import dev.ucare.boot.autoconfigure.webhooks.deduplication.WebhookDeduplicationMetrics;
import dev.ucare.boot.autoconfigure.webhooks.deduplication.WebhookDeliveryStore;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.servlet.function.RequestPredicates;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.RouterFunctions;
import org.springframework.web.servlet.function.ServerResponse;

/**
 * Auto-configuration of the Uploadcare webhook endpoint in servlet web applications with
 * Spring MVC: deliveries to {@code POST ${uploadcare.webhooks.path:/uploadcare/webhooks}}
 * whose signature verifies with {@code uploadcare.webhooks.signing-secret} become
 * {@link UploadcareWebhookEvent}s. Without a signing secret every delivery is refused
 * (401), unless {@code uploadcare.webhooks.allow-unsigned=true} (development only); the
 * start-up log says so once. Repeated deliveries are de-duplicated in the
 * {@link WebhookDeliveryStore} chosen by {@code uploadcare.webhooks.deduplication.store}.
 * Off with {@code uploadcare.webhooks.enabled=false}. Does not need the Uploadcare client
 * or its keys.
 */
@AutoConfiguration(after = { UploadcareAutoConfiguration.class, UploadcareWebhookDeduplicationAutoConfiguration.class },
		afterName = { "org.springframework.boot.transaction.autoconfigure.TransactionAutoConfiguration",
				"org.springframework.boot.jdbc.autoconfigure.DataSourceTransactionManagerAutoConfiguration" })
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnClass({ DispatcherServlet.class, RouterFunction.class })
@ConditionalOnBooleanProperty(name = "uploadcare.webhooks.enabled", matchIfMissing = true)
@EnableConfigurationProperties(UploadcareProperties.class)
public final class UploadcareWebhookAutoConfiguration {

	private static final Log logger = LogFactory.getLog(UploadcareWebhookAutoConfiguration.class);

	@Bean
	@ConditionalOnMissingBean
	UploadcareWebhookProcessor uploadcareWebhookProcessor(UploadcareProperties properties,
			ApplicationEventPublisher publisher, ObjectProvider<UploadcareWebhookMetrics> metrics,
			ObjectProvider<WebhookDeliveryStore> store,
			ObjectProvider<WebhookDeduplicationMetrics> deduplicationMetrics,
			ObjectProvider<UploadcareWebhookPublication> publication) {
		UploadcareWebhookProperties webhooks = properties.webhooks();
		logVerificationMode(webhooks);
		Deduplication deduplication = webhooks.deduplication();
		WebhookDeliveryStore deliveryStore = null;
		if (deduplication.enabled()) {
			deliveryStore = store.getIfAvailable();
			if (deliveryStore == null) {
				throw new IllegalStateException("'uploadcare.webhooks.deduplication.store="
						+ deduplication.store().name().toLowerCase(java.util.Locale.ROOT) + "' needs "
						+ switch (deduplication.store()) {
							case JDBC -> "a JdbcTemplate bean (spring-boot-starter-jdbc and a DataSource)";
							case REDIS -> "a RedisConnectionFactory bean (spring-boot-starter-data-redis)";
							default -> "a WebhookDeliveryStore bean";
						} + "; choose another store or 'none' to turn de-duplication off");
			}
		}
		UploadcareWebhookPublication publish = publication.getIfAvailable();
		if (publish == null) {
			if (webhooks.publication() == Publication.TRANSACTIONAL) {
				throw new IllegalStateException("'uploadcare.webhooks.publication=transactional' needs a "
						+ "PlatformTransactionManager bean (e.g. spring-boot-starter-jdbc with a DataSource)");
			}
			publish = UploadcareWebhookPublication.IN_REQUEST;
		}
		UploadcareWebhookMetrics webhookMetrics = metrics.getIfAvailable(() -> UploadcareWebhookMetrics.NONE);
		webhookMetrics.webhookEndpointCreated();
		return UploadcareWebhookProcessor.builder()
			.signingSecret(webhooks.signingSecret())
			.allowUnsigned(webhooks.allowUnsigned())
			.deduplication(deliveryStore, deduplication.lease(), deduplication.window())
			.publisher(publisher)
			.publication(publish)
			.metrics(webhookMetrics)
			.deduplicationMetrics(deduplicationMetrics.getIfAvailable(() -> WebhookDeduplicationMetrics.NONE))
			.clock(Clock.systemUTC())
			.build();
	}

	private static void logVerificationMode(UploadcareWebhookProperties webhooks) {
		if (webhooks.allowUnsigned()) {
			logger.warn("'uploadcare.webhooks.allow-unsigned' is set: the Uploadcare webhook endpoint at "
					+ webhooks.path() + " publishes deliveries without a verified signature (as unverified events). "
					+ "Anyone who can reach it can forge events: use this for local development only");
		}
		else if (!webhooks.hasSigningSecret()) {
			logger.warn("'uploadcare.webhooks.signing-secret' is not set: the Uploadcare webhook endpoint at "
					+ webhooks.path() + " refuses every delivery (401). Set it to the signing secret of your "
					+ "webhook subscription (Uploadcare dashboard or WebhookOperations.create) to receive events, or "
					+ "turn the endpoint off with 'uploadcare.webhooks.enabled=false'");
		}
	}

	@Bean
	@ConditionalOnMissingBean
	UploadcareWebhookHandler uploadcareWebhookHandler(UploadcareWebhookProcessor processor,
			UploadcareProperties properties) {
		return new UploadcareWebhookHandler(processor, properties.webhooks().maxBodySize().toBytes());
	}

	@Bean
	@ConditionalOnMissingBean(name = "uploadcareWebhookBodyFilter")
	FilterRegistrationBean<UploadcareWebhookBodyFilter> uploadcareWebhookBodyFilter(UploadcareProperties properties) {
		UploadcareWebhookProperties webhooks = properties.webhooks();
		FilterRegistrationBean<UploadcareWebhookBodyFilter> registration = new FilterRegistrationBean<>(
				new UploadcareWebhookBodyFilter(webhooks.path(), webhooks.maxBodySize().toBytes()));
		registration.addUrlPatterns(webhooks.path());
		// before any filter that might parse the body as form parameters or parts
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
		return registration;
	}

	@Bean
	@ConditionalOnMissingBean(name = "uploadcareWebhookRouter")
	RouterFunction<ServerResponse> uploadcareWebhookRouter(UploadcareWebhookHandler handler,
			UploadcareProperties properties) {
		return RouterFunctions.route(RequestPredicates.POST(properties.webhooks().path()), handler);
	}

	/**
	 * {@code uploadcare.webhooks.publication=transactional}: each event is published
	 * inside a transaction of the application's transaction manager.
	 */
	@Configuration(proxyBeanMethods = false)
	@ConditionalOnClass(TransactionTemplate.class)
	@ConditionalOnProperty(name = "uploadcare.webhooks.publication", havingValue = "transactional")
	static class TransactionalPublicationConfiguration {

		@Bean
		@ConditionalOnMissingBean
		@ConditionalOnBean(PlatformTransactionManager.class)
		UploadcareWebhookPublication uploadcareWebhookPublication(PlatformTransactionManager transactionManager) {
			TransactionTemplate transactions = new TransactionTemplate(transactionManager);
			return (publish) -> transactions.executeWithoutResult((status) -> publish.run());
		}

	}

}
