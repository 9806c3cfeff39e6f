package dev.ucare.client.testing;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * The request half of a recorded interaction, exactly as stored in the cassette.
 *
 * @param method HTTP method, upper case ({@code GET}, {@code POST}, ...)
 * @param uri absolute URI as recorded, e.g. {@code https://upload.uploadcare.com/base/}
 * @param headers recorded request headers, case-insensitive keys (auth was filtered out
 * at recording time)
 * @param body recorded body as text; empty when the request had none. May be an
 * abbreviation such as {@code removed vcr body due to big file size} (see
 * {@link #isBodyAbbreviated()})
 */
public record RecordedRequest(String method, URI uri, Map<String, List<String>> headers, String body) {

	public RecordedRequest {
		headers = WireFormat.caseInsensitive(headers);
		body = body == null ? "" : body;
	}

	/** Host of the recorded URI, e.g. {@code api.uploadcare.com}. */
	public String host() {
		return uri.getHost();
	}

	/**
	 * Raw (still percent-encoded) path, e.g. {@code /files/a55d.../metadata/-:45az_/}.
	 */
	public String rawPath() {
		return uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
	}

	/** Percent-decoded path. */
	public String path() {
		return WireFormat.decodePath(rawPath());
	}

	/** Raw query string without {@code ?}, or null. */
	public String rawQuery() {
		return uri.getRawQuery();
	}

	/** Decoded query parameters (insertion-ordered multimap). */
	public Map<String, List<String>> queryParameters() {
		return WireFormat.decodeForm(rawQuery());
	}

	/** First value of a header (case-insensitive), or null. */
	public String header(String name) {
		return WireFormat.firstHeader(headers, name);
	}

	/** Full recorded {@code Content-Type}, or null. */
	public String contentType() {
		return header("Content-Type");
	}

	/** {@code Content-Type} without parameters, lower case, or null. */
	public String baseContentType() {
		return WireFormat.baseType(contentType());
	}

	/** The body as UTF-8 bytes. */
	public byte[] bodyBytes() {
		return body.getBytes(StandardCharsets.UTF_8);
	}

	/** Recorded {@code Content-Length} header, or -1 when absent/unparseable. */
	public long recordedContentLength() {
		String value = header("Content-Length");
		if (value == null) {
			return -1;
		}
		try {
			return Long.parseLong(value.trim());
		}
		catch (NumberFormatException e) {
			return -1;
		}
	}

	/**
	 * True when the recorded body is not the real body: either the VCR placeholder text
	 * ({@code removed vcr body ...}), or a non-JSON, non-form body whose length differs
	 * from the recorded {@code Content-Length}. JSON and urlencoded bodies are never
	 * treated as abbreviated (secrets were edited inside them at recording time, which
	 * changed their length but not their structure).
	 */
	public boolean isBodyAbbreviated() {
		if (body.startsWith("removed vcr body")) {
			return true;
		}
		String base = baseContentType();
		if (WireFormat.isJson(base) || WireFormat.isForm(base)) {
			return false;
		}
		long length = recordedContentLength();
		return length >= 0 && length != bodyBytes().length;
	}

	/** {@code METHOD uri} for messages. */
	@Override
	public String toString() {
		return method + " " + uri;
	}
}
