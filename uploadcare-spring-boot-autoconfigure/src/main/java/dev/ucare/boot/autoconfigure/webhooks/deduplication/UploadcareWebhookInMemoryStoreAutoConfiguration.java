package dev.ucare.boot.autoconfigure.webhooks.deduplication;

import java.time.Clock;

import dev.ucare.boot.autoconfigure.UploadcareProperties;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

/**
 * {@code uploadcare.webhooks.deduplication.store=memory} (the default): deliveries are
 * de-duplicated in this instance's memory ({@link InMemoryWebhookDeliveryStore}).
 */
@AutoConfiguration(before = UploadcareWebhookDeduplicationAutoConfiguration.class)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnBooleanProperty(name = "uploadcare.webhooks.enabled", matchIfMissing = true)
@ConditionalOnProperty(name = "uploadcare.webhooks.deduplication.store", havingValue = "memory", matchIfMissing = true)
@EnableConfigurationProperties(UploadcareProperties.class)
public final class UploadcareWebhookInMemoryStoreAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean(WebhookDeliveryStore.class)
	InMemoryWebhookDeliveryStore uploadcareWebhookDeliveryStore(UploadcareProperties properties) {
		return new InMemoryWebhookDeliveryStore(Clock.systemUTC(), properties.webhooks().deduplication().maxEntries());
	}

}
