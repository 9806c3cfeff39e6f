package dev.ucare.client.testing;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Checks that a request the client actually sent has the same wire format as a recorded
 * one, following {@code recordings/README.md}: method, path, query, content type and body
 * fields must match; authorization, dates, user agent, {@code Accept}, and multipart
 * boundaries are ignored.
 *
 * <h2>What is compared</h2>
 * <ul>
 * <li><b>method</b> – exact.</li>
 * <li><b>path</b> – percent-decoded, exact (host is ignored: all hosts are served from
 * one test server).</li>
 * <li><b>query</b> – decoded multimap, order-insensitive (both parameter order and value
 * order).</li>
 * <li><b>content type</b> – base type only ({@code application/json;charset=UTF-8} equals
 * {@code application/json}). When the recording has no content type and no body, the
 * actual request must have no body (its content type is then not checked).</li>
 * <li><b>JSON</b> bodies ({@code application/json}, {@code *+json}) – tree equality, key
 * order ignored; number/string types matter ({@code "1"} is not {@code 1}).</li>
 * <li><b>urlencoded</b> bodies – decoded multimaps, order-insensitive.</li>
 * <li><b>multipart/form-data</b> – both sides parsed with their own boundary. Plain
 * fields compared by name and value; file parts (those with a {@code filename}) by field
 * name and {@code filename}, never by content. <em>Leniency:</em> the README says
 * recorded multipart bodies may be abbreviated. If the recorded body is empty nothing
 * beyond the content type is checked; if it is truncated (no closing delimiter, or its
 * length differs from the recorded {@code Content-Length}) only the parts that survived
 * in the recording are required to be present and equal, and extra actual parts are
 * tolerated. A complete recorded body must match exactly (no missing and no extra
 * parts).</li>
 * <li><b>other</b> (raw) bodies, e.g. the S3 part {@code PUT}s – byte equality, or, when
 * the recording replaced the body with a placeholder, the actual length must equal the
 * recorded {@code Content-Length}.</li>
 * </ul>
 * Use {@link MatchOptions} to skip values that a different client cannot reproduce.
 */
public final class RequestAssertions {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private RequestAssertions() {
	}

	/**
	 * Asserts strict match; failure message names the recorded request and every
	 * differing field.
	 */
	public static void assertMatches(RecordedRequest recorded, ReceivedRequest actual) {
		assertMatches(recorded, actual, MatchOptions.defaults());
	}

	/** Asserts match with relaxations. */
	public static void assertMatches(RecordedRequest recorded, ReceivedRequest actual, MatchOptions options) {
		fail("recorded request " + recorded, actual, differences(recorded, actual, options));
	}

	/**
	 * Asserts strict match; the failure message names the recording file and interaction
	 * index.
	 */
	public static void assertMatches(Interaction interaction, ReceivedRequest actual) {
		assertMatches(interaction, actual, MatchOptions.defaults());
	}

	/**
	 * Asserts match with relaxations; the failure message names the recording file and
	 * interaction index.
	 */
	public static void assertMatches(Interaction interaction, ReceivedRequest actual, MatchOptions options) {
		fail("recording " + interaction.describe(), actual, differences(interaction.request(), actual, options));
	}

	private static void fail(String what, ReceivedRequest actual, List<String> differences) {
		if (!differences.isEmpty()) {
			throw new AssertionError("Request does not match " + what + ":\n  - " + String.join("\n  - ", differences)
					+ "\n  actual request: " + actual);
		}
	}

	/**
	 * Every difference, one human-readable line each
	 * ({@code "<field>: expected X but was Y"}); empty = match.
	 */
	public static List<String> differences(RecordedRequest recorded, ReceivedRequest actual, MatchOptions options) {
		List<String> diffs = new ArrayList<>();
		if (!recorded.method().equalsIgnoreCase(actual.method())) {
			diffs.add("method: expected " + recorded.method() + " but was " + actual.method());
		}
		if (!recorded.path().equals(actual.path())) {
			diffs.add("path: expected " + recorded.path() + " but was " + actual.path());
		}
		compareMultimaps("query parameter", recorded.queryParameters(), actual.queryParameters(), options, false,
				diffs);
		compareBody(recorded, actual, options, diffs);
		return diffs;
	}

	// ------------------------------------------------------------------ body

	private static void compareBody(RecordedRequest recorded, ReceivedRequest actual, MatchOptions options,
			List<String> diffs) {
		String expectedType = recorded.baseContentType();
		String actualType = WireFormat.baseType(actual.contentType());
		if (expectedType == null) {
			if (recorded.body().isEmpty()) {
				if (actual.body().length > 0) {
					diffs.add("body: expected no body but was " + WireFormat.preview(actual.body()) + " (content type "
							+ actualType + ")");
				}
				return;
			}
		}
		else if (!expectedType.equals(actualType)) {
			diffs.add("content type: expected " + expectedType + " but was " + actualType);
			return;
		}
		if (WireFormat.isJson(expectedType)) {
			compareJson(recorded, actual, options, diffs);
		}
		else if (WireFormat.isForm(expectedType)) {
			compareMultimaps("form field", WireFormat.decodeForm(recorded.body()), actual.formFields(), options, false,
					diffs);
		}
		else if (WireFormat.isMultipart(expectedType)) {
			compareMultipart(recorded, actual, options, diffs);
		}
		else {
			compareRaw(recorded, actual, diffs);
		}
	}

