package dev.ucare.client.testing;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.ucare.client.testing.Cassette.Recorded;
import dev.ucare.testsupport.Request;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Whether a request the client sent has the wire format of a recorded one (see
 * {@code recordings/README.md}): method; decoded path (hosts are ignored); decoded query,
 * in any order; base content type; and the body: JSON by tree (top-level keys subject to
 * {@link MatchOptions}), forms as decoded multimaps in any order, multipart by field
 * names and plain values with file parts compared by {@code filename} only (never
 * content), other bodies byte for byte. A recorded body the VCR abbreviated is matched
 * leniently: a placeholder by its {@code Content-Length}, a truncated multipart body by
 * the parts it kept. Authorization, dates, user agents and boundaries are never compared.
 */
public final class RequestAssertions {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final Pattern DISPOSITION = Pattern.compile("(?i)\\b(name|filename)=\"((?:[^\"\\\\]|\\\\.)*)\"");

	private RequestAssertions() {
	}

	/** Every difference, one line each; empty when the request matches. */
	public static List<String> differences(Recorded recorded, Request actual, MatchOptions options) {
		Request expected = recorded.asRequest();
		List<String> diffs = new ArrayList<>();
		if (!expected.method().equals(actual.method())) {
			diffs.add("method: expected " + expected.method() + " but was " + actual.method());
		}
		if (!expected.path().equals(actual.path())) {
			diffs.add("path: expected " + expected.path() + " but was " + actual.path());
		}
		compare("query parameter", expected.queryParameters(), actual.queryParameters(), options, false, diffs);
		String type = baseType(expected.contentType());
		String actualType = baseType(actual.contentType());
		if (type == null && recorded.body().isEmpty()) {
			if (actual.body().length > 0) {
				diffs.add("body: expected none but was " + actual);
			}
		}
		else if (type != null && !type.equals(actualType)) {
			diffs.add("content type: expected " + type + " but was " + actualType);
		}
		else if (recorded.bodyAbbreviated() && !(type != null && type.startsWith("multipart/"))) {
			if (recorded.contentLength() >= 0 && actual.body().length != recorded.contentLength()) {
				diffs.add("body length: the recording keeps only its Content-Length, " + recorded.contentLength()
						+ ", but was " + actual.body().length);
			}
		}
		else if (type != null && type.contains("json")) {
			compareJson(recorded.body(), actual.bodyAsString(), options, diffs);
		}
		else if ("application/x-www-form-urlencoded".equals(type)) {
			compare("form field", Request.decodeForm(recorded.body()), actual.formFields(), options, false, diffs);
		}
		else if (type != null && type.startsWith("multipart/")) {
			compareMultipart(recorded, actual, options, diffs);
		}
		else if (!Arrays.equals(expected.body(), actual.body())) {
			diffs.add("body: expected " + expected + " but was " + actual);
		}
		return diffs;
	}

	/** {@code multipart/form-data; boundary=x} → {@code multipart/form-data}. */
	static String baseType(String contentType) {
		return contentType == null || contentType.isBlank() ? null
				: contentType.split(";")[0].strip().toLowerCase(Locale.ROOT);
	}

	/** The multimap with its keys and each key's values sorted. */
	static Map<String, List<String>> sorted(Map<String, List<String>> map) {
		Map<String, List<String>> sorted = new TreeMap<>();
		map.forEach((key, values) -> sorted.put(key, values.stream().sorted().toList()));
		return sorted;
	}

