package dev.ucare.boot.autoconfigure.health;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;

import dev.ucare.boot.autoconfigure.UploadcareAutoConfiguration;
import dev.ucare.boot.autoconfigure.UploadcareProperties;
import dev.ucare.boot.autoconfigure.projects.UploadcareClients;
import dev.ucare.boot.autoconfigure.projects.UploadcareProjectsAutoConfiguration;
import dev.ucare.client.UploadcareClient;
import dev.ucare.client.project.ProjectOperations;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.health.autoconfigure.contributor.ConditionalOnEnabledHealthIndicator;
import org.springframework.boot.health.contributor.CompositeHealthContributor;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * The {@code uploadcare} health indicator, with Spring Boot's health support on the
 * classpath. It checks the project through the application's {@link ProjectOperations}
 * bean (the {@link UploadcareClient} bean's unless replaced): no second client. With
 * {@code uploadcare.projects.<name>.*}, the {@code uploadcareProjects} contributor has
 * one indicator per further project, named after it. Off with
 * {@code management.health.uploadcare.enabled=false}.
 */
@AutoConfiguration(after = { UploadcareAutoConfiguration.class, UploadcareProjectsAutoConfiguration.class })
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

	@Bean
	@ConditionalOnEnabledHealthIndicator("uploadcare")
	@ConditionalOnBean(UploadcareClients.class)
	@Conditional(NamedProjectsCondition.class)
	@ConditionalOnMissingBean(name = "uploadcareProjectsHealthContributor")
	CompositeHealthContributor uploadcareProjectsHealthContributor(UploadcareClients clients,
			UploadcareProperties properties) {
		UploadcareProperties.Health health = properties.health();
		Map<String, HealthIndicator> indicators = new LinkedHashMap<>();
		clients.projects()
			.stream()
			.filter((name) -> !UploadcareClients.DEFAULT_PROJECT.equals(name))
			.forEach((name) -> {
				UploadcareClient client = clients.get(name);
				indicators.put(name, new UploadcareHealthIndicator(client.project(), client.hasSecretKey(),
						health.timeout(), health.cacheTtl(), Clock.systemUTC()));
			});
		return CompositeHealthContributor.fromMap(indicators);
	}

	/** Matches when {@code uploadcare.projects.<name>.*} configures further projects. */
	static final class NamedProjectsCondition extends SpringBootCondition {

		@Override
		public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
			boolean configured = Binder.get(context.getEnvironment())
				.bind("uploadcare.projects", Bindable.mapOf(String.class, Object.class))
				.map((projects) -> !projects.isEmpty())
				.orElse(false);
			return configured ? ConditionOutcome.match("uploadcare.projects is set")
					: ConditionOutcome.noMatch("uploadcare.projects is not set");
		}

	}

}
