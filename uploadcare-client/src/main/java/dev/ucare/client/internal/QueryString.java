package dev.ucare.client.internal;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.StringJoiner;

import org.jspecify.annotations.Nullable;

/**
 * An ordered query string, encoded once (RFC 3986 style, space as {@code %20}) so that
 * the signed string and the wire carry exactly the same characters. Null values are
 * skipped.
 */
public final class QueryString {

	private final Map<String, String> params = new LinkedHashMap<>();

	public QueryString add(String name, @Nullable Object value) {
		if (value != null) {
			params.put(name, String.valueOf(value));
		}
		return this;
	}

	public boolean isEmpty() {
		return params.isEmpty();
	}

	/**
	 * The encoded form without a leading {@code ?}; empty when there are no parameters.
	 */
	public String encode() {
		StringJoiner joiner = new StringJoiner("&");
		params.forEach((name, value) -> joiner.add(encode(name) + "=" + encode(value)));
		return joiner.toString();
	}

	/** {@code fields} as an {@code application/x-www-form-urlencoded} body. */
	public static byte[] form(Map<String, String> fields) {
		StringJoiner joiner = new StringJoiner("&");
		fields.forEach((name, value) -> joiner.add(encode(name) + "=" + encode(value)));
		return joiner.toString().getBytes(java.nio.charset.StandardCharsets.US_ASCII);
	}

	static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
	}

	@Override
	public String toString() {
		return encode();
	}

}
