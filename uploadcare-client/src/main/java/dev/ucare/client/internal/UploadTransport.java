package dev.ucare.client.internal;

import java.net.URI;
import java.util.function.Supplier;
import java.util.Map;

import dev.ucare.client.RetrySettings;
import dev.ucare.client.UploadcareException;
import dev.ucare.client.UploadcareObserver;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.StreamingHttpOutputMessage;
import org.springframework.util.function.SingletonSupplier;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * Sends Upload API requests. Uses its own {@link RestClient} cloned from the configured
 * builder and adds no interceptor: with none, Spring streams request bodies from their
 * source instead of copying them into memory. (A builder that already carries
 * interceptors or {@code bufferContent} makes Spring buffer each request body: memory
 * then stays bounded by part size × concurrency, but no longer constant.) Sends
 * {@code User-Agent}, never REST auth headers. Errors come either as an HTTP status with
 * a plain-text body or as a 200 whose JSON has an {@code error} object
 * ({@code jsonerrors=1}); both are mapped by {@link ErrorMapper}. Retries follow
 * {@link Retrying}: POSTs only on 429, part PUTs and GETs also on 5xx and connection
 * failures. Thread-safe.
 */
public final class UploadTransport {

	/** The {@code uri} of the parts' {@code http.client.requests} observations. */
	static final String PART_URI_TEMPLATE = "{part_url}";

	/** Built on the first request. */
	private final Supplier<RestClient> client;

	private final URI baseUrl;

	private final Retrying retrying;

	private final Lifecycle lifecycle;

	private final Observations observations;

	public UploadTransport(Supplier<RestClient.Builder> builder, URI baseUrl, RetrySettings retry,
			UploadcareObserver observer, Lifecycle lifecycle, Observations observations) {
		this.baseUrl = baseUrl;
		this.lifecycle = lifecycle;
		this.observations = observations;
		this.retrying = new Retrying(retry, "upload", observer);
		this.client = SingletonSupplier.of(() -> builder.get().clone().build());
	}

	/** The Upload API base URL. */
	public URI baseUrl() {
		return baseUrl;
	}

	/** Observes the operations sent through this transport. */
	public Observations observations() {
		return observations;
	}

	/** {@code GET path?query}; retried on 429, 5xx and connection failures. */
	public JsonNode get(String path, QueryString query) {
		URI uri = baseUrl.resolve(path + (query.isEmpty() ? "" : "?" + query.encode()));
		return retrying.call(true,
				() -> exchange("GET /" + path, uri, observations.uri(client.get().get(), "/" + path, uri)));
	}

	/**
	 * {@code POST path} with an {@code application/x-www-form-urlencoded} body; retried
	 * only on 429.
	 */
	public JsonNode postForm(String path, Map<String, String> fields) {
		byte[] body = QueryString.form(fields);
		URI uri = baseUrl.resolve(path);
		return retrying.call(false,
				() -> exchange("POST /" + path, uri,
						observations.uri(client.get().post(), "/" + path, uri)
							.contentType(MediaType.APPLICATION_FORM_URLENCODED)
							.contentLength(body.length)
							.body(body)));
	}

	/**
	 * {@code POST path} with a streamed {@code multipart/form-data} body; retried only on
	 * 429.
	 */
	public JsonNode postMultipart(String path, MultipartFormBody form) {
		URI uri = baseUrl.resolve(path);
		return retrying.call(false,
				() -> exchange("POST /" + path, uri,
						observations.uri(client.get().post(), "/" + path, uri)
							.contentType(form.contentType())
							.contentLength(form.contentLength())
							.body(form::writeTo)));
	}

	/**
	 * {@code PUT} of one multipart part to the absolute URL the server returned, body
	 * streamed from {@code body} (written again on each retry). Retried on 429, 5xx and
	 * connection failures with a budget of its own. Its {@code http.client.requests} URI
	 * template is {@value #PART_URI_TEMPLATE}: each part has a URL of its own.
	 */
	public void putPart(String call, URI url, String contentType, long length, StreamingHttpOutputMessage.Body body) {
		retrying.call(true,
				() -> exchange(call, url,
						observations.uri(client.get().method(HttpMethod.PUT), PART_URI_TEMPLATE, url)
							.contentType(MediaType.parseMediaType(contentType))
							.contentLength(length)
							.body(body)));
	}

	private JsonNode exchange(String call, URI target, RestClient.RequestHeadersSpec<?> spec) {
		lifecycle.ensureOpen();
		try {
			return spec.exchange((request, response) -> {
				int status = response.getStatusCode().value();
				HttpHeaders headers = HttpHeaders.readOnlyHttpHeaders(response.getHeaders());
				byte[] body = ResponseBodies.read(response);
				observations.answered(status, headers);
				if (status >= 400) {
					throw ErrorMapper.upload(call, status, headers, body);
				}
				JsonNode json = parse(call, headers, body);
				UploadcareException hidden = ErrorMapper.uploadJsonError(call, headers, json);
				if (hidden != null) {
					throw hidden;
				}
				return json;
			});
		}
		catch (ResourceAccessException ex) {
			throw ErrorMapper.network(call, target, ex);
		}
	}

	private static JsonNode parse(String call, HttpHeaders headers, byte[] body) {
		MediaType type = headers.getContentType();
		boolean json = type != null
				&& (type.isCompatibleWith(MediaType.APPLICATION_JSON) || type.getSubtype().endsWith("+json"));
		if (body.length == 0 || (!json && body[0] != '{' && body[0] != '[')) {
			return JsonNodeFactory.instance.nullNode();
		}
		try {
			return Json.tree(body);
		}
		catch (JacksonException ex) {
			throw new UploadcareException(call + " returned a body that is not JSON: " + ex.getOriginalMessage(), ex);
		}
	}

}
