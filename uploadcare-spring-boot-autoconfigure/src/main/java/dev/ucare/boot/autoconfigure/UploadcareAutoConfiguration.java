package dev.ucare.boot.autoconfigure;

import dev.ucare.client.UploadcareClient;
import dev.ucare.client.UploadcareObserver;
import dev.ucare.client.addons.AddonOperations;
import dev.ucare.client.cdn.CdnUrls;
import dev.ucare.client.conversion.ConversionOperations;
import dev.ucare.client.files.FileOperations;
import dev.ucare.client.groups.GroupOperations;
import dev.ucare.client.metadata.MetadataOperations;
import dev.ucare.client.project.ProjectOperations;
import dev.ucare.client.secure.SecureUrlBuilder;
import dev.ucare.client.upload.UploadOperations;
import dev.ucare.client.webhooks.WebhookOperations;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.http.client.ClientHttpRequestFactoryBuilder;
import org.springframework.boot.http.client.HttpClientSettings;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.client.RestClient;

/**
 * Auto-configuration of the {@link UploadcareClient} and its services as beans. The
 * client is built from Boot's {@link RestClient.Builder} when there is one (so
 * {@code http.client.requests} observations and tracing apply), the {@code uploadcare.*}
 * properties and {@link UploadcareClientCustomizer} beans. Without a secret key the
 * client runs in upload-only mode: REST services exist but fail when called. Nothing
 * calls the network while the context starts.
 */
@AutoConfiguration(afterName = { "org.springframework.boot.restclient.autoconfigure.RestClientAutoConfiguration",
		"org.springframework.boot.http.client.autoconfigure.HttpClientAutoConfiguration",
		"org.springframework.boot.http.client.autoconfigure.imperative.ImperativeHttpClientAutoConfiguration" })
@EnableConfigurationProperties(UploadcareProperties.class)
public final class UploadcareAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean
	UploadcareClientBuilderFactory uploadcareClientBuilderFactory(UploadcareProperties properties,
			ObjectProvider<RestClient.Builder> restClientBuilder,
			ObjectProvider<UploadcareRequestFactories> requestFactories, ObjectProvider<UploadcareObserver> observers,
			ObjectProvider<UploadcareClientCustomizer> customizers) {
		return new UploadcareClientBuilderFactory(properties,
				() -> restClientBuilder.getIfAvailable(RestClient::builder),
				requestFactories.getIfAvailable(UploadcareRequestFactories::jdk), observers.orderedStream().toList(),
				customizers.orderedStream().toList());
	}

	@Bean
	@ConditionalOnMissingBean
	UploadcareClient uploadcareClient(UploadcareClientBuilderFactory factory) {
		return factory.builder().build();
	}

	@Bean
	@ConditionalOnMissingBean
	FileOperations uploadcareFileOperations(UploadcareClient client) {
		return client.files();
	}

	@Bean
	@ConditionalOnMissingBean
	GroupOperations uploadcareGroupOperations(UploadcareClient client) {
		return client.groups();
	}

	@Bean
	@ConditionalOnMissingBean
	MetadataOperations uploadcareMetadataOperations(UploadcareClient client) {
		return client.metadata();
	}

	@Bean
	@ConditionalOnMissingBean
	ProjectOperations uploadcareProjectOperations(UploadcareClient client) {
		return client.project();
	}

	@Bean
	@ConditionalOnMissingBean
	WebhookOperations uploadcareWebhookOperations(UploadcareClient client) {
		return client.webhooks();
	}

	@Bean
	@ConditionalOnMissingBean
	UploadOperations uploadcareUploadOperations(UploadcareClient client) {
		return client.uploads();
	}

	@Bean
	@ConditionalOnMissingBean
	ConversionOperations uploadcareConversionOperations(UploadcareClient client) {
		return client.conversions();
	}

	@Bean
	@ConditionalOnMissingBean
	AddonOperations uploadcareAddonOperations(UploadcareClient client) {
		return client.addons();
	}

	@Bean
	@ConditionalOnMissingBean
	CdnUrls uploadcareCdnUrls(UploadcareClient client) {
		return client.cdn();
	}

	@Bean
	@ConditionalOnMissingBean
	@ConditionalOnProperty(prefix = "uploadcare.secure-delivery", name = "secret")
	SecureUrlBuilder uploadcareSecureUrlBuilder(UploadcareClient client, UploadcareProperties properties) {
		return client.hasSecureUrls() ? client.secureUrls()
				: UploadcareClientSettings.secureUrlBuilder(properties.secureDelivery());
	}

	/**
	 * Request factories from Boot's HTTP client support, honouring
	 * {@code spring.http.clients.*}.
	 */
	@Configuration(proxyBeanMethods = false)
	@ConditionalOnClass({ ClientHttpRequestFactoryBuilder.class, HttpClientSettings.class })
	static class BootRequestFactoriesConfiguration {

		@Bean
		@ConditionalOnMissingBean
		UploadcareRequestFactories uploadcareRequestFactories(
				ObjectProvider<ClientHttpRequestFactoryBuilder<?>> builder,
				ObjectProvider<HttpClientSettings> settings) {
			ClientHttpRequestFactoryBuilder<?> factoryBuilder = builder
				.getIfAvailable(ClientHttpRequestFactoryBuilder::detect);
			HttpClientSettings base = settings.getIfAvailable(HttpClientSettings::defaults);
			return (connectTimeout,
					readTimeout) -> factoryBuilder.build(base
						.withConnectTimeout(connectTimeout != null ? connectTimeout
								: base.connectTimeout() != null ? base.connectTimeout()
										: UploadcareRequestFactories.DEFAULT_CONNECT_TIMEOUT)
						.withReadTimeout(readTimeout != null ? readTimeout : base.readTimeout() != null
								? base.readTimeout() : UploadcareRequestFactories.DEFAULT_READ_TIMEOUT));
		}

	}

}
