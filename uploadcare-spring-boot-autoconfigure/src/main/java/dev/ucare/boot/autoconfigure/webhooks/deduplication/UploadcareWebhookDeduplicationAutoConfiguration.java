package dev.ucare.boot.autoconfigure.webhooks.deduplication;

import dev.ucare.boot.autoconfigure.UploadcareProperties;
import dev.ucare.boot.autoconfigure.webhooks.UploadcareWebhookProperties.Deduplication;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

/**
 * The webhook endpoint's de-duplication store: the in-memory one unless
 * {@code uploadcare.webhooks.deduplication.store} chooses another (the JDBC and Redis
 * stores have their own auto-configurations, which run first), a purger on its own
 * thread, Micrometer counters and a health indicator ({@code uploadcareWebhookStore}). A
 * {@link WebhookDeliveryStore} bean of the application replaces the store.
 */
@AutoConfiguration(
		afterName = "org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration")
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnBooleanProperty(name = "uploadcare.webhooks.enabled", matchIfMissing = true)
@EnableConfigurationProperties(UploadcareProperties.class)
public final class UploadcareWebhookDeduplicationAutoConfiguration {

	@Bean
	@ConditionalOnBean(WebhookDeliveryStore.class)
	@ConditionalOnMissingBean
	WebhookDeliveryStorePurger uploadcareWebhookDeliveryStorePurger(WebhookDeliveryStore store,
			UploadcareProperties properties, ObjectProvider<WebhookDeduplicationMetrics> metrics) {
		Deduplication deduplication = properties.webhooks().deduplication();
		return new WebhookDeliveryStorePurger(store, deduplication.purgeInterval(),
				metrics.getIfAvailable(() -> WebhookDeduplicationMetrics.NONE));
	}

}
