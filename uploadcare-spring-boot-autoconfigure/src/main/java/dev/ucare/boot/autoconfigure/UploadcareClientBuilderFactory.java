package dev.ucare.boot.autoconfigure;

import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;

import dev.ucare.client.RetrySettings;
import dev.ucare.client.UploadcareClient;
import dev.ucare.client.UploadcareObserver;

import org.springframework.web.client.RestClient;

/**
 * Creates {@link UploadcareClient.Builder}s configured from {@link UploadcareProperties},
 * Boot's {@link RestClient.Builder} (so {@code http.client.requests} observations and
 * tracing apply), the {@link UploadcareObserver} beans and the
 * {@link UploadcareClientCustomizer} beans. The auto-configuration builds its client with
 * it; the health indicator builds a second one with a short timeout and no retries.
 */
public final class UploadcareClientBuilderFactory {

	private final UploadcareProperties properties;

	private final Supplier<RestClient.Builder> restClientBuilders;

	private final UploadcareRequestFactories requestFactories;

	private final UploadcareObserver observer;

	private final List<UploadcareClientCustomizer> customizers;

	/**
	 * @param properties the properties
	 * @param restClientBuilders source of fresh {@link RestClient.Builder}s
	 * @param requestFactories creates request factories with timeouts
	 * @param observers observers of retries and uploads, called in order
	 * @param customizers applied in order after the properties
	 */
	public UploadcareClientBuilderFactory(UploadcareProperties properties,
			Supplier<RestClient.Builder> restClientBuilders, UploadcareRequestFactories requestFactories,
			List<UploadcareObserver> observers, List<UploadcareClientCustomizer> customizers) {
		this.properties = properties;
		this.restClientBuilders = restClientBuilders;
		this.requestFactories = requestFactories;
		this.observer = CompositeObserver.of(observers);
		this.customizers = List.copyOf(customizers);
	}

	/**
	 * A builder for the application's client, with the configured timeouts and retries.
	 */
	public UploadcareClient.Builder builder() {
		UploadcareProperties.Http http = properties.http();
		return builder(http.connectTimeout(), http.readTimeout(), null);
	}

	/**
	 * A builder with the given timeouts. Customizers run last, except that {@code retry},
	 * when given, replaces the retry settings after them.
	 * @param connectTimeout connect timeout, {@code null} for the configured one, else
	 * the default
	 * @param readTimeout read timeout, {@code null} for the configured one, else the
	 * default
	 * @param retry retry settings overriding everything else, {@code null} for the
	 * configured ones
	 */
	public UploadcareClient.Builder builder(Duration connectTimeout, Duration readTimeout, RetrySettings retry) {
		if (properties.publicKey() == null || properties.publicKey().isBlank()) {
			throw new UploadcarePublicKeyMissingException();
		}
		UploadcareClient.Builder builder = UploadcareClient.builder();
		UploadcareClientSettings.apply(properties, builder);
		builder.observer(observer);
		builder.retry(properties.retry().toRetrySettings());
		// resolved on the first request: Boot's builder and the HTTP client cost nothing
		// at start-up
		builder.restClientBuilder(() -> restClientBuilders.get()
			.clone()
			.requestFactory(requestFactories.create(connectTimeout, readTimeout)));
		if (connectTimeout != null) {
			builder.connectTimeout(connectTimeout);
		}
		if (readTimeout != null) {
			builder.readTimeout(readTimeout);
		}
		for (UploadcareClientCustomizer customizer : customizers) {
			customizer.customize(builder);
		}
		if (retry != null) {
			builder.retry(retry);
		}
		return builder;
	}

	/** Calls several observers, ignoring their failures. */
	record CompositeObserver(List<UploadcareObserver> observers) implements UploadcareObserver {

		static UploadcareObserver of(List<UploadcareObserver> observers) {
			return observers.isEmpty() ? UploadcareObserver.NONE
					: observers.size() == 1 ? observers.get(0) : new CompositeObserver(List.copyOf(observers));
		}

		@Override
		public void onRetry(String api, String reason, int attempt, Duration delay) {
			for (UploadcareObserver observer : observers) {
				try {
					observer.onRetry(api, reason, attempt, delay);
				}
				catch (RuntimeException ex) {
					// observers must not break calls
				}
			}
		}

		@Override
		public void onUpload(String method, long bytes, Duration duration, boolean success) {
			for (UploadcareObserver observer : observers) {
				try {
					observer.onUpload(method, bytes, duration, success);
				}
				catch (RuntimeException ex) {
					// observers must not break calls
				}
			}
		}
	}

}
