package dev.ucare.testsupport;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * A response a {@link StubServer} sends.
 *
 * @param status HTTP status
 * @param headers response headers ({@code Content-Length} is added by the server)
 * @param body body bytes (not sent for HEAD, 204 and 304)
 * @param delay how long the server waits before answering (cut short when it stops)
 * @param dropsConnection whether the server closes the connection without answering
 */
public record Response(int status, Map<String, List<String>> headers, byte[] body, Duration delay,
		boolean dropsConnection) {

	/** A response; a {@code null} body reads as empty, a {@code null} delay as none. */
	public Response(int status, Map<String, List<String>> headers, byte @Nullable [] body, @Nullable Duration delay,
			boolean dropsConnection) {
		this.status = status;
		this.headers = Map.copyOf(headers);
		this.body = (body != null) ? body : new byte[0];
		this.delay = (delay != null) ? delay : Duration.ZERO;
		this.dropsConnection = dropsConnection;
	}

	/** A text body, UTF-8, no headers; {@code null} for none. */
	public static Response of(int status, @Nullable String body) {
		return new Response(status, Map.of(), body == null ? null : body.getBytes(StandardCharsets.UTF_8), null, false);
	}

	/** A body with {@code Content-Type: application/json}. */
	public static Response json(int status, String json) {
		return of(status, json).withHeader("Content-Type", "application/json");
	}

	/** No body, e.g. a 204. */
	public static Response empty(int status) {
		return of(status, null);
	}

	/** The connection is closed without an answer: the client sees an I/O error. */
	public static Response dropConnection() {
		return new Response(0, Map.of(), null, null, true);
	}

	/** A copy with one more header value. */
	public Response withHeader(String name, String value) {
		Map<String, List<String>> copy = new LinkedHashMap<>(headers);
		List<String> values = new ArrayList<>(copy.getOrDefault(name, List.of()));
		values.add(value);
		copy.put(name, List.copyOf(values));
		return new Response(status, copy, body, delay, dropsConnection);
	}

	/** A copy sent after {@code delay}. */
	public Response delayed(Duration delay) {
		return new Response(status, headers, body, delay, dropsConnection);
	}

	/** The body as UTF-8 text. */
	public String bodyAsString() {
		return StubServer.utf8(body);
	}

}
