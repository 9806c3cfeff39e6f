package dev.ucare.boot.autoconfigure;

import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.boot.http.client.ClientHttpRequestFactoryBuilder;
import org.springframework.boot.http.client.HttpClientSettings;
import org.springframework.boot.http.client.autoconfigure.ClientHttpRequestFactoryBuilderCustomizer;
import org.springframework.core.env.Environment;

/**
 * Whether the application chose how its HTTP requests are made, so that the Uploadcare
 * client takes its request factory from Spring Boot's
 * {@link ClientHttpRequestFactoryBuilder}; otherwise the client keeps its own (the JDK's
 * {@code HttpURLConnection}: bodies streamed without copies, nothing of TLS loaded for
 * {@code http://} URLs), with the timeouts of {@code spring.http.clients.*}. A choice is
 * any of: {@code spring.http.clients.imperative.factory}, an SSL bundle or a redirect
 * policy in {@code spring.http.clients.*} (Boot's builders apply them, the client's own
 * factory does not), a {@link ClientHttpRequestFactoryBuilderCustomizer} bean, or a
 * {@code ClientHttpRequestFactoryBuilder} bean that is not Boot's auto-configured one.
 */
final class BootHttpClientChoice {

	static final String FACTORY_PROPERTY = "spring.http.clients.imperative.factory";

	private static final String BOOTS_CONFIGURATION = "org.springframework.boot.http.client.autoconfigure.imperative.ImperativeHttpClientAutoConfiguration";

	private BootHttpClientChoice() {
	}

	/**
	 * Whether the application chose its HTTP client; asked on the client's first request.
	 */
	static boolean applicationChose(HttpClientSettings settings, Environment environment,
			ConfigurableListableBeanFactory beanFactory) {
		if (settings.sslBundle() != null || settings.redirects() != null
				|| environment.containsProperty(FACTORY_PROPERTY)) {
			return true;
		}
		if (beanFactory.getBeanNamesForType(ClientHttpRequestFactoryBuilderCustomizer.class, true, false).length > 0) {
			return true;
		}
		for (String name : beanFactory.getBeanNamesForType(ClientHttpRequestFactoryBuilder.class, true, false)) {
			if (!isBoots(beanFactory, name)) {
				return true;
			}
		}
		return false;
	}

	private static boolean isBoots(ConfigurableListableBeanFactory beanFactory, String name) {
		BeanDefinition definition = beanFactory.getMergedBeanDefinition(name);
		String factoryBean = definition.getFactoryBeanName();
		if (factoryBean != null && beanFactory.containsBeanDefinition(factoryBean)
				&& BOOTS_CONFIGURATION.equals(beanFactory.getMergedBeanDefinition(factoryBean).getBeanClassName())) {
			return true;
		}
		String source = definition.getResourceDescription();
		return source != null && source.contains(BOOTS_CONFIGURATION.replace('.', '/') + ".class");
	}

}