	private static void compareRaw(RecordedRequest recorded, ReceivedRequest actual, List<String> diffs) {
		if (recorded.isBodyAbbreviated()) {
			long length = recorded.recordedContentLength();
			if (length >= 0 && actual.body().length != length) {
				diffs.add("body length: recording abbreviates the body, so only its Content-Length is compared;"
						+ " expected " + length + " bytes but was " + actual.body().length);
			}
		}
		else if (!Arrays.equals(recorded.bodyBytes(), actual.body())) {
			diffs.add("body: expected " + WireFormat.preview(recorded.bodyBytes()) + " but was "
					+ WireFormat.preview(actual.body()));
		}
	}

	private static void compareJson(RecordedRequest recorded, ReceivedRequest actual, MatchOptions options,
			List<String> diffs) {
		JsonNode expected;
		try {
			expected = JSON.readTree(recorded.body());
		}
		catch (JacksonException e) {
			compareRaw(recorded, actual, diffs);
			return;
		}
		JsonNode got;
		try {
			got = JSON.readTree(actual.bodyAsString());
		}
		catch (JacksonException e) {
			got = null;
		}
		if (got == null || got.isMissingNode()) {
			diffs.add("JSON body: expected " + expected + " but actual body is not JSON: "
					+ WireFormat.preview(actual.body()));
			return;
		}
		if (expected.isObject() && got.isObject()) {
			TreeSet<String> keys = new TreeSet<>();
			expected.properties().forEach(e -> keys.add(e.getKey()));
			got.properties().forEach(e -> keys.add(e.getKey()));
			for (String key : keys) {
				if (options.isFieldIgnored(key)) {
					continue;
				}
				JsonNode e = expected.get(key);
				JsonNode a = got.get(key);
				if (e == null) {
					diffs.add("JSON field '" + key + "': not in recording but was " + a);
				}
				else if (a == null) {
					diffs.add("JSON field '" + key + "': missing, expected " + e);
				}
				else if (!options.isValueIgnored(key) && !e.equals(a)) {
					diffs.add("JSON field '" + key + "': expected " + e + " but was " + a);
				}
			}
		}
		else if (!expected.equals(got)) {
			diffs.add("JSON body: expected " + expected + " but was " + got);
		}
	}

	private static void compareMultipart(RecordedRequest recorded, ReceivedRequest actual, MatchOptions options,
			List<String> diffs) {
		if (recorded.body().isEmpty()) {
			return; // body absent from the recording: only the content type can be
					// checked
		}
		WireFormat.Multipart expected = WireFormat.parseMultipart(recorded.bodyBytes(),
				WireFormat.typeParameter(recorded.contentType(), "boundary"));
		WireFormat.Multipart got = WireFormat.parseMultipart(actual.body(),
				WireFormat.typeParameter(actual.contentType(), "boundary"));
		if (!got.complete()) {
			diffs.add("multipart body: actual body is not well-formed multipart (boundary "
					+ WireFormat.typeParameter(actual.contentType(), "boundary") + "): "
					+ WireFormat.preview(actual.body()));
			return;
		}
		boolean exhaustive = expected.complete() && !recorded.isBodyAbbreviated();
		compareMultimaps("multipart part", describeParts(expected.parts(), options),
				describeParts(got.parts(), options), options, !exhaustive, diffs);
	}

	private static Map<String, List<String>> describeParts(List<WireFormat.Part> parts, MatchOptions options) {
		Map<String, List<String>> result = new LinkedHashMap<>();
		for (WireFormat.Part part : parts) {
			String description = part.isFile()
					? (options.fileNamesIgnored() ? "<file>" : "<file filename=\"" + part.filename() + "\">")
					: "\"" + part.text() + "\"";
			result.computeIfAbsent(String.valueOf(part.name()), k -> new ArrayList<>()).add(description);
		}
		return result;
	}

	// ------------------------------------------------------------- multimaps

	private static void compareMultimaps(String what, Map<String, List<String>> expected,
			Map<String, List<String>> actual, MatchOptions options, boolean onlyExpectedKeys, List<String> diffs) {
		TreeSet<String> keys = new TreeSet<>(expected.keySet());
		if (!onlyExpectedKeys) {
			keys.addAll(actual.keySet());
		}
		for (String key : keys) {
			if (options.isFieldIgnored(key)) {
				continue;
			}
			List<String> e = sorted(expected.getOrDefault(key, List.of()));
			List<String> a = sorted(actual.getOrDefault(key, List.of()));
			if (e.isEmpty()) {
				diffs.add(what + " '" + key + "': not in recording but was " + a);
			}
			else if (a.isEmpty()) {
				diffs.add(what + " '" + key + "': missing, expected " + e);
			}
			else if (options.isValueIgnored(key)) {
				if (e.size() != a.size()) {
					diffs.add(what + " '" + key + "': expected " + e.size() + " occurrence(s) but was " + a.size());
				}
			}
			else if (!e.equals(a)) {
				diffs.add(what + " '" + key + "': expected " + e + " but was " + a);
			}
		}
	}

	private static List<String> sorted(List<String> values) {
		List<String> copy = new ArrayList<>(values);
		Collections.sort(copy);
		return copy;
	}

}
