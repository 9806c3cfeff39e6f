package dev.ucare.boot.autoconfigure;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

import dev.ucare.client.UploadcareClient;
import dev.ucare.client.UploadcareConfigurationException;
import dev.ucare.client.UploadcareObserver;
import dev.ucare.client.addons.AddonOperations;
import dev.ucare.client.cdn.CdnUrls;
import dev.ucare.client.conversion.ConversionOperations;
import dev.ucare.client.files.FileOperations;
import dev.ucare.client.groups.GroupOperations;
import dev.ucare.client.metadata.MetadataOperations;
import dev.ucare.client.observation.UploadcareObservationConvention;
import dev.ucare.client.project.ProjectOperations;
import dev.ucare.client.secure.SecureUrlBuilder;
import dev.ucare.client.upload.UploadOperations;
import dev.ucare.client.webhooks.WebhookOperations;
import io.micrometer.observation.ObservationRegistry;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.config.ConfigurableBeanFactory;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.http.client.ClientHttpRequestFactoryBuilder;
import org.springframework.boot.http.client.HttpClientSettings;
import org.springframework.boot.http.client.autoconfigure.ClientHttpRequestFactoryBuilderCustomizer;
import org.springframework.boot.restclient.RestClientCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;
import org.springframework.context.annotation.Scope;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.web.client.RestClient;

/**
 * Auto-configuration of the {@link UploadcareClient} and its services as beans. A
 * prototype {@link UploadcareClient.Builder} bean is configured by the
 * {@link UploadcareClientBuilderConfigurer} (Boot's HTTP client support, then the
 * {@code uploadcare.*} properties, then the {@link UploadcareConnectionDetails}, then the
 * {@link UploadcareClientCustomizer}s); the {@link UploadcareClient} bean is built from
 * it and every service bean comes from that client. The service beans are lazy, as are
 * the client's services: each is created when first injected or used, so that the
 * services an application does not use cost nothing at start-up. Without a secret key the
 * client runs in upload-only mode, said once in the log at start: REST services exist but
 * fail when called. Nothing calls the network while the context starts, and the HTTP
 * client is created on the first request.
 */
@AutoConfiguration(afterName = { "org.springframework.boot.restclient.autoconfigure.RestClientAutoConfiguration",
		"org.springframework.boot.http.client.autoconfigure.HttpClientAutoConfiguration",
		"org.springframework.boot.http.client.autoconfigure.imperative.ImperativeHttpClientAutoConfiguration" })
@EnableConfigurationProperties(UploadcareProperties.class)
public final class UploadcareAutoConfiguration {

	private static final Log logger = LogFactory.getLog(UploadcareAutoConfiguration.class);

	@Bean
	@ConditionalOnMissingBean(UploadcareConnectionDetails.class)
	PropertiesUploadcareConnectionDetails uploadcareConnectionDetails(UploadcareProperties properties) {
		return new PropertiesUploadcareConnectionDetails(properties);
	}

	@Bean
	@ConditionalOnMissingBean
	UploadcareClientBuilderConfigurer uploadcareClientBuilderConfigurer(UploadcareProperties properties,
			UploadcareConnectionDetails connectionDetails, ObjectProvider<UploadcareHttpClientSupport> httpClient,
			ObjectProvider<RestClient.Builder> restClientBuilder, ObjectProvider<UploadcareObserver> observers,
			ObjectProvider<ObservationRegistry> observationRegistry,
			ObjectProvider<UploadcareObservationConvention> observationConvention,
			ObjectProvider<UploadcareClientCustomizer> customizers) {
		Consumer<UploadcareClient.Builder> http = httpClient
			.getIfAvailable(() -> (builder) -> builder.restClientBuilder(() -> restClientBuilder.getIfUnique()));
		Consumer<UploadcareClient.Builder> observations = (builder) -> {
			builder.observationRegistry(() -> observationRegistry.getIfUnique(() -> ObservationRegistry.NOOP));
			observationConvention.ifUnique(builder::observationConvention);
		};
		return new UploadcareClientBuilderConfigurer(properties, connectionDetails, http.andThen(observations),
				observers.orderedStream().toList(), customizers.orderedStream().toList());
	}

	@Bean
	@Scope(ConfigurableBeanFactory.SCOPE_PROTOTYPE)
	@ConditionalOnMissingBean
	UploadcareClient.Builder uploadcareClientBuilder(UploadcareClientBuilderConfigurer configurer) {
		return configurer.configure(UploadcareClient.builder());
	}

