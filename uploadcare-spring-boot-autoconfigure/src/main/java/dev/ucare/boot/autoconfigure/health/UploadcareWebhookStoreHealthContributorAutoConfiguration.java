package dev.ucare.boot.autoconfigure.health;

import dev.ucare.boot.autoconfigure.webhooks.deduplication.UploadcareWebhookInMemoryStoreAutoConfiguration;
import dev.ucare.boot.autoconfigure.webhooks.deduplication.WebhookDeliveryStore;
import dev.ucare.boot.autoconfigure.webhooks.deduplication.jdbc.UploadcareWebhookJdbcStoreAutoConfiguration;
import dev.ucare.boot.autoconfigure.webhooks.deduplication.redis.UploadcareWebhookRedisStoreAutoConfiguration;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.health.autoconfigure.contributor.ConditionalOnEnabledHealthIndicator;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.annotation.Bean;

/**
 * The health indicator of the webhook de-duplication store
 * ({@code uploadcareWebhookStore}, {@link WebhookDeliveryStoreHealthIndicator}); off with
 * {@code management.health.uploadcare-webhook-store.enabled=false}.
 */
@AutoConfiguration(after = { UploadcareWebhookInMemoryStoreAutoConfiguration.class,
		UploadcareWebhookJdbcStoreAutoConfiguration.class, UploadcareWebhookRedisStoreAutoConfiguration.class })
@ConditionalOnClass({ HealthIndicator.class, ConditionalOnEnabledHealthIndicator.class })
public final class UploadcareWebhookStoreHealthContributorAutoConfiguration {

	@Bean
	@ConditionalOnBean(WebhookDeliveryStore.class)
	@ConditionalOnMissingBean(name = "uploadcareWebhookStoreHealthIndicator")
	@ConditionalOnEnabledHealthIndicator("uploadcare-webhook-store")
	WebhookDeliveryStoreHealthIndicator uploadcareWebhookStoreHealthIndicator(WebhookDeliveryStore store) {
		return new WebhookDeliveryStoreHealthIndicator(store);
	}

}
