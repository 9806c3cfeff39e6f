package dev.ucare.emulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import dev.ucare.testsupport.MutableClock;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.yaml.snakeyaml.Yaml;

import tools.jackson.databind.JsonNode;

/**
 * Replays every request of {@code recordings/*.yaml} against a fresh emulator and checks
 * that each response has the recorded status and JSON shape (same keys, same JSON types,
 * recursively).
 *
 * <p>
 * Shape rules: {@code null} on either side matches any type (nullable fields); integers
 * and decimals are both "number"; arrays are compared element-wise up to the shorter
 * length. Documented allowances: recordings made before v0.7 lack {@code version}
 * (webhooks), {@code content_info}/{@code metadata} (file objects), and REST files inside
 * older group recordings carry v0.6 {@code image_info}/{@code video_info}.
 */
class RecordingsFidelityTest {

	private static final Set<String> EXTRA_OK = Set.of("version", "content_info", "metadata");

	private static final Set<String> MISSING_OK = Set.of("image_info", "video_info");

	private static final Pattern UUID = Pattern.compile("[0-9a-f]{8}-(?:[0-9a-f]{4}-){3}[0-9a-f]{12}");

	@TestFactory
	Stream<DynamicTest> everyRecordedInteractionHasTheSameStatusAndShape() throws Exception {
		Path dir = Path.of(getClass().getResource("/recordings").toURI());
		List<Path> files;
		try (Stream<Path> s = Files.list(dir)) {
			files = s.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
		}
		assertThat(files).hasSizeGreaterThanOrEqualTo(28);
		return files.stream().map(f -> DynamicTest.dynamicTest(f.getFileName().toString(), () -> replay(f)));
	}

	@SuppressWarnings("unchecked")
	private void replay(Path file) throws Exception {
		Map<String, Object> cassette;
		try (InputStream in = Files.newInputStream(file)) {
			cassette = new Yaml().load(in);
		}
		List<Map<String, Object>> interactions = (List<Map<String, Object>>) cassette.get("interactions");
		String firstDate = header((Map<String, Object>) interactions.get(0).get("response"), "Date");
		Instant recordedAt = java.time.ZonedDateTime
			.parse(firstDate, java.time.format.DateTimeFormatter.RFC_1123_DATE_TIME)
			.toInstant();
		MutableClock clock = new MutableClock(recordedAt);
		try (UploadcareEmulator emulator = UploadcareEmulator.builder().clock(clock).jobDelay(Duration.ZERO).start()) {
			Map<String, String> mapping = new LinkedHashMap<>();
			mapping.put("e5b76258e05f2aabe85c", "demopublickey");
			TestHttp http = new TestHttp(emulator);
			http.now = clock::instant;
			seed(emulator, interactions);
			for (Map<String, Object> interaction : interactions) {
				Map<String, Object> request = (Map<String, Object>) interaction.get("request");
				Map<String, Object> response = (Map<String, Object>) interaction.get("response");
				String uri = apply(mapping, (String) request.get("uri"));
				prepare(emulator, http, uri, mapping);
				uri = apply(mapping, uri);
				String method = (String) request.get("method");
				byte[] body = body(request, mapping);
				TestHttp.Response actual = send(emulator, http, method, uri, body,
						requestHeader(request, "content-type"), clock.instant());
				int status = response.containsKey("status")
						? (Integer) ((Map<String, Object>) response.get("status")).get("code")
						: (Integer) response.get("status_code");
				String label = file.getFileName() + " " + method + " " + uri;
				assertThat(actual.status()).as(label + " -> " + actual.body()).isEqualTo(status);
				String recordedBody = response.containsKey("content") ? String.valueOf(response.get("content"))
						: String.valueOf(((Map<String, Object>) response.get("body")).get("string"));
				if (recordedBody.isBlank() || recordedBody.equals("null")) {
					continue;
				}
				JsonNode expected = TestHttp.JSON.readTree(recordedBody);
				JsonNode got = TestHttp.JSON.readTree(actual.body());
				List<String> problems = new ArrayList<>();
				compare("$", expected, got, problems);
				assertThat(problems).as(label + "\nactual: " + actual.body()).isEmpty();
				learn(expected, got, mapping);
			}
		}
	}