	@Bean
	@ConditionalOnMissingBean
	UploadcareClient uploadcareClient(UploadcareClient.Builder builder, UploadcareConnectionDetails connectionDetails,
			UploadcareProperties properties) {
		UploadcareClient client;
		try {
			client = builder.build();
		}
		catch (UploadcareConfigurationException ex) {
			throw InvalidUploadcareConfigurationException.explain(ex, connectionDetails, properties);
		}
		if (!client.hasSecretKey()) {
			logger.info("Uploadcare client runs in upload-only mode: no secret key is configured "
					+ "('uploadcare.secret-key' or an UploadcareConnectionDetails bean). Uploads and CDN URLs work; "
					+ "REST API calls (files, groups, webhooks, conversions...) fail until a secret key is set.");
		}
		return client;
	}

	@Bean
	@Lazy
	@ConditionalOnMissingBean
	FileOperations uploadcareFileOperations(UploadcareClient client) {
		return client.files();
	}

	@Bean
	@Lazy
	@ConditionalOnMissingBean
	GroupOperations uploadcareGroupOperations(UploadcareClient client) {
		return client.groups();
	}

	@Bean
	@Lazy
	@ConditionalOnMissingBean
	MetadataOperations uploadcareMetadataOperations(UploadcareClient client) {
		return client.metadata();
	}

	@Bean
	@Lazy
	@ConditionalOnMissingBean
	ProjectOperations uploadcareProjectOperations(UploadcareClient client) {
		return client.project();
	}

	@Bean
	@Lazy
	@ConditionalOnMissingBean
	WebhookOperations uploadcareWebhookOperations(UploadcareClient client) {
		return client.webhooks();
	}

	@Bean
	@Lazy
	@ConditionalOnMissingBean
	UploadOperations uploadcareUploadOperations(UploadcareClient client) {
		return client.uploads();
	}

	@Bean
	@Lazy
	@ConditionalOnMissingBean
	ConversionOperations uploadcareConversionOperations(UploadcareClient client) {
		return client.conversions();
	}

	@Bean
	@Lazy
	@ConditionalOnMissingBean
	AddonOperations uploadcareAddonOperations(UploadcareClient client) {
		return client.addons();
	}

	@Bean
	@Lazy
	@ConditionalOnMissingBean
	CdnUrls uploadcareCdnUrls(UploadcareClient client) {
		return client.cdn();
	}

	@Bean
	@ConditionalOnMissingBean
	@Conditional(SecureDeliveryCondition.class)
	SecureUrlBuilder uploadcareSecureUrlBuilder(UploadcareClient client, UploadcareProperties properties) {
		return client.hasSecureUrls() ? client.secureUrls() : properties.secureDelivery().toSecureUrlBuilder();
	}

	/**
	 * How auto-configured builders make HTTP calls; applied before the properties.
	 */
	@FunctionalInterface
	interface UploadcareHttpClientSupport extends Consumer<UploadcareClient.Builder> {

	}

	/**
	 * Spring Boot's HTTP client support: the {@code RestClient.Builder} bean (Boot's own
	 * rebuilt without its request factory: {@code RestClient.builder()} with the
	 * {@link RestClientCustomizer} beans), and the timeouts of
	 * {@code spring.http.clients.*} ({@link HttpClientSettings}) unless
	 * {@code uploadcare.http.*} or a customizer sets others. When the application chose
	 * its HTTP client ({@code spring.http.clients.imperative.factory}, an SSL bundle or a
	 * redirect policy in {@code spring.http.clients.*}, which Boot's builders apply and
	 * the client's own factory does not, a
	 * {@link ClientHttpRequestFactoryBuilderCustomizer} bean, or a
	 * {@link ClientHttpRequestFactoryBuilder} bean that is not Boot's auto-configured
	 * one), request factories come from Boot's {@link ClientHttpRequestFactoryBuilder}
	 * with those settings; otherwise the client keeps its own
	 * ({@link UploadcareClient#defaultRequestFactory}: the JDK's
	 * {@code HttpURLConnection}, bodies streamed without copies). All resolved on the
	 * first request.
	 */
	@Configuration(proxyBeanMethods = false)
	@ConditionalOnClass({ ClientHttpRequestFactoryBuilder.class, HttpClientSettings.class, RestClientCustomizer.class })
	static class BootHttpClientConfiguration {

		private static final String IMPERATIVE_HTTP_CLIENT_AUTO_CONFIGURATION = "org.springframework.boot.http.client.autoconfigure.imperative.ImperativeHttpClientAutoConfiguration";

		private static final String REST_CLIENT_AUTO_CONFIGURATION = "org.springframework.boot.restclient.autoconfigure.RestClientAutoConfiguration";

