package dev.ucare.boot.autoconfigure.metrics;

import dev.ucare.boot.autoconfigure.webhooks.deduplication.UploadcareWebhookDeduplicationAutoConfiguration;
import dev.ucare.boot.autoconfigure.webhooks.deduplication.UploadcareWebhookInMemoryStoreAutoConfiguration;
import dev.ucare.boot.autoconfigure.webhooks.deduplication.WebhookDeduplicationMetrics;
import dev.ucare.boot.autoconfigure.webhooks.deduplication.WebhookDeliveryStore;
import dev.ucare.boot.autoconfigure.webhooks.deduplication.jdbc.UploadcareWebhookJdbcStoreAutoConfiguration;
import dev.ucare.boot.autoconfigure.webhooks.deduplication.redis.UploadcareWebhookRedisStoreAutoConfiguration;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/**
 * Micrometer counters of the webhook de-duplication store
 * ({@link MicrometerWebhookDeduplicationMetrics}), registered at start-up in the
 * application's {@link MeterRegistry} when there is one.
 */
@AutoConfiguration(
		after = { UploadcareWebhookInMemoryStoreAutoConfiguration.class,
				UploadcareWebhookJdbcStoreAutoConfiguration.class, UploadcareWebhookRedisStoreAutoConfiguration.class },
		before = UploadcareWebhookDeduplicationAutoConfiguration.class,
		afterName = { "org.springframework.boot.micrometer.metrics.autoconfigure.MetricsAutoConfiguration",
				"org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration" })
@ConditionalOnClass(MeterRegistry.class)
public final class UploadcareWebhookDeduplicationMetricsAutoConfiguration {

	@Bean
	@ConditionalOnBean({ WebhookDeliveryStore.class, MeterRegistry.class })
	@ConditionalOnMissingBean(WebhookDeduplicationMetrics.class)
	MicrometerWebhookDeduplicationMetrics uploadcareWebhookDeduplicationMetrics(WebhookDeliveryStore store,
			MeterRegistry registry) {
		return new MicrometerWebhookDeduplicationMetrics(registry, store.name());
	}

}
