package dev.ucare.client.internal;

import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import java.util.Objects;

import dev.ucare.client.AuthScheme;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpRequest;
import org.springframework.http.MediaType;
import org.springframework.http.client.ClientHttpRequestExecution;
import org.springframework.http.client.ClientHttpRequestInterceptor;
import org.springframework.http.client.ClientHttpResponse;
import org.springframework.util.Assert;

/**
 * Adds the REST API's version, content type, date and authorization headers to each
 * request, signing the body bytes and URI that are actually sent. Runs on every attempt,
 * so retries carry a fresh {@code Date}.
 */
final class RestAuthInterceptor implements ClientHttpRequestInterceptor {

	static final String ACCEPT = "application/vnd.uploadcare-v0.7+json";

	private final Credentials credentials;

	private final AuthScheme scheme;

	private final Clock clock;

	RestAuthInterceptor(Credentials credentials, AuthScheme scheme, Clock clock) {
		this.credentials = credentials;
		this.scheme = scheme;
		this.clock = clock;
	}

	@Override
	public ClientHttpResponse intercept(HttpRequest request, byte[] body, ClientHttpRequestExecution execution)
			throws IOException {
		HttpHeaders headers = request.getHeaders();
		headers.set(HttpHeaders.ACCEPT, ACCEPT);
		if (headers.getContentType() == null) {
			headers.setContentType(MediaType.APPLICATION_JSON);
		}
		// the transport sends nothing without a secret key
		String secretKey = credentials.secretKey();
		Assert.state(secretKey != null, "REST requests need the secret key");
		if (scheme == AuthScheme.SIMPLE) {
			headers.set(HttpHeaders.AUTHORIZATION, "Uploadcare.Simple " + credentials.publicKey() + ":" + secretKey);
		}
		else {
			String date = RequestSigner.formatDate(clock.instant());
			headers.set(HttpHeaders.DATE, date);
			String contentType = Objects.requireNonNullElse(headers.getFirst(HttpHeaders.CONTENT_TYPE),
					MediaType.APPLICATION_JSON_VALUE);
			String signature = RequestSigner.sign(secretKey, request.getMethod().name(), body, contentType, date,
					signedUri(request.getURI()));
			headers.set(HttpHeaders.AUTHORIZATION, "Uploadcare " + credentials.publicKey() + ":" + signature);
		}
		return execution.execute(request, body);
	}

	static String signedUri(URI uri) {
		String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
		return uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery();
	}

}
