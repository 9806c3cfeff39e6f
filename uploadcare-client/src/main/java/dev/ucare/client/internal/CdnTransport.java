package dev.ucare.client.internal;

import java.net.URI;
import java.util.function.Supplier;

import dev.ucare.client.RetrySettings;
import dev.ucare.client.UploadcareObserver;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.util.function.SingletonSupplier;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;

import tools.jackson.core.type.TypeReference;

/**
 * Sends the CDN's few JSON requests (such as {@code /<uuid>/detect_faces/}): GETs to
 * absolute URLs, retried on 429, 5xx and connection failures, failures mapped like REST
 * answers (a 400 is an invalid request, a 404 a missing file). Sends {@code User-Agent},
 * never credentials. Thread-safe.
 */
public final class CdnTransport {

	/** Built on the first request. */
	private final Supplier<RestClient> client;

	private final Retrying retrying;

	private final Lifecycle lifecycle;

	private final Observations observations;

	public CdnTransport(Supplier<RestClient.Builder> builder, RetrySettings retry, UploadcareObserver observer,
			Lifecycle lifecycle, Observations observations) {
		this.retrying = new Retrying(retry, "cdn", observer);
		this.lifecycle = lifecycle;
		this.observations = observations;
		this.client = SingletonSupplier.of(() -> builder.get().clone().build());
	}

	/** Observes the operations sent through this transport. */
	public Observations observations() {
		return observations;
	}

	/**
	 * {@code GET url} read as JSON {@code type}; {@code call} (a path such as
	 * {@code /<uuid>/detect_faces/}) names it in errors, {@code template} (such as
	 * {@code /{uuid}/detect_faces/}) in observations.
	 */
	public <T> T getJson(String call, String template, URI url, TypeReference<T> type) {
		lifecycle.ensureOpen();
		byte[] body = retrying.call(true, () -> getOnce(call, template, url));
		return RestTransport.read(RestRequest.get(call), body, type);
	}

	private byte[] getOnce(String call, String template, URI url) {
		lifecycle.ensureOpen();
		try {
			return observations.uri(client.get().get(), template, url)
				.accept(MediaType.APPLICATION_JSON)
				.exchange((req, res) -> {
					int status = res.getStatusCode().value();
					byte[] body = ResponseBodies.read(res);
					observations.answered(status, res.getHeaders());
					if (status >= 400) {
						throw ErrorMapper.rest("GET " + call, status, HttpHeaders.readOnlyHttpHeaders(res.getHeaders()),
								body);
					}
					return body;
				});
		}
		catch (ResourceAccessException ex) {
			throw ErrorMapper.network("GET " + call, url, ex);
		}
	}

}
