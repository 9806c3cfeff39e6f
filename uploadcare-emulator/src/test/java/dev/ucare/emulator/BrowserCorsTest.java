package dev.ucare.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import tools.jackson.databind.JsonNode;

/**
 * What a browser needs from the Upload API and the CDN: preflights answered on every path
 * (multipart part URLs included) with the path's methods and the requested headers, any
 * origin allowed, and the headers browser clients read exposed.
 */
@ExtendWith(UploadcareEmulatorExtension.class)
class BrowserCorsTest {

	static final String ORIGIN = "http://127.0.0.1:9";

	static final String REQUESTED_HEADERS = "x-uc-user-agent,content-type";

	private static TestHttp.Response preflight(TestHttp http, URI uri, String method) {
		return http.send(HttpRequest.newBuilder(uri)
			.method("OPTIONS", HttpRequest.BodyPublishers.noBody())
			.header("Origin", ORIGIN)
			.header("Access-Control-Request-Method", method)
			.header("Access-Control-Request-Headers", REQUESTED_HEADERS)
			.build());
	}

	private static void assertPreflightAllows(TestHttp.Response r, String method) {
		assertThat(r.status()).isEqualTo(200);
		assertThat(r.headers().firstValue("Access-Control-Allow-Origin")).hasValue("*");
		assertThat(r.headers().firstValue("Access-Control-Allow-Methods").orElseThrow().split(", ")).contains(method,
				"OPTIONS");
		assertThat(r.headers().firstValue("Access-Control-Allow-Headers")).hasValue(REQUESTED_HEADERS);
		assertThat(r.headers().firstValue("Access-Control-Max-Age")).isPresent();
	}

	@Test
	void preflightsAreAnsweredOnEveryUploadApiPath(UploadcareEmulator emulator) {
		TestHttp http = new TestHttp(emulator);
		List<String[]> paths = List.of(new String[] { "/base/", "POST" }, new String[] { "/multipart/start/", "POST" },
				new String[] { "/multipart/complete/", "POST" }, new String[] { "/from_url/", "POST" },
				new String[] { "/from_url/status/?token=t", "GET" },
				new String[] { "/info/?pub_key=demopublickey&file_id=x", "GET" }, new String[] { "/group/", "POST" },
				new String[] { "/group/info/?pub_key=demopublickey&group_id=x", "GET" });
		for (String[] p : paths) {
			assertPreflightAllows(preflight(http, emulator.uploadBaseUrl().resolve(p[0]), p[1]), p[1]);
		}
		TestHttp.Response base = preflight(http, emulator.uploadBaseUrl().resolve("/base/"), "POST");
		assertThat(base.headers().firstValue("Access-Control-Allow-Methods")).hasValue("POST, OPTIONS");
		// every request is complete in the log before its response goes out
		assertThat(emulator.requestLog().all()).allMatch(r -> r.method().equals("OPTIONS") && r.status() == 200);
	}

	@Test
	void preflightsAreAnsweredOnMultipartPartUrls(UploadcareEmulator emulator) {
		TestHttp http = new TestHttp(emulator);
		JsonNode start = http
			.postForm("/multipart/start/", TestHttp.map("filename", "big.bin", "size", "11000000", "content_type",
					"application/octet-stream", "UPLOADCARE_PUB_KEY", "demopublickey"))
			.json();
		for (JsonNode part : start.get("parts")) {
			TestHttp.Response r = preflight(http, URI.create(part.asString()), "PUT");
			assertPreflightAllows(r, "PUT");
			assertThat(r.headers().firstValue("Access-Control-Allow-Methods")).hasValue("PUT, OPTIONS");
		}
		TestHttp.Response put = http.send(HttpRequest.newBuilder(URI.create(start.get("parts").get(2).asString()))
			.header("Origin", ORIGIN)
			.header("Content-Type", "application/octet-stream")
			.PUT(HttpRequest.BodyPublishers.ofByteArray(new byte[11000000 - 2 * 5242880]))
			.build());
		assertThat(put.status()).isEqualTo(200);
		assertThat(put.headers().firstValue("Access-Control-Allow-Origin")).hasValue("*");
		assertThat(put.headers().firstValue("Access-Control-Expose-Headers").orElseThrow()).contains("ETag");
	}

	@Test
	void responsesAllowAnyOriginAndExposeWhatTheUploaderReads(UploadcareEmulator emulator) {
		TestHttp http = new TestHttp(emulator);
		emulator.faults().throttle(1, 3).forPaths("^/base/");
		// a preflight does not use up the fault meant for the request that follows it
		assertThat(preflight(http, emulator.uploadBaseUrl().resolve("/base/"), "POST").status()).isEqualTo(200);
		TestHttp.Response throttled = http.upload("/base/",
				new TestHttp.Form().field("UPLOADCARE_PUB_KEY", "demopublickey")
					.file("file", "a.txt", "text/plain", "a".getBytes()));
		assertThat(throttled.status()).isEqualTo(429);
		assertThat(throttled.headers().firstValue("Access-Control-Allow-Origin")).hasValue("*");
		assertThat(throttled.headers().firstValue("Access-Control-Expose-Headers").orElseThrow().split(", "))
			.contains("Retry-After", "Warning", "X-Uploadcare-Request-Id");

		String uuid = http.uploadFile("a.txt", "a".getBytes(), "1");
		TestHttp.Response cdn = http.get(emulator.cdnBaseUrl().resolve("/" + uuid + "/"));
		assertThat(cdn.headers().firstValue("Access-Control-Allow-Origin")).hasValue("*");
		TestHttp.Response cdnPreflight = preflight(http, emulator.cdnBaseUrl().resolve("/" + uuid + "/-/json/"), "GET");
		assertPreflightAllows(cdnPreflight, "GET");
	}

	@Test
	void privateNetworkPreflightsAreAllowed(UploadcareEmulator emulator) {
		TestHttp http = new TestHttp(emulator);
		TestHttp.Response r = http.send(HttpRequest.newBuilder(emulator.uploadBaseUrl().resolve("/base/"))
			.method("OPTIONS", HttpRequest.BodyPublishers.noBody())
			.header("Origin", "https://app.example.com")
			.header("Access-Control-Request-Method", "POST")
			.header("Access-Control-Request-Private-Network", "true")
			.build());
		assertThat(r.status()).isEqualTo(200);
		assertThat(r.headers().firstValue("Access-Control-Allow-Private-Network")).hasValue("true");
		assertThat(r.headers().firstValue("Access-Control-Allow-Headers"))
			.hasValue("X-UC-User-Agent, X-PINGOTHER, DNT");
	}

	@Test
	void theRestApiAnswersOptionsWithoutOpeningItselfToBrowsers(UploadcareEmulator emulator) {
		TestHttp http = new TestHttp(emulator);
		TestHttp.Response r = preflight(http, emulator.restBaseUrl().resolve("/files/"), "GET");
		assertThat(r.status()).isEqualTo(200);
		assertThat(r.headers().firstValue("Allow")).hasValue("GET, OPTIONS");
		assertThat(r.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
		assertThat(preflight(http, emulator.restBaseUrl().resolve("/nowhere/"), "GET").status()).isEqualTo(404);
	}

}
