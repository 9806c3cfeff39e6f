package dev.ucare.boot.autoconfigure.webhooks.deduplication.redis;

import dev.ucare.boot.autoconfigure.UploadcareProperties;
import dev.ucare.boot.autoconfigure.webhooks.deduplication.UploadcareWebhookDeduplicationAutoConfiguration;
import dev.ucare.boot.autoconfigure.webhooks.deduplication.WebhookDeliveryStore;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.data.redis.connection.RedisConnectionFactory;
import org.springframework.data.redis.core.StringRedisTemplate;

/**
 * {@code uploadcare.webhooks.deduplication.store=redis}: the webhook de-duplication store
 * in Redis ({@link RedisWebhookDeliveryStore}), through the application's
 * {@link RedisConnectionFactory} (Spring Data Redis), with keys prefixed by
 * {@code uploadcare.webhooks.deduplication.redis.key-prefix}.
 */
@AutoConfiguration(before = UploadcareWebhookDeduplicationAutoConfiguration.class,
		afterName = "org.springframework.boot.data.redis.autoconfigure.DataRedisAutoConfiguration")
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnClass(StringRedisTemplate.class)
@ConditionalOnBooleanProperty(name = "uploadcare.webhooks.enabled", matchIfMissing = true)
@ConditionalOnProperty(name = "uploadcare.webhooks.deduplication.store", havingValue = "redis")
@EnableConfigurationProperties(UploadcareProperties.class)
public final class UploadcareWebhookRedisStoreAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean(WebhookDeliveryStore.class)
	RedisWebhookDeliveryStore uploadcareWebhookDeliveryStore(ObjectProvider<RedisConnectionFactory> connectionFactory,
			UploadcareProperties properties) {
		RedisConnectionFactory factory = connectionFactory.getIfUnique();
		if (factory == null) {
			throw new IllegalStateException("'uploadcare.webhooks.deduplication.store=redis' needs a single "
					+ "RedisConnectionFactory bean (spring-boot-starter-data-redis)");
		}
		StringRedisTemplate template = new StringRedisTemplate(factory);
		template.afterPropertiesSet();
		return new RedisWebhookDeliveryStore(template, properties.webhooks().deduplication().redis().keyPrefix());
	}

}
