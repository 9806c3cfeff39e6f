package dev.ucare.boot.autoconfigure.health;

import java.time.Clock;

import dev.ucare.boot.autoconfigure.UploadcareAutoConfiguration;
import dev.ucare.boot.autoconfigure.UploadcareProperties;
import dev.ucare.client.UploadcareClient;
import dev.ucare.client.project.ProjectOperations;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.health.autoconfigure.contributor.ConditionalOnEnabledHealthIndicator;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.annotation.Bean;

/**
 * The {@code uploadcare} health indicator, with Spring Boot's health support on the
 * classpath. It checks the project through the application's {@link ProjectOperations}
 * bean (the {@link UploadcareClient} bean's unless replaced): no second client. Off with
 * {@code management.health.uploadcare.enabled=false}.
 */
@AutoConfiguration(after = UploadcareAutoConfiguration.class)
@ConditionalOnClass({ HealthIndicator.class, ConditionalOnEnabledHealthIndicator.class })
@ConditionalOnBean({ UploadcareClient.class, ProjectOperations.class })
public final class UploadcareHealthContributorAutoConfiguration {

	@Bean
	@ConditionalOnEnabledHealthIndicator("uploadcare")
	@ConditionalOnMissingBean(name = "uploadcareHealthIndicator")
	UploadcareHealthIndicator uploadcareHealthIndicator(UploadcareClient client, ProjectOperations project,
			UploadcareProperties properties) {
		UploadcareProperties.Health health = properties.health();
		return new UploadcareHealthIndicator(project, client.hasSecretKey(), health.timeout(), health.cacheTtl(),
				Clock.systemUTC());
	}

}
