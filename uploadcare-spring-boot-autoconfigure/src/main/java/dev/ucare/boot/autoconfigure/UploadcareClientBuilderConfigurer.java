package dev.ucare.boot.autoconfigure;

import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;

import dev.ucare.client.UploadcareClient;
import dev.ucare.client.UploadcareObserver;

import org.springframework.boot.context.properties.PropertyMapper;

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
		builder.observer(observer).userAgentExtension("spring-boot");
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

	private void applyProperties(UploadcareClient.Builder builder) {
		PropertyMapper map = PropertyMapper.get();
		UploadcareProperties.Http http = properties.http();
		map.from(http::connectTimeout).to(builder::connectTimeout);
		map.from(http::readTimeout).to(builder::readTimeout);
		builder.retry(properties.retry().toRetrySettings());
		map.from(properties.rest()::authScheme).to(builder::authScheme);
		map.from(properties::store).to(builder::defaultStore);
		UploadcareProperties.Upload upload = properties.upload();
		map.from(upload::multipartThreshold).as(size -> size.toBytes()).to(builder::multipartThreshold);
		map.from(upload::partSize).as(size -> size.toBytes()).to(builder::partSize);
		map.from(upload::concurrency).to(builder::uploadConcurrency);
		map.from(upload::signed).to(builder::signedUploads);
		map.from(upload::signatureTtl).to(builder::signatureTtl);
		map.from(properties.cdn()::projectSubdomain).to(builder::perProjectCdn);
		map.from(properties::secureDelivery)
			.when(UploadcareProperties.SecureDelivery::isConfigured)
			.as(UploadcareProperties.SecureDelivery::toSecureUrlBuilder)
			.to(builder::secureUrlBuilder);
	}

	private void applyConnectionDetails(UploadcareClient.Builder builder) {
		PropertyMapper map = PropertyMapper.get();
		map.from(connectionDetails::getPublicKey).as(UploadcareProperties::valueOrNull).to(builder::publicKey);
		map.from(connectionDetails::getSecretKey).as(UploadcareProperties::valueOrNull).to(builder::secretKey);
		map.from(connectionDetails::getUploadBaseUrl).to(builder::uploadBaseUrl);
		map.from(connectionDetails::getRestBaseUrl).to(builder::restBaseUrl);
		map.from(connectionDetails::getCdnBaseUrl).to(builder::cdnBaseUrl);
	}

	/** Calls several observers, ignoring their failures. */
	record CompositeObserver(List<UploadcareObserver> observers) implements UploadcareObserver {

		static UploadcareObserver of(List<UploadcareObserver> observers) {
			return observers.isEmpty() ? UploadcareObserver.NONE
					: (observers.size() == 1) ? observers.get(0) : new CompositeObserver(List.copyOf(observers));
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
