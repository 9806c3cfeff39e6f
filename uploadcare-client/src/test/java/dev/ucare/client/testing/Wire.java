package dev.ucare.client.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Test helper: re-sends recorded requests with {@link HttpClient}. */
final class Wire {

	static final HttpClient CLIENT = HttpClient.newBuilder()
		.version(HttpClient.Version.HTTP_1_1)
		.connectTimeout(Duration.ofSeconds(5))
		.build();

	private Wire() {
	}

	/**
	 * The body the recorded request really had: placeholder bodies are replaced by
	 * Content-Length zero bytes.
	 */
	static byte[] realisticBody(RecordedRequest recorded) {
		if (recorded.isBodyAbbreviated() && recorded.recordedContentLength() >= 0) {
			return new byte[(int) recorded.recordedContentLength()];
		}
		return recorded.bodyBytes();
	}

	/** The recorded request as if it had been received verbatim. */
	static ReceivedRequest asReceived(RecordedRequest recorded) {
		Map<String, List<String>> headers = new LinkedHashMap<>(recorded.headers());
		return new ReceivedRequest(recorded.method(), recorded.rawPath(), recorded.rawQuery(), headers,
				realisticBody(recorded));
	}

	static URI target(String baseUrl, RecordedRequest recorded) {
		String query = recorded.rawQuery() == null ? "" : "?" + recorded.rawQuery();
		return URI.create(baseUrl + recorded.rawPath().substring(1) + query);
	}

	static HttpResponse<byte[]> send(URI uri, String method, String contentType, byte[] body) {
		HttpRequest.Builder builder = HttpRequest.newBuilder(uri)
			.timeout(Duration.ofSeconds(30))
			.method(method, body.length == 0 ? HttpRequest.BodyPublishers.noBody()
					: HttpRequest.BodyPublishers.ofByteArray(body));
		if (contentType != null) {
			builder.header("Content-Type", contentType);
		}
		try {
			return CLIENT.send(builder.build(), HttpResponse.BodyHandlers.ofByteArray());
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		}
	}

	/** Replays a recorded request against {@code baseUrl}. */
	static HttpResponse<byte[]> replay(String baseUrl, RecordedRequest recorded) {
		return send(target(baseUrl, recorded), recorded.method(), recorded.contentType(), realisticBody(recorded));
	}

}
