package dev.ucare.boot.autoconfigure.webhooks.deduplication.jdbc;

import java.time.Clock;

import dev.ucare.boot.autoconfigure.UploadcareProperties;
import dev.ucare.boot.autoconfigure.webhooks.UploadcareWebhookProperties.Jdbc;
import dev.ucare.boot.autoconfigure.webhooks.deduplication.UploadcareWebhookDeduplicationAutoConfiguration;
import dev.ucare.boot.autoconfigure.webhooks.deduplication.WebhookDeliveryStore;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * {@code uploadcare.webhooks.deduplication.store=jdbc}: the webhook de-duplication store
 * in a table of the application's database ({@link JdbcWebhookDeliveryStore}), through
 * its {@link JdbcTemplate}. The table is created at start-up for embedded databases (or
 * always, with {@code uploadcare.webhooks.deduplication.jdbc.initialize-schema=always});
 * a database unreachable then does not stop the application: the table is created on
 * first use and the health indicator reports the store DOWN meanwhile.
 */
@AutoConfiguration(before = UploadcareWebhookDeduplicationAutoConfiguration.class,
		afterName = "org.springframework.boot.jdbc.autoconfigure.JdbcTemplateAutoConfiguration")
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnClass(JdbcTemplate.class)
@ConditionalOnBooleanProperty(name = "uploadcare.webhooks.enabled", matchIfMissing = true)
@ConditionalOnProperty(name = "uploadcare.webhooks.deduplication.store", havingValue = "jdbc")
@EnableConfigurationProperties(UploadcareProperties.class)
public final class UploadcareWebhookJdbcStoreAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean(WebhookDeliveryStore.class)
	JdbcWebhookDeliveryStore uploadcareWebhookDeliveryStore(ObjectProvider<JdbcTemplate> jdbcTemplate,
			UploadcareProperties properties) {
		JdbcTemplate jdbc = jdbcTemplate.getIfUnique();
		if (jdbc == null) {
			throw new IllegalStateException(
					"'uploadcare.webhooks.deduplication.store=jdbc' needs a single JdbcTemplate "
							+ "bean (spring-boot-starter-jdbc and a DataSource)");
		}
		Jdbc settings = properties.webhooks().deduplication().jdbc();
		return new JdbcWebhookDeliveryStore(jdbc, settings.tableName(), Clock.systemUTC(), settings.initializeSchema());
	}

	@Bean
	SmartInitializingSingleton uploadcareWebhookDeliveryStoreSchema(ObjectProvider<WebhookDeliveryStore> store) {
		return () -> {
			if (store.getIfAvailable() instanceof JdbcWebhookDeliveryStore jdbc) {
				jdbc.initializeSchema();
			}
		};
	}

}
