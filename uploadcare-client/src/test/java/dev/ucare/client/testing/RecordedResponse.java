package dev.ucare.client.testing;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * The response half of a recorded interaction.
 *
 * <p>
 * Note that recorded headers describe the original wire encoding: many responses carry
 * {@code Content-Encoding: gzip} / {@code Transfer-Encoding: chunked} while the stored
 * {@link #body()} is the already-decoded text. {@link ReplayServer} therefore never
 * replays those framing headers.
 *
 * @param status HTTP status code ({@code status.code} or {@code status_code} in the
 * cassette)
 * @param headers recorded response headers, case-insensitive keys
 * @param body response body text ({@code body.string} or {@code content} in the
 * cassette), never null
 */
public record RecordedResponse(int status, Map<String, List<String>> headers, String body) {

	public RecordedResponse {
		headers = WireFormat.caseInsensitive(headers);
		body = body == null ? "" : body;
	}

	/** First value of a header (case-insensitive), or null. */
	public String header(String name) {
		return WireFormat.firstHeader(headers, name);
	}

	/**
	 * Recorded {@code Content-Type}, or null (e.g. for 204 and S3 part PUT responses).
	 */
	public String contentType() {
		return header("Content-Type");
	}

	/**
	 * The body as UTF-8 bytes (what {@link ReplayServer} sends, before URL rewriting).
	 */
	public byte[] bodyBytes() {
		return body.getBytes(StandardCharsets.UTF_8);
	}
}
