package dev.ucare.boot.autoconfigure;

import java.net.http.HttpClient;
import java.time.Duration;

import org.springframework.http.client.ClientHttpRequestFactory;
import org.springframework.http.client.JdkClientHttpRequestFactory;

/**
 * Creates the HTTP request factories of Uploadcare clients with given timeouts. With
 * {@code spring-boot-http-client} present the auto-configuration uses Boot's detected
 * factory and {@code spring.http.clients.*} settings (SSL bundle, redirects); otherwise
 * the JDK's {@link HttpClient}.
 */
@FunctionalInterface
public interface UploadcareRequestFactories {

	/** Used when no timeout is configured anywhere. */
	Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(10);

	/** Used when no timeout is configured anywhere. */
	Duration DEFAULT_READ_TIMEOUT = Duration.ofSeconds(60);

	/**
	 * A request factory.
	 * @param connectTimeout connect timeout, {@code null} for the default
	 * @param readTimeout read timeout, {@code null} for the default
	 */
	ClientHttpRequestFactory create(Duration connectTimeout, Duration readTimeout);

	/** Plain JDK {@link HttpClient} based factories. */
	static UploadcareRequestFactories jdk() {
		return (connectTimeout, readTimeout) -> {
			HttpClient http = HttpClient.newBuilder()
				.connectTimeout(connectTimeout != null ? connectTimeout : DEFAULT_CONNECT_TIMEOUT)
				.build();
			JdkClientHttpRequestFactory factory = new JdkClientHttpRequestFactory(http);
			factory.setReadTimeout(readTimeout != null ? readTimeout : DEFAULT_READ_TIMEOUT);
			return factory;
		};
	}

}
