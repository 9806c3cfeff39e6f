package dev.ucare.client.testing;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A response for {@link ScriptedServer}.
 *
 * @param status HTTP status
 * @param headers response headers (a {@code Content-Length} is added by the server)
 * @param body body bytes (not sent for HEAD, 204 and 304)
 * @param dropsConnection when true the server closes the connection without sending any
 * response
 */
public record ScriptedResponse(int status, Map<String, List<String>> headers, byte[] body, boolean dropsConnection) {

	public ScriptedResponse {
		headers = Map.copyOf(headers);
		body = body == null ? new byte[0] : body;
	}

	/** Response with a text body and no headers. */
	public static ScriptedResponse of(int status, String body) {
		return of(status, Map.of(), body);
	}

	/** Response with single-valued headers and a UTF-8 text body. */
	public static ScriptedResponse of(int status, Map<String, String> headers, String body) {
		return of(status, headers, body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8));
	}

	/** Response with single-valued headers and a binary body. */
	public static ScriptedResponse of(int status, Map<String, String> headers, byte[] body) {
		Map<String, List<String>> multi = new LinkedHashMap<>();
		headers.forEach((k, v) -> multi.put(k, List.of(v)));
		return new ScriptedResponse(status, multi, body, false);
	}

	/** Response with {@code Content-Type: application/json}. */
	public static ScriptedResponse json(int status, String json) {
		return of(status, Map.of("Content-Type", "application/json"), json);
	}

	/** Response without body (e.g. 204). */
	public static ScriptedResponse empty(int status) {
		return of(status, Map.of(), new byte[0]);
	}

	/**
	 * The server cuts the connection instead of answering: the client gets an
	 * {@link java.io.IOException}.
	 */
	public static ScriptedResponse dropConnection() {
		return new ScriptedResponse(0, Map.of(), new byte[0], true);
	}

	/** A copy with one more header value. */
	public ScriptedResponse withHeader(String name, String value) {
		Map<String, List<String>> copy = new LinkedHashMap<>(headers);
		copy.merge(name, List.of(value), (a, b) -> {
			List<String> merged = new java.util.ArrayList<>(a);
			merged.addAll(b);
			return List.copyOf(merged);
		});
		return new ScriptedResponse(status, copy, body, dropsConnection);
	}

	/** Body decoded as UTF-8. */
	public String bodyAsString() {
		return new String(body, StandardCharsets.UTF_8);
	}
}
