package dev.ucare.client.testing;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * A request as it actually arrived at {@link ReplayServer} or {@link ScriptedServer}.
 *
 * @param method HTTP method as sent
 * @param rawPath raw (percent-encoded) path, e.g. {@code /files/x/metadata/key%20a/}
 * @param rawQuery raw query without {@code ?}, or null
 * @param headers request headers, case-insensitive keys
 * @param body request body bytes (empty array when none)
 */
public record ReceivedRequest(String method, String rawPath, String rawQuery, Map<String, List<String>> headers,
		byte[] body) {

	public ReceivedRequest {
		headers = WireFormat.caseInsensitive(headers);
		body = body == null ? new byte[0] : body;
	}

	/** First value of a header (case-insensitive), or null. */
	public String header(String name) {
		return WireFormat.firstHeader(headers, name);
	}

	/** {@code Content-Type} header, or null. */
	public String contentType() {
		return header("Content-Type");
	}

	/** Percent-decoded path. */
	public String path() {
		return WireFormat.decodePath(rawPath);
	}

	/** Decoded query parameters (insertion-ordered multimap). */
	public Map<String, List<String>> queryParameters() {
		return WireFormat.decodeForm(rawQuery);
	}

	/** Body decoded as UTF-8. */
	public String bodyAsString() {
		return new String(body, StandardCharsets.UTF_8);
	}

	/** Decoded {@code application/x-www-form-urlencoded} body fields. */
	public Map<String, List<String>> formFields() {
		return WireFormat.decodeForm(bodyAsString());
	}

	/** Raw path plus {@code ?query} when present. */
	public String rawPathAndQuery() {
		return rawQuery == null ? rawPath : rawPath + "?" + rawQuery;
	}

	@Override
	public boolean equals(Object o) {
		return o instanceof ReceivedRequest r && method.equals(r.method) && rawPath.equals(r.rawPath)
				&& java.util.Objects.equals(rawQuery, r.rawQuery) && headers.equals(r.headers)
				&& Arrays.equals(body, r.body);
	}

	@Override
	public int hashCode() {
		return java.util.Objects.hash(method, rawPath, rawQuery, Arrays.hashCode(body));
	}

	@Override
	public String toString() {
		return method + " " + rawPathAndQuery() + " " + WireFormat.preview(body);
	}
}
