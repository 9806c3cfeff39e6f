package dev.ucare.client.internal;

import java.net.URI;
import java.util.Objects;
import java.util.function.Supplier;
import java.time.Clock;

import dev.ucare.client.AuthScheme;
import dev.ucare.client.RetrySettings;
import dev.ucare.client.UploadcareConfigurationException;
import dev.ucare.client.UploadcareException;
import dev.ucare.client.UploadcareObserver;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.util.function.SingletonSupplier;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;

import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.JsonNode;

/**
 * Sends REST API v0.7 requests: signs them, retries per {@link RetrySettings}, maps
 * failures to typed exceptions and reads JSON bodies. Thread-safe. Without a secret key
 * every call fails at once with a clear message (upload-only mode).
 */
public final class RestTransport {

	/** Built on the first request. */
	private final Supplier<RestClient> client;

	private final URI baseUrl;

	private final Retrying retrying;

	private final boolean configured;

	private final Lifecycle lifecycle;

	private final Observations observations;

	public RestTransport(Supplier<RestClient.Builder> builder, URI baseUrl, Credentials credentials, AuthScheme scheme,
			RetrySettings retry, Clock clock, UploadcareObserver observer, Lifecycle lifecycle,
			Observations observations) {
		this.baseUrl = baseUrl;
		this.lifecycle = lifecycle;
		this.observations = observations;
		this.configured = credentials.hasSecret();
		this.retrying = new Retrying(retry, "rest", observer);
		this.client = SingletonSupplier.of(() -> builder.get()
			.clone()
			.requestInterceptor(new RestAuthInterceptor(credentials, scheme, clock))
			.build());
	}

	/**
	 * Sends {@code request}, retrying as configured; returns the response of a 2xx
	 * answer.
	 */
	public RestResponse send(RestRequest request) {
		lifecycle.ensureOpen();
		if (!configured) {
			throw new UploadcareConfigurationException(request.describe()
					+ " needs the project's secret key: set it on the client (uploadcare.secret-key in Spring Boot); "
					+ "without it only uploads and CDN URLs are available");
		}
		return retrying.call(request.idempotent(), () -> sendOnce(request));
	}

	/** Sends {@code request} and reads the JSON answer as {@code type}. */
	public <T> T send(RestRequest request, Class<T> type) {
		return read(request, send(request).body(), type);
	}

	/** Sends {@code request} and reads the JSON answer as {@code type}. */
	public <T> T send(RestRequest request, TypeReference<T> type) {
		return read(request, send(request).body(), type);
	}

	/**
	 * Sends {@code request} and reads the JSON answer as {@code type}, with {@code fast}
	 * when it is sure of the mapper's result.
	 */
	public <T> T send(RestRequest request, FastReader<T> fast, Class<T> type) {
		return read(request, send(request).body(), fast, type);
	}

	/**
	 * Sends {@code request} and reads the JSON answer as {@code type}, with {@code fast}
	 * when it is sure of the mapper's result.
	 */
	public <T> T send(RestRequest request, FastReader<T> fast, TypeReference<T> type) {
		return read(request, send(request).body(), fast, type);
	}

	/**
	 * Reads a JSON body as {@code type}, with a typed error naming the call when it
	 * cannot.
	 */
	public static <T> T read(RestRequest request, byte[] body, Class<T> type) {
		return read(request, body, FastReader.none(), type);
	}

	/**
	 * Reads a JSON body as {@code type}, with a typed error naming the call when it
	 * cannot.
	 */
	public static <T> T read(RestRequest request, byte[] body, TypeReference<T> type) {
		return read(request, body, FastReader.none(), type);
	}

	/**
	 * Reads a JSON body as {@code type}, with {@code fast} when it is sure of the
	 * mapper's result, with a typed error naming the call when it cannot.
	 */
	public static <T> T read(RestRequest request, byte[] body, FastReader<T> fast, Class<T> type) {
		return read(request, () -> Json.read(body, fast, type));
	}

	/**
	 * Reads a JSON body as {@code type}, with {@code fast} when it is sure of the
	 * mapper's result, with a typed error naming the call when it cannot.
	 */
	public static <T> T read(RestRequest request, byte[] body, FastReader<T> fast, TypeReference<T> type) {
		return read(request, () -> Json.read(body, fast, type));
	}

	/**
	 * Reads a part of a JSON answer as {@code type}, with a typed error naming the call
	 * when it cannot (a missing part included).
	 */
	public static <T> T read(RestRequest request, JsonNode node, Class<T> type) {
		return read(request, () -> node.isMissingNode() ? null : Json.mapper().treeToValue(node, type));
	}

	/**
	 * What {@code reader} reads, unless Jackson read the JSON {@code null} as
	 * {@code null} (no call answers with a value that may be {@code null}) or cannot read
	 * it: then a typed error naming the call.
	 */
	private static <T> T read(RestRequest request, Reader<T> reader) {
		T value;
		try {
			value = reader.read();
		}
		catch (JacksonException ex) {
			throw new UploadcareException(
					request.describe() + " returned a body that is not the expected JSON: " + ex.getOriginalMessage(),
					ex);
		}
		if (value == null) {
			throw new UploadcareException(request.describe() + " returned a body that is not the expected JSON: null");
		}
		return value;
	}

	/** Reads a value with Jackson. */
	@FunctionalInterface
	private interface Reader<T> {

		@Nullable T read();

	}

	/**
	 * The path and query of an absolute {@code next}/{@code previous} link, so that
	 * paging follows the server's cursor verbatim while staying on the configured base
	 * URL.
	 */
	public static RestRequest followLink(String link) {
		URI uri = URI.create(link);
		return new RestRequest(org.springframework.http.HttpMethod.GET, uri.getRawPath(),
				uri.getRawQuery() == null ? "" : uri.getRawQuery(), null, null);
	}

	private RestResponse sendOnce(RestRequest request) {
		lifecycle.ensureOpen();
		URI uri = baseUrl.resolve(request.pathAndQuery().substring(1));
		try {
			RestClient.RequestBodySpec spec = observations.uri(client.get().method(request.method()),
					request.template(), uri);
			byte[] body = request.body();
			if (body != null) {
				spec.contentType(Objects.requireNonNullElse(request.contentType(), MediaType.APPLICATION_JSON))
					.body(body);
			}
			RestResponse response = spec.exchange((req, res) -> new RestResponse(res.getStatusCode().value(),
					HttpHeaders.readOnlyHttpHeaders(res.getHeaders()), ResponseBodies.read(res)));
			observations.answered(response.status(), response.headers());
			if (response.status() >= 400) {
				throw ErrorMapper.rest(request.describe(), response.status(), response.headers(), response.body());
			}
			return response;
		}
		catch (ResourceAccessException ex) {
			throw ErrorMapper.network(request.describe(), uri, ex);
		}
	}

	public URI baseUrl() {
		return baseUrl;
	}

	/** Observes the operations sent through this transport. */
	public Observations observations() {
		return observations;
	}

}