	private void seed(UploadcareEmulator emulator, List<Map<String, Object>> interactions) throws Exception {
		byte[] png = UploadApiTest.png(16, 12);
		Set<String> seen = new java.util.HashSet<>();
		for (Map<String, Object> interaction : interactions) {
			@SuppressWarnings("unchecked")
			Map<String, Object> request = (Map<String, Object>) interaction.get("request");
			if (!String.valueOf(request.get("uri")).contains("api.uploadcare.com")) {
				continue;
			}
			Matcher m = UUID.matcher(request.get("uri") + " " + request.get("body"));
			while (m.find()) {
				String uuid = m.group();
				if (!seen.add(uuid) || emulator.file(uuid).isPresent()) {
					continue;
				}
				Map<String, String> metadata = uuid.startsWith("a55d6b25")
						? Map.of("first_key", "first_value", "second_key", "any_others") : Map.of();
				emulator.seedFile(SeedFile.of(uuid, "seed.png", png).withMetadata(metadata));
			}
		}
		String groupUuid = "d496a4df-0b36-4281-8156-268ae9524d4a";
		if (seen.contains(groupUuid)) {
			emulator.seedFile(SeedFile.of("94a2218e-3526-428a-945e-65fbc06e7b35", "logo.png", png));
			emulator.seedGroup(groupUuid + "~1", List.of("94a2218e-3526-428a-945e-65fbc06e7b35"));
		}
	}

	/**
	 * Creates state a request refers to but that another recording created (webhooks,
	 * add-on jobs, conversions).
	 */
	private void prepare(UploadcareEmulator emulator, TestHttp http, String uri, Map<String, String> mapping) {
		Matcher hook = Pattern.compile("/webhooks/(\\d+)/").matcher(uri);
		if (hook.find() && !mapping.containsKey(hook.group(1))) {
			String id = http.rest("POST", "/webhooks/", "{\"target_url\":\"https://webhook.site/x\"}")
				.json()
				.get("id")
				.asString();
			mapping.put(hook.group(1), id);
		}
		Matcher addon = Pattern.compile("/addons/([a-z_]+)/execute/status/\\?request_id=(" + UUID.pattern() + ")")
			.matcher(uri);
		if (addon.find() && !mapping.containsKey(addon.group(2))) {
			if (emulator.file("485f5c0e-3567-46b1-a5c9-96a8ffc45713").isEmpty()) {
				try {
					emulator.seedFile("485f5c0e-3567-46b1-a5c9-96a8ffc45713", "target.png", UploadApiTest.png(8, 8));
				}
				catch (Exception e) {
					throw new IllegalStateException(e);
				}
			}
			String id = http
				.rest("POST", "/addons/" + addon.group(1) + "/execute/",
						"{\"target\":\"485f5c0e-3567-46b1-a5c9-96a8ffc45713\"}")
				.json()
				.get("request_id")
				.asString();
			await().atMost(Duration.ofSeconds(10))
				.until(() -> http.rest("GET", "/addons/" + addon.group(1) + "/execute/status/?request_id=" + id, null)
					.json()
					.get("status")
					.asString(), "done"::equals);
			mapping.put(addon.group(2), id);
		}
		Matcher info = Pattern.compile("/convert/document/(" + UUID.pattern() + ")/$")
			.matcher(URI.create(uri).getPath());
		if (info.find()) {
			String token = http.documentJob(info.group(1) + "/document/-/format/jpg/", ",\"save_in_group\":\"1\"")
				.get("token")
				.asString();
			await().atMost(Duration.ofSeconds(10)).until(() -> http.documentStatus(token), "finished"::equals);
		}
	}

	private TestHttp.Response send(UploadcareEmulator emulator, TestHttp http, String method, String uri, byte[] body,
			String contentType, Instant now) {
		URI recorded = URI.create(uri);
		String pathAndQuery = recorded.getRawPath()
				+ (recorded.getRawQuery() == null ? "" : "?" + recorded.getRawQuery());
		if (uri.startsWith("https://api.uploadcare.com")) {
			String ct = contentType == null ? "application/json" : contentType;
			String date = TestHttp.DATE.format(now);
			String sig = TestHttp.signature(emulator.secretKey(), method, body, ct, date, pathAndQuery);
			return http.send(HttpRequest.newBuilder(emulator.restBaseUrl().resolve(pathAndQuery))
				.method(method, HttpRequest.BodyPublishers.ofByteArray(body))
				.header("Accept", TestHttp.ACCEPT)
				.header("Content-Type", ct)
				.header("Date", date)
				.header("Authorization", "Uploadcare " + emulator.publicKey() + ":" + sig)
				.build());
		}
		URI target = uri.startsWith("https://upload.uploadcare.com") ? emulator.uploadBaseUrl().resolve(pathAndQuery)
				: recorded;
		HttpRequest.Builder builder = HttpRequest.newBuilder(target)
			.method(method, HttpRequest.BodyPublishers.ofByteArray(body));
		if (contentType != null) {
			builder.header("Content-Type", contentType);
		}
		return http.send(builder.build());
	}

