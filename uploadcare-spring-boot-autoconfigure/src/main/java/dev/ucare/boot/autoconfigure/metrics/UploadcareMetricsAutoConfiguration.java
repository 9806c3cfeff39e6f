package dev.ucare.boot.autoconfigure.metrics;

import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.beans.factory.BeanFactoryUtils;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/**
 * Micrometer meters of Uploadcare uploads, retries and webhook deliveries
 * ({@link UploadcareMeters}), recorded in the application's {@link MeterRegistry} when
 * there is one. The client's HTTP calls are additionally observed by Boot's
 * {@code http.client.requests} instrumentation of the {@code RestClient.Builder}.
 */
@AutoConfiguration(afterName = { "org.springframework.boot.micrometer.metrics.autoconfigure.MetricsAutoConfiguration",
		"org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration" })
@ConditionalOnClass(MeterRegistry.class)
public final class UploadcareMetricsAutoConfiguration {

	/**
	 * Without a {@link MeterRegistry} bean definition the meters never look one up: each
	 * record would otherwise ask the bean factory again.
	 */
	@Bean
	@ConditionalOnMissingBean
	UploadcareMeters uploadcareMeters(ObjectProvider<MeterRegistry> registry, ListableBeanFactory beanFactory) {
		boolean defined = BeanFactoryUtils.beanNamesForTypeIncludingAncestors(beanFactory, MeterRegistry.class, true,
				false).length > 0;
		return new UploadcareMeters(defined ? registry::getIfUnique : () -> null);
	}

}
