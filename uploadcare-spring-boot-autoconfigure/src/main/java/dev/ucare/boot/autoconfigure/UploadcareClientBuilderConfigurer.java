package dev.ucare.boot.autoconfigure;

import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;

import dev.ucare.client.UploadcareClient;
import dev.ucare.client.UploadcareObserver;

/**
 * Configures an {@link UploadcareClient.Builder} the way the auto-configuration does. It
 * backs the prototype {@code UploadcareClient.Builder} bean, from which the
 * {@link UploadcareClient} bean is built; build further clients (another project, other
 * timeouts) from that bean too, so that they share the application's HTTP setup,
 * observers and customizers. The order, each step overriding the ones before:
 * <ol>
 * <li>the application's HTTP client support: Spring Boot's {@code RestClient.Builder}
 * (observations, tracing, {@code RestClientCustomizer}s), request factories from its
 * {@code ClientHttpRequestFactoryBuilder} with {@code spring.http.clients.*} (timeouts,
 * SSL bundle, redirects); the application's {@code ObservationRegistry} (each operation
 * an {@code uploadcare.client.operation} observation, its HTTP exchanges children of it)
 * and {@code UploadcareObservationConvention} bean; the {@link UploadcareObserver}
 * beans;</li>
 * <li>the {@code uploadcare.*} properties;</li>
 * <li>the {@link UploadcareConnectionDetails}: keys and base URLs;</li>
 * <li>the {@link UploadcareClientCustomizer} beans, in
 * {@link org.springframework.core.Ordered order}.</li>
 * </ol>
 * What none of them sets keeps the client's default
 * ({@link dev.ucare.client.HttpSettings#DEFAULTS},
 * {@link dev.ucare.client.RetrySettings#DEFAULTS}, ...).
 * <p>
 * The builder is the default project's: its clients are named
 * {@value UploadcareProjectObserver#DEFAULT_PROJECT} in observations (the {@code project}
 * key), as the {@link UploadcareProjectObserver}s (meters) see them. A client of another
 * project sets its own name with {@code projectName(name)} and its observers with
 * {@link #observerFor(String)}, as the clients of {@code uploadcare.projects.<name>} do;
 * an {@link UploadcareClientCustomizer} may rename the default one.
 */
public final class UploadcareClientBuilderConfigurer {

	private final UploadcareProperties properties;

	private final UploadcareConnectionDetails connectionDetails;

	private final Consumer<UploadcareClient.Builder> httpClient;

	private final List<UploadcareObserver> observers;

	private final UploadcareObserver observer;

	private final List<UploadcareClientCustomizer> customizers;

	UploadcareClientBuilderConfigurer(UploadcareProperties properties, UploadcareConnectionDetails connectionDetails,
			Consumer<UploadcareClient.Builder> httpClient, List<UploadcareObserver> observers,
			List<UploadcareClientCustomizer> customizers) {
		this.properties = properties;
		this.connectionDetails = connectionDetails;
		this.httpClient = httpClient;
		this.observers = List.copyOf(observers);
		this.observer = CompositeObserver.of(observers);
		this.customizers = List.copyOf(customizers);
	}

	/**
	 * Applies the configuration to {@code builder}, in the documented order.
	 * @param builder a builder, e.g. {@link UploadcareClient#builder()}
	 * @return {@code builder}
	 */
	public UploadcareClient.Builder configure(UploadcareClient.Builder builder) {
		httpClient.accept(builder);
		builder.observer(observer)
			.userAgentExtension("spring-boot")
			.projectName(UploadcareProjectObserver.DEFAULT_PROJECT);
		applyProperties(builder);
		applyConnectionDetails(builder);
		for (UploadcareClientCustomizer customizer : customizers) {
			customizer.customize(builder);
		}
		return builder;
	}

