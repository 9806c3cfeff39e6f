package dev.ucare.boot.autoconfigure.health;

import java.time.Clock;

import dev.ucare.boot.autoconfigure.UploadcareAutoConfiguration;
import dev.ucare.boot.autoconfigure.UploadcareClientBuilderFactory;
import dev.ucare.boot.autoconfigure.UploadcareProperties;
import dev.ucare.client.RetrySettings;
import dev.ucare.client.UploadcareClient;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.health.autoconfigure.contributor.ConditionalOnEnabledHealthIndicator;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.annotation.Bean;

/**
 * The {@code uploadcare} health indicator, with Spring Boot's health support on the
 * classpath and a secret key configured (project info is a REST call). Off with
 * {@code management.health.uploadcare.enabled=false}.
 */
@AutoConfiguration(after = UploadcareAutoConfiguration.class)
@ConditionalOnClass({ HealthIndicator.class, ConditionalOnEnabledHealthIndicator.class })
@ConditionalOnProperty(prefix = "uploadcare", name = "secret-key")
@ConditionalOnBean(UploadcareClientBuilderFactory.class)
public final class UploadcareHealthContributorAutoConfiguration {

	@Bean
	@ConditionalOnEnabledHealthIndicator("uploadcare")
	@ConditionalOnMissingBean(name = "uploadcareHealthIndicator")
	UploadcareHealthIndicator uploadcareHealthIndicator(UploadcareClientBuilderFactory factory,
			UploadcareProperties properties) {
		UploadcareProperties.Health health = properties.health();
		UploadcareClient client = factory.builder(health.timeout(), health.timeout(), RetrySettings.NONE).build();
		return new UploadcareHealthIndicator(client.project(), health.cacheTtl(), Clock.systemUTC());
	}

}