	private static void compareJson(String recorded, String actual, MatchOptions options, List<String> diffs) {
		JsonNode expected;
		JsonNode got;
		try {
			expected = JSON.readTree(recorded);
			got = JSON.readTree(actual);
		}
		catch (JacksonException ex) {
			diffs.add("JSON body: expected " + recorded + " but was " + actual);
			return;
		}
		if (!expected.isObject() || !got.isObject()) {
			if (!expected.equals(got)) {
				diffs.add("JSON body: expected " + expected + " but was " + got);
			}
			return;
		}
		TreeSet<String> keys = new TreeSet<>(expected.propertyNames());
		keys.addAll(got.propertyNames());
		for (String key : keys) {
			JsonNode e = expected.get(key);
			JsonNode a = got.get(key);
			if (options.isFieldIgnored(key)) {
				continue;
			}
			if (e == null || a == null) {
				diffs.add("JSON field '" + key + "': expected " + e + " but was " + a);
			}
			else if (!options.isValueIgnored(key) && !e.equals(a)) {
				diffs.add("JSON field '" + key + "': expected " + e + " but was " + a);
			}
		}
	}

	private static void compareMultipart(Recorded recorded, Request actual, MatchOptions options, List<String> diffs) {
		if (recorded.body().isEmpty() || recorded.body().startsWith("removed vcr body")) {
			return; // only the content type can be checked
		}
		Parts expected = parts(recorded.body().getBytes(StandardCharsets.UTF_8), options);
		Parts got = parts(actual.body(), options);
		if (!got.complete()) {
			diffs.add("multipart body: not well-formed: " + actual);
			return;
		}
		// a truncated recording requires only the parts it kept
		compare("multipart part", expected.fields(), got.fields(), options,
				!expected.complete() || recorded.bodyAbbreviated(), diffs);
	}

	private record Parts(Map<String, List<String>> fields, boolean complete) {
	}

	/**
	 * Part name → {@code "value"} for fields, {@code <file filename="...">} for files;
	 * complete when the closing delimiter was found.
	 */
	private static Parts parts(byte[] body, MatchOptions options) {
		String text = new String(body, StandardCharsets.ISO_8859_1);
		Map<String, List<String>> fields = new LinkedHashMap<>();
		int eol = text.indexOf("\r\n");
		if (!text.startsWith("--") || eol < 0) {
			return new Parts(fields, false);
		}
		String delimiter = "\r\n" + text.substring(0, eol);
		int at = eol + 2;
		while (true) {
			int headersEnd = text.indexOf("\r\n\r\n", at);
			int next = headersEnd < 0 ? -1 : text.indexOf(delimiter, headersEnd + 4);
			if (next < 0) {
				return new Parts(fields, false);
			}
			Map<String, String> disposition = new LinkedHashMap<>();
			Matcher m = DISPOSITION.matcher(text.substring(at, headersEnd));
			while (m.find()) {
				disposition.put(m.group(1).toLowerCase(Locale.ROOT), utf8(m.group(2)));
			}
			String filename = disposition.get("filename");
			String value = filename == null ? "\"" + utf8(text.substring(headersEnd + 4, next)) + "\""
					: options.fileNamesIgnored() ? "<file>" : "<file filename=\"" + filename + "\">";
			fields.computeIfAbsent(String.valueOf(disposition.get("name")), key -> new ArrayList<>()).add(value);
			at = next + delimiter.length();
			if (text.startsWith("--", at)) {
				return new Parts(fields, true);
			}
			at += 2;
		}
	}

	private static String utf8(String latin1) {
		return new String(latin1.getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8);
	}

	private static void compare(String what, Map<String, List<String>> expected, Map<String, List<String>> actual,
			MatchOptions options, boolean onlyExpectedKeys, List<String> diffs) {
		TreeSet<String> keys = new TreeSet<>(expected.keySet());
		if (!onlyExpectedKeys) {
			keys.addAll(actual.keySet());
		}
		for (String key : keys) {
			if (options.isFieldIgnored(key)) {
				continue;
			}
			List<String> e = expected.getOrDefault(key, List.of()).stream().sorted().toList();
			List<String> a = actual.getOrDefault(key, List.of()).stream().sorted().toList();
			boolean differ = options.isValueIgnored(key) ? e.size() != a.size() : !e.equals(a);
			if (differ) {
				diffs.add(what + " '" + key + "': expected " + e + " but was " + a);
			}
		}
	}

}