	/**
	 * The observers {@link #configure(UploadcareClient.Builder)} applies, as the client
	 * of a named project ({@code uploadcare.projects.<name>}) should see them: an
	 * {@link UploadcareProjectObserver} contributes its
	 * {@link UploadcareProjectObserver#forProject(String) view of that project}.
	 * @param project the project's name
	 * @return the observer to set on that project's builder
	 */
	public UploadcareObserver observerFor(String project) {
		return CompositeObserver.of(observers.stream()
			.map((candidate) -> (candidate instanceof UploadcareProjectObserver aware) ? aware.forProject(project)
					: candidate)
			.toList());
	}

	// Plain null checks rather than a PropertyMapper: each method reference would be a
	// lambda class spun at start-up.
	private void applyProperties(UploadcareClient.Builder builder) {
		UploadcareProperties.Http http = properties.http();
		if (http.connectTimeout() != null) {
			builder.connectTimeout(http.connectTimeout());
		}
		if (http.readTimeout() != null) {
			builder.readTimeout(http.readTimeout());
		}
		builder.retry(properties.retry().toRetrySettings());
		if (properties.rest().authScheme() != null) {
			builder.authScheme(properties.rest().authScheme());
		}
		if (properties.store() != null) {
			builder.defaultStore(properties.store());
		}
		UploadcareProperties.Upload upload = properties.upload();
		if (upload.multipartThreshold() != null) {
			builder.multipartThreshold(upload.multipartThreshold().toBytes());
		}
		if (upload.partSize() != null) {
			builder.partSize(upload.partSize().toBytes());
		}
		builder.uploadConcurrency(upload.concurrency());
		builder.signedUploads(upload.signed());
		if (upload.signatureTtl() != null) {
			builder.signatureTtl(upload.signatureTtl());
		}
		builder.perProjectCdn(properties.cdn().projectSubdomain());
		UploadcareProperties.SecureDelivery secureDelivery = properties.secureDelivery();
		if (secureDelivery != null && secureDelivery.isConfigured()) {
			builder.secureUrlBuilder(secureDelivery.toSecureUrlBuilder());
		}
	}

	private void applyConnectionDetails(UploadcareClient.Builder builder) {
		String publicKey = UploadcarePropertyValues.valueOrNull(connectionDetails.getPublicKey());
		if (publicKey != null) {
			builder.publicKey(publicKey);
		}
		String secretKey = UploadcarePropertyValues.valueOrNull(connectionDetails.getSecretKey());
		if (secretKey != null) {
			builder.secretKey(secretKey);
		}
		if (connectionDetails.getUploadBaseUrl() != null) {
			builder.uploadBaseUrl(connectionDetails.getUploadBaseUrl());
		}
		if (connectionDetails.getRestBaseUrl() != null) {
			builder.restBaseUrl(connectionDetails.getRestBaseUrl());
		}
		if (connectionDetails.getCdnBaseUrl() != null) {
			builder.cdnBaseUrl(connectionDetails.getCdnBaseUrl());
		}
	}

	/** Calls several observers, ignoring their failures. */
	record CompositeObserver(List<UploadcareObserver> observers) implements UploadcareObserver {

		static UploadcareObserver of(List<UploadcareObserver> observers) {
			return observers.isEmpty() ? UploadcareObserver.NONE
					: (observers.size() == 1) ? observers.get(0) : new CompositeObserver(List.copyOf(observers));
		}

		@Override
		public void onRetry(String api, String reason, int attempt, Duration delay) {
			each((observer) -> observer.onRetry(api, reason, attempt, delay));
		}

		@Override
		public void onUpload(String method, long bytes, Duration duration, boolean success) {
			each((observer) -> observer.onUpload(method, bytes, duration, success));
		}

		private void each(Consumer<UploadcareObserver> call) {
			for (UploadcareObserver observer : observers) {
				try {
					call.accept(observer);
				}
				catch (RuntimeException ex) {
					// observers must not break calls
				}
			}
		}

	}

}