	@SuppressWarnings("unchecked")
	private byte[] body(Map<String, Object> request, Map<String, String> mapping) {
		Object body = request.get("body");
		if (body instanceof Map<?, ?> m) {
			body = m.get("string");
		}
		if (body == null) {
			return new byte[0];
		}
		String text = body instanceof byte[] bytes ? new String(bytes, StandardCharsets.ISO_8859_1) : body.toString();
		if (text.startsWith("removed vcr body")) {
			return new byte[Integer.parseInt(requestHeader(request, "content-length"))];
		}
		return apply(mapping, text)
			.getBytes(body instanceof byte[] ? StandardCharsets.ISO_8859_1 : StandardCharsets.UTF_8);
	}

	@SuppressWarnings("unchecked")
	private static String requestHeader(Map<String, Object> request, String name) {
		Map<String, Object> headers = (Map<String, Object>) request.get("headers");
		for (Map.Entry<String, Object> e : headers.entrySet()) {
			if (e.getKey().equalsIgnoreCase(name)) {
				Object v = e.getValue();
				return v instanceof List<?> l ? String.valueOf(l.get(0)) : String.valueOf(v);
			}
		}
		return null;
	}

	private static String header(Map<String, Object> response, String name) {
		return requestHeader(response, name);
	}

	private static String apply(Map<String, String> mapping, String text) {
		List<Map.Entry<String, String>> longestFirst = new ArrayList<>(mapping.entrySet());
		longestFirst.sort((a, b) -> Integer.compare(b.getKey().length(), a.getKey().length()));
		for (Map.Entry<String, String> e : longestFirst) {
			text = text.replace(e.getKey(), e.getValue());
		}
		return text;
	}

	/**
	 * Remembers recorded → actual values (ids, tokens, part URLs) so later requests can
	 * refer to them.
	 */
	private static void learn(JsonNode expected, JsonNode actual, Map<String, String> mapping) {
		if (expected == null || actual == null) {
			return;
		}
		if (expected.isObject() && actual.isObject()) {
			for (Map.Entry<String, JsonNode> e : expected.properties()) {
				learn(e.getValue(), actual.get(e.getKey()), mapping);
			}
		}
		else if (expected.isArray() && actual.isArray()) {
			for (int i = 0; i < Math.min(expected.size(), actual.size()); i++) {
				learn(expected.get(i), actual.get(i), mapping);
			}
		}
		else if ((expected.isString() || expected.isNumber()) && !expected.asString().equals(actual.asString())
				&& expected.asString().length() >= 6) {
			mapping.putIfAbsent(expected.asString(), actual.asString());
		}
	}

	private static void compare(String path, JsonNode expected, JsonNode actual, List<String> problems) {
		if (expected == null || expected.isNull() || actual == null || actual.isNull()) {
			return;
		}
		if (expected.getNodeType() != actual.getNodeType()) {
			problems.add(path + ": expected " + expected.getNodeType() + " but was " + actual.getNodeType());
			return;
		}
		if (expected.isObject()) {
			for (String key : expected.propertyNames()) {
				if (!actual.has(key) && !MISSING_OK.contains(key)) {
					problems.add(path + ": missing key " + key);
				}
				compare(path + "." + key, expected.get(key), actual.get(key), problems);
			}
			for (String key : actual.propertyNames()) {
				if (!expected.has(key) && !EXTRA_OK.contains(key)) {
					problems.add(path + ": unexpected key " + key);
				}
			}
		}
		else if (expected.isArray()) {
			for (int i = 0; i < Math.min(expected.size(), actual.size()); i++) {
				compare(path + "[" + i + "]", expected.get(i), actual.get(i), problems);
			}
		}
	}

}
