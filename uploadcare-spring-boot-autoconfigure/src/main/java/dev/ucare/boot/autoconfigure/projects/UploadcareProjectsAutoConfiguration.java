package dev.ucare.boot.autoconfigure.projects;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;

import dev.ucare.boot.autoconfigure.UploadcareAutoConfiguration;
import dev.ucare.boot.autoconfigure.UploadcareClientBuilderConfigurer;
import dev.ucare.boot.autoconfigure.UploadcarePropertyValues;
import dev.ucare.client.UploadcareClient;
import dev.ucare.client.UploadcareConfigurationException;

import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.util.Assert;

/**
 * Several Uploadcare projects in one application: the {@link UploadcareClients} registry
 * with the default client and one client per {@code uploadcare.projects.<name>.*}. Each
 * project's client is built from the prototype {@link UploadcareClient.Builder} bean (so
 * it shares the HTTP setup, retries, customizers and observers of the default client,
 * observers that tell projects apart seeing it as that project), then given the project's
 * keys and base URLs. The registry closes the clients it built when the context closes.
 */
@AutoConfiguration(after = UploadcareAutoConfiguration.class)
@ConditionalOnBean(UploadcareClient.class)
@EnableConfigurationProperties(UploadcareProjectsProperties.class)
public final class UploadcareProjectsAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean
	UploadcareClients uploadcareClients(UploadcareClient client, UploadcareProjectsProperties properties,
			ObjectProvider<UploadcareClient.Builder> builders,
			ObjectProvider<UploadcareClientBuilderConfigurer> configurer) {
		Map<String, UploadcareClient> clients = new LinkedHashMap<>();
		try {
			properties.projects()
				.forEach((name, project) -> clients.put(name,
						build(name, project, builders, configurer.getIfAvailable())));
		}
		catch (RuntimeException ex) {
			new ProjectClients(client, clients, true).close();
			throw ex;
		}
		return new ProjectClients(client, clients, true);
	}

	private static UploadcareClient build(String name, UploadcareProjectsProperties.Project project,
			ObjectProvider<UploadcareClient.Builder> builders, @Nullable UploadcareClientBuilderConfigurer configurer) {
		UploadcareClient.Builder builder = builders.getIfAvailable();
		if (builder == null) {
			throw new IllegalStateException("uploadcare.projects." + name
					+ " needs an UploadcareClient.Builder bean to build the project's client");
		}
		String publicKey = project.publicKey();
		// validated: every project has one
		Assert.state(publicKey != null, () -> "uploadcare.projects." + name + ".public-key must be set");
		builder.publicKey(publicKey).secretKey(project.secretKey()).secureUrlBuilder(null).projectName(name);
		URI uploadBaseUrl = project.upload().baseUrl();
		if (uploadBaseUrl != null) {
			builder.uploadBaseUrl(uploadBaseUrl);
		}
		URI restBaseUrl = project.rest().baseUrl();
		if (restBaseUrl != null) {
			builder.restBaseUrl(restBaseUrl);
		}
		UploadcareProjectsProperties.Cdn cdn = project.cdn();
		if (cdn.isSet()) {
			builder.cdnBaseUrl(UploadcarePropertyValues.cdnBaseUrl(cdn.baseUrl(), cdn.cname()))
				.perProjectCdn(Boolean.TRUE.equals(cdn.projectSubdomain()));
		}
		if (configurer != null) {
			builder.observer(configurer.observerFor(name));
		}
		try {
			return builder.build();
		}
		catch (UploadcareConfigurationException ex) {
			throw new IllegalStateException(
					"The client of uploadcare.projects." + name + " cannot be built: " + ex.getMessage(), ex);
		}
	}

}
