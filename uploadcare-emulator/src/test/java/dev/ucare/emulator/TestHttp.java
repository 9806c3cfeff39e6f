package dev.ucare.emulator;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Tiny HTTP client for tests, with its own REST request signing (independent of the
 * emulator's code).
 */
final class TestHttp {

	static final JsonMapper JSON = JsonMapper.builder().build();
	static final String ACCEPT = "application/vnd.uploadcare-v0.7+json";
	static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.US)
		.withZone(ZoneOffset.UTC);

	final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

	final UploadcareEmulator emulator;

	/** Time used for the {@code Date} header of signed requests. */
	java.util.function.Supplier<Instant> now = Instant::now;

	TestHttp(UploadcareEmulator emulator) {
		this.emulator = emulator;
	}

	record Response(int status, String body, java.net.http.HttpHeaders headers) {
		JsonNode json() {
			return JSON.readTree(body);
		}
	}

	Response send(HttpRequest request) {
		try {
			HttpResponse<String> r = client.send(request, HttpResponse.BodyHandlers.ofString());
			return new Response(r.statusCode(), r.body(), r.headers());
		}
		catch (IOException e) {
			throw new java.io.UncheckedIOException(e);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		}
	}

	static String hmac(String algorithm, String key, String message) {
		try {
			Mac mac = Mac.getInstance(algorithm);
			mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), algorithm));
			return HexFormat.of().formatHex(mac.doFinal(message.getBytes(StandardCharsets.UTF_8)));
		}
		catch (Exception e) {
			throw new IllegalStateException(e);
		}
	}

	static String md5(byte[] body) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(body));
		}
		catch (Exception e) {
			throw new IllegalStateException(e);
		}
	}

	static String signature(String secret, String method, byte[] body, String contentType, String date, String uri) {
		return hmac("HmacSHA1", secret, method + "\n" + md5(body) + "\n" + contentType + "\n" + date + "\n" + uri);
	}

	/** A signed REST request with JSON content type, signed "now". */
	Response rest(String method, String pathAndQuery, String jsonBody) {
		return rest(method, pathAndQuery, jsonBody, emulator.publicKey(), emulator.secretKey(), now.get());
	}

	/**
	 * The job of {@code POST /convert/document/} of the one {@code path}, with
	 * {@code options} appended to the request's JSON members ({@code ""} for none).
	 */
	JsonNode documentJob(String path, String options) {
		return rest("POST", "/convert/document/", "{\"paths\":[\"" + path + "\"]" + options + "}").json()
			.get("result")
			.get(0);
	}

	/** The status of the document conversion {@code token}, e.g. {@code finished}. */
	String documentStatus(Object token) {
		return rest("GET", "/convert/document/status/" + token + "/", null).json().get("status").asString();
	}

	Response rest(String method, String pathAndQuery, String jsonBody, String pub, String secret, Instant when) {
		byte[] body = jsonBody == null ? new byte[0] : jsonBody.getBytes(StandardCharsets.UTF_8);
		String date = DATE.format(when);
		String contentType = "application/json";
		String sig = signature(secret, method, body, contentType, date, pathAndQuery);
		HttpRequest request = HttpRequest.newBuilder(URI.create(emulator.restBaseUrl() + pathAndQuery.substring(1)))
			.method(method, HttpRequest.BodyPublishers.ofByteArray(body))
			.header("Accept", ACCEPT)
			.header("Content-Type", contentType)
			.header("Date", date)
			.header("Authorization", "Uploadcare " + pub + ":" + sig)
			.build();
		return send(request);
	}

	/** Follows an absolute URL (e.g. pagination links) with a signed GET. */
	Response restUrl(String absoluteUrl) {
		URI uri = URI.create(absoluteUrl);
		return rest("GET", uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery()), null);
	}

	Response get(URI uri) {
		return send(HttpRequest.newBuilder(uri).GET().build());
	}

	/** Multipart form builder. */
	static final class Form {

		final String boundary = "b" + UUID.randomUUID().toString().replace("-", "");

		final ByteArrayOutputStream out = new ByteArrayOutputStream();

		Form field(String name, String value) {
			write("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value
					+ "\r\n");
			return this;
		}

		Form file(String name, String filename, String contentType, byte[] content) {
			write("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"; filename=\"" + filename
					+ "\"\r\nContent-Type: " + contentType + "\r\n\r\n");
			out.writeBytes(content);
			write("\r\n");
			return this;
		}

		byte[] bytes() {
			ByteArrayOutputStream copy = new ByteArrayOutputStream();
			copy.writeBytes(out.toByteArray());
			copy.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
			return copy.toByteArray();
		}

		String contentType() {
			return "multipart/form-data; boundary=" + boundary;
		}

		private void write(String s) {
			out.writeBytes(s.getBytes(StandardCharsets.UTF_8));
		}

	}

	Response upload(String path, Form form) {
		return send(HttpRequest.newBuilder(emulator.uploadBaseUrl().resolve(path))
			.header("Content-Type", form.contentType())
			.POST(HttpRequest.BodyPublishers.ofByteArray(form.bytes()))
			.build());
	}

	Response postForm(String path, Map<String, String> fields) {
		StringBuilder body = new StringBuilder();
		fields.forEach((k, v) -> body.append(body.length() == 0 ? "" : "&")
			.append(URLEncoder.encode(k, StandardCharsets.UTF_8))
			.append('=')
			.append(URLEncoder.encode(v, StandardCharsets.UTF_8)));
		return send(HttpRequest.newBuilder(emulator.uploadBaseUrl().resolve(path))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body.toString()))
			.build());
	}

	/** Uploads one small file through /base/ and returns its UUID. */
	String uploadFile(String filename, byte[] content, String store) {
		Response r = upload("/base/",
				new Form().field("UPLOADCARE_PUB_KEY", emulator.publicKey())
					.field("UPLOADCARE_STORE", store)
					.file("file", filename, "application/octet-stream", content));
		if (r.status() != 200) {
			throw new IllegalStateException(r.status() + " " + r.body());
		}
		return r.json().get("file").asString();
	}

	static Map<String, String> map(String... kv) {
		Map<String, String> m = new LinkedHashMap<>();
		for (int i = 0; i < kv.length; i += 2) {
			m.put(kv[i], kv[i + 1]);
		}
		return m;
	}

}