		@Bean
		UploadcareHttpClientSupport uploadcareHttpClientSupport(ObjectProvider<RestClient.Builder> restClientBuilder,
				ObjectProvider<RestClientCustomizer> restClientCustomizers,
				ObjectProvider<ClientHttpRequestFactoryBuilder<?>> requestFactoryBuilder,
				ObjectProvider<HttpClientSettings> httpClientSettings, Environment environment,
				ConfigurableListableBeanFactory beanFactory) {
			AtomicBoolean warned = new AtomicBoolean();
			return (builder) -> {
				HttpClientSettings settings = httpClientSettings.getIfAvailable(HttpClientSettings::defaults);
				if (settings.connectTimeout() != null) {
					builder.connectTimeout(settings.connectTimeout());
				}
				if (settings.readTimeout() != null) {
					builder.readTimeout(settings.readTimeout());
				}
				builder.restClientBuilder(() -> warnIfBuffering(
						restClientBuilder(restClientBuilder, restClientCustomizers, beanFactory), warned));
				builder.requestFactory((http) -> applicationChoseItsHttpClient(settings, environment, beanFactory)
						? requestFactoryBuilder.getIfAvailable(ClientHttpRequestFactoryBuilder::detect)
							.build(settings.withTimeouts(http.connectTimeout(), http.readTimeout()))
						: UploadcareClient.defaultRequestFactory(http));
			};
		}

		private static boolean applicationChoseItsHttpClient(HttpClientSettings settings, Environment environment,
				ConfigurableListableBeanFactory beanFactory) {
			if (settings.sslBundle() != null || settings.redirects() != null
					|| environment.containsProperty("spring.http.clients.imperative.factory") || beanFactory
						.getBeanNamesForType(ClientHttpRequestFactoryBuilderCustomizer.class, true, false).length > 0) {
				return true;
			}
			for (String name : beanFactory.getBeanNamesForType(ClientHttpRequestFactoryBuilder.class, true, false)) {
				if (!isAutoConfiguredBy(IMPERATIVE_HTTP_CLIENT_AUTO_CONFIGURATION, beanFactory, name)) {
					return true;
				}
			}
			return false;
		}

		/**
		 * The application's {@code RestClient.Builder}; when that is Boot's
		 * auto-configured one, the same without its request factory: a
		 * {@code RestClient.builder()} given every {@link RestClientCustomizer}, as Boot
		 * configures its own, but no request factory from Boot's
		 * {@link ClientHttpRequestFactoryBuilder}. The client sets its own on its clone,
		 * and building Boot's (an HTTP client, in a fresh JVM with its TLS set-up) cost
		 * the first call ~170 ms for nothing.
		 */
		private static RestClient.@Nullable Builder restClientBuilder(ObjectProvider<RestClient.Builder> builders,
				ObjectProvider<RestClientCustomizer> customizers, ConfigurableListableBeanFactory beanFactory) {
			String[] names = beanFactory.getBeanNamesForType(RestClient.Builder.class, true, false);
			if (names.length == 1 && isAutoConfiguredBy(REST_CLIENT_AUTO_CONFIGURATION, beanFactory, names[0])) {
				RestClient.Builder builder = RestClient.builder();
				customizers.orderedStream().forEach((customizer) -> customizer.customize(builder));
				return builder;
			}
			return builders.getIfUnique();
		}

		private static boolean isAutoConfiguredBy(String configuration, ConfigurableListableBeanFactory beanFactory,
				String name) {
			BeanDefinition definition = beanFactory.getMergedBeanDefinition(name);
			String factoryBean = definition.getFactoryBeanName();
			if (factoryBean != null && beanFactory.containsBeanDefinition(factoryBean)
					&& configuration.equals(beanFactory.getMergedBeanDefinition(factoryBean).getBeanClassName())) {
				return true;
			}
			String source = definition.getResourceDescription();
			return source != null && source.contains(configuration.replace('.', '/') + ".class");
		}

		private static RestClient.@Nullable Builder warnIfBuffering(RestClient.@Nullable Builder builder,
				AtomicBoolean warned) {
			if (builder != null) {
				builder.clone().requestInterceptors((interceptors) -> {
					if (!interceptors.isEmpty() && warned.compareAndSet(false, true)) {
						logger.warn("The RestClient.Builder carries " + interceptors.size()
								+ " interceptor(s): Spring then holds each Uploadcare upload request in memory "
								+ "instead of streaming it. Add headers with a ClientHttpRequestInitializer instead.");
					}
				});
			}
			return builder;
		}

	}

	/**
	 * Matches when {@code uploadcare.secure-delivery.secret} is set. Reads the property
	 * as its binding does, never with {@code Environment.getProperty}, so that a
	 * placeholder of an unset variable counts as unset instead of failing start-up.
	 */
	static final class SecureDeliveryCondition extends SpringBootCondition {

		private static final String PROPERTY = "uploadcare.secure-delivery.secret";

		@Override
		public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
			String secret = UploadcarePropertyValues
				.valueOrNull(Binder.get(context.getEnvironment()).bind(PROPERTY, String.class).orElse(null));
			return (secret != null) ? ConditionOutcome.match("'" + PROPERTY + "' is set")
					: ConditionOutcome.noMatch("'" + PROPERTY + "' is not set");
		}

	}

}
