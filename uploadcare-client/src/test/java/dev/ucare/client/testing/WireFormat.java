package dev.ucare.client.testing;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Package-private helpers for decoding the pieces of an HTTP request (forms, queries,
 * paths, multipart).
 */
final class WireFormat {

	private WireFormat() {
	}

	/**
	 * {@code "multipart/form-data; boundary=x"} → {@code "multipart/form-data"}; null
	 * stays null.
	 */
	static String baseType(String contentType) {
		if (contentType == null || contentType.isBlank()) {
			return null;
		}
		int semi = contentType.indexOf(';');
		String base = semi < 0 ? contentType : contentType.substring(0, semi);
		return base.trim().toLowerCase(Locale.ROOT);
	}

	/**
	 * A parameter of a content type, unquoted, e.g. {@code boundary}; null when absent.
	 */
	static String typeParameter(String contentType, String name) {
		if (contentType == null) {
			return null;
		}
		for (String piece : contentType.split(";")) {
			int eq = piece.indexOf('=');
			if (eq > 0 && piece.substring(0, eq).trim().equalsIgnoreCase(name)) {
				String value = piece.substring(eq + 1).trim();
				if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
					value = value.substring(1, value.length() - 1);
				}
				return value;
			}
		}
		return null;
	}

	static boolean isJson(String baseType) {
		return baseType != null && (baseType.equals("application/json") || baseType.endsWith("+json"));
	}

	static boolean isForm(String baseType) {
		return "application/x-www-form-urlencoded".equals(baseType);
	}

	static boolean isMultipart(String baseType) {
		return baseType != null && baseType.startsWith("multipart/");
	}

	/**
	 * Decodes {@code a=1&b=x%20y&a=2} into an insertion-ordered multimap ({@code +} is a
	 * space). A null or empty input gives an empty map.
	 */
	static Map<String, List<String>> decodeForm(String raw) {
		Map<String, List<String>> result = new LinkedHashMap<>();
		if (raw == null || raw.isEmpty()) {
			return result;
		}
		for (String pair : raw.split("&")) {
			if (pair.isEmpty()) {
				continue;
			}
			int eq = pair.indexOf('=');
			String name = eq < 0 ? pair : pair.substring(0, eq);
			String value = eq < 0 ? "" : pair.substring(eq + 1);
			result.computeIfAbsent(decodeFormComponent(name), k -> new ArrayList<>()).add(decodeFormComponent(value));
		}
		return result;
	}

	private static String decodeFormComponent(String s) {
		try {
			return URLDecoder.decode(s, StandardCharsets.UTF_8);
		}
		catch (IllegalArgumentException e) {
			return s; // malformed escape: compare verbatim
		}
	}

	/**
	 * Percent-decodes a raw URI path ({@code +} stays a plus); an empty path becomes
	 * {@code /}.
	 */
	static String decodePath(String rawPath) {
		if (rawPath == null || rawPath.isEmpty()) {
			return "/";
		}
		try {
			return URLDecoder.decode(rawPath.replace("+", "%2B"), StandardCharsets.UTF_8);
		}
		catch (IllegalArgumentException e) {
			return rawPath;
		}
	}

	/** Multimap with the value lists sorted, for order-insensitive comparison. */
	static Map<String, List<String>> sortedValues(Map<String, List<String>> map) {
		Map<String, List<String>> result = new TreeMap<>();
		map.forEach((k, v) -> {
			List<String> copy = new ArrayList<>(v);
			Collections.sort(copy);
			result.put(k, copy);
		});
		return result;
	}

	/** A case-insensitive, unmodifiable copy of a header map. */
	static Map<String, List<String>> caseInsensitive(Map<String, List<String>> headers) {
		TreeMap<String, List<String>> copy = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
		if (headers != null) {
			headers.forEach((k, v) -> copy.merge(k, List.copyOf(v), (a, b) -> {
				List<String> merged = new ArrayList<>(a);
				merged.addAll(b);
				return List.copyOf(merged);
			}));
		}
		return Collections.unmodifiableMap(copy);
	}

	static String firstHeader(Map<String, List<String>> headers, String name) {
		List<String> values = headers.get(name);
		return values == null || values.isEmpty() ? null : values.get(0);
	}

	/** Short printable preview of a body for diagnostics. */
	static String preview(byte[] body) {
		if (body == null || body.length == 0) {
			return "<empty>";
		}
		String text = new String(body, StandardCharsets.UTF_8);
		String shown = text.length() > 300 ? text.substring(0, 300) + "…" : text;
		return "(" + body.length + " bytes) " + shown.replace("\r", "\\r").replace("\n", "\\n");
	}

	// ---------------------------------------------------------------- multipart

	/** One part of a multipart body. {@code filename} is null for plain fields. */
	record Part(String name, String filename, String contentType, byte[] content) {
		boolean isFile() {
			return filename != null;
		}

		String text() {
			return new String(content, StandardCharsets.UTF_8);
		}
	}

	/**
	 * Parsed multipart body. {@code complete} is true only when the closing delimiter was
	 * found, i.e. the body was not truncated.
	 */
	record Multipart(List<Part> parts, boolean complete) {
	}

	private static final Pattern NAME = Pattern
		.compile("(?i)(?:^|;)\\s*name\\s*=\\s*(?:\"((?:[^\"\\\\]|\\\\.)*)\"|([^;\\s]*))");

	private static final Pattern FILENAME = Pattern
		.compile("(?i)(?:^|;)\\s*filename\\s*=\\s*(?:\"((?:[^\"\\\\]|\\\\.)*)\"|([^;\\s]*))");

	/**
	 * Parses a multipart body. When {@code boundary} is null it is guessed from the first
	 * line. Truncated bodies yield the parts that were complete and
	 * {@code complete == false}.
	 */
	static Multipart parseMultipart(byte[] body, String boundary) {
		List<Part> parts = new ArrayList<>();
		if (body == null || body.length == 0) {
			return new Multipart(parts, false);
		}
		String s = new String(body, StandardCharsets.ISO_8859_1);
		if (boundary == null) {
			if (!s.startsWith("--")) {
				return new Multipart(parts, false);
			}
			int eol = s.indexOf("\r\n");
			if (eol < 0) {
				return new Multipart(parts, false);
			}
			boundary = s.substring(2, eol).trim();
		}
		String delimiter = "--" + boundary;
		int pos = s.startsWith(delimiter) ? 0 : s.indexOf("\r\n" + delimiter);
		if (pos < 0) {
			return new Multipart(parts, false);
		}
		if (pos > 0) {
			pos += 2;
		}
		boolean complete = false;
		while (true) {
			pos += delimiter.length();
			if (s.startsWith("--", pos)) {
				complete = true;
				break;
			}
			int lineEnd = s.indexOf("\r\n", pos);
			if (lineEnd < 0) {
				break;
			}
			int headersStart = lineEnd + 2;
			int headersEnd = s.indexOf("\r\n\r\n", headersStart - 2);
			if (headersEnd < 0) {
				break;
			}
			String headerBlock = headersEnd < headersStart ? "" : s.substring(headersStart, headersEnd);
			int contentStart = headersEnd + 4;
			int next = s.indexOf("\r\n" + delimiter, contentStart);
			if (next < 0) {
				break; // truncated part: ignore it
			}
			String name = null;
			String filename = null;
			String contentType = null;
			for (String line : headerBlock.split("\r\n")) {
				int colon = line.indexOf(':');
				if (colon < 0) {
					continue;
				}
				String headerName = line.substring(0, colon).trim();
				String value = new String(line.substring(colon + 1).trim().getBytes(StandardCharsets.ISO_8859_1),
						StandardCharsets.UTF_8);
				if (headerName.equalsIgnoreCase("Content-Disposition")) {
					name = attribute(NAME, value);
					filename = attribute(FILENAME, value);
				}
				else if (headerName.equalsIgnoreCase("Content-Type")) {
					contentType = value;
				}
			}
			byte[] content = s.substring(contentStart, next).getBytes(StandardCharsets.ISO_8859_1);
			parts.add(new Part(name, filename, contentType, content));
			pos = next + 2;
		}
		return new Multipart(List.copyOf(parts), complete);
	}

	private static String attribute(Pattern pattern, String disposition) {
		Matcher m = pattern.matcher(disposition);
		if (!m.find()) {
			return null;
		}
		return m.group(1) != null ? m.group(1).replace("\\\"", "\"").replace("\\\\", "\\") : m.group(2);
	}

}
