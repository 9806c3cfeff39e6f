package dev.ucare.testsupport;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

import org.jspecify.annotations.Nullable;

/**
 * A request as it arrived at a {@link StubServer}.
 *
 * @param method HTTP method as sent
 * @param rawPath raw (percent-encoded) path
 * @param rawQuery raw query without {@code ?}, or {@code null}
 * @param headers request headers, case-insensitive names
 * @param body body bytes (empty when none)
 */
public record Request(String method, String rawPath, @Nullable String rawQuery, Map<String, List<String>> headers,
		byte[] body) {

	/** A request; {@code null} headers read as none, a {@code null} body as empty. */
	public Request(String method, String rawPath, @Nullable String rawQuery,
			@Nullable Map<String, List<String>> headers, byte @Nullable [] body) {
		this.method = method;
		this.rawPath = rawPath;
		this.rawQuery = rawQuery;
		TreeMap<String, List<String>> copy = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
		if (headers != null) {
			headers.forEach((name, values) -> copy.merge(name, List.copyOf(values), (a, b) -> {
				List<String> all = new ArrayList<>(a);
				all.addAll(b);
				return List.copyOf(all);
			}));
		}
		this.headers = Collections.unmodifiableMap(copy);
		this.body = (body != null) ? body : new byte[0];
	}

	/** First value of a header, or {@code null}. */
	public @Nullable String header(String name) {
		List<String> values = headers.get(name);
		return values == null || values.isEmpty() ? null : values.get(0);
	}

	/** {@code Content-Type}, or {@code null}. */
	public @Nullable String contentType() {
		return header("Content-Type");
	}

	/** Percent-decoded path ({@code +} stays a plus). */
	public String path() {
		return URLDecoder.decode(rawPath.replace("+", "%2B"), StandardCharsets.UTF_8);
	}

	/** Raw path plus {@code ?query} when there is one. */
	public String rawPathAndQuery() {
		return rawQuery == null ? rawPath : rawPath + "?" + rawQuery;
	}

	/** The decoded query parameters, in order. */
	public Map<String, List<String>> queryParameters() {
		return decodeForm(rawQuery);
	}

	/** The body as UTF-8 text. */
	public String bodyAsString() {
		return StubServer.utf8(body);
	}

	/**
	 * The decoded fields of an {@code application/x-www-form-urlencoded} body, in order.
	 */
	public Map<String, List<String>> formFields() {
		return decodeForm(bodyAsString());
	}

	/**
	 * Decodes {@code a=1&b=x%20y&a=2} into an ordered multimap ({@code +} is a space);
	 * {@code null} or empty gives an empty map.
	 */
	public static Map<String, List<String>> decodeForm(@Nullable String raw) {
		Map<String, List<String>> fields = new LinkedHashMap<>();
		if (raw == null || raw.isEmpty()) {
			return fields;
		}
		for (String pair : raw.split("&")) {
			if (!pair.isEmpty()) {
				int eq = pair.indexOf('=');
				fields.computeIfAbsent(decode(eq < 0 ? pair : pair.substring(0, eq)), key -> new ArrayList<>())
					.add(eq < 0 ? "" : decode(pair.substring(eq + 1)));
			}
		}
		return fields;
	}

	private static String decode(String text) {
		try {
			return URLDecoder.decode(text, StandardCharsets.UTF_8);
		}
		catch (IllegalArgumentException malformed) {
			return text;
		}
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof Request r && method.equals(r.method) && rawPath.equals(r.rawPath)
				&& Objects.equals(rawQuery, r.rawQuery) && headers.equals(r.headers) && Arrays.equals(body, r.body);
	}

	@Override
	public int hashCode() {
		return Objects.hash(method, rawPath, rawQuery, Arrays.hashCode(body));
	}

	@Override
	public String toString() {
		String text = bodyAsString();
		return method + " " + rawPathAndQuery() + (body.length == 0 ? ""
				: " (" + body.length + " bytes) " + (text.length() > 200 ? text.substring(0, 200) + "…" : text));
	}

}
