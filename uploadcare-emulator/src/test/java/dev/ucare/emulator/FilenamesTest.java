package dev.ucare.emulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import tools.jackson.databind.JsonNode;

/**
 * Filenames with quotes, backslashes and line breaks: kept as the original name without
 * control characters, sanitised in {@code filename} and CDN URLs, never breaking a
 * response header.
 */
@ExtendWith(UploadcareEmulatorExtension.class)
class FilenamesTest {

	@Test
	void quotedAndEscapedNamesInAMultipartUpload(UploadcareEmulator emulator) {
		TestHttp http = new TestHttp(emulator);
		// a client escaping the quote (as RFC 7578 allows) and a browser encoding it
		// (%22)
		String boundary = "b0undary";
		String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"UPLOADCARE_PUB_KEY\"\r\n\r\n"
				+ "demopublickey\r\n--" + boundary
				+ "\r\nContent-Disposition: form-data; name=\"one\"; filename=\"my \\\"best\\\" file.txt\"\r\n"
				+ "Content-Type: text/plain\r\n\r\none\r\n--" + boundary
				+ "\r\nContent-Disposition: form-data; name=\"two\"; filename=\"a%22b%0D%0Ac.txt\"\r\n"
				+ "Content-Type: text/plain\r\n\r\ntwo\r\n--" + boundary
				+ "\r\nContent-Disposition: form-data; name=\"three\"; filename=\"fallback.txt\"; filename*=UTF-8''na%C3%AFve%20r%C3%A9sum%C3%A9.txt\r\n"
				+ "Content-Type: text/plain\r\n\r\nthree\r\n--" + boundary + "--\r\n";
		TestHttp.Response r = http.send(HttpRequest.newBuilder(emulator.uploadBaseUrl().resolve("/base/"))
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build());
		assertThat(r.status()).isEqualTo(200);
		assertName(http, emulator, r.json().get("one").asString(), "my \"best\" file.txt", "mybestfile.txt");
		assertName(http, emulator, r.json().get("two").asString(), "a%22b%0D%0Ac.txt", "a22b0D0Ac.txt");
		assertName(http, emulator, r.json().get("three").asString(), "naïve résumé.txt", "naversum.txt");
	}

	@Test
	void lineBreaksAndQuotesInFormFieldNames(UploadcareEmulator emulator) {
		TestHttp http = new TestHttp(emulator);
		int size = 10_485_760;
		TestHttp.Response start = http.postForm("/multipart/start/",
				TestHttp.map("filename", "evil\"\r\nX-Injected: 1\r\n.bin", "size", Integer.toString(size),
						"content_type", "application/octet-stream", "UPLOADCARE_PUB_KEY", "demopublickey"));
		assertThat(start.status()).isEqualTo(200);
		JsonNode parts = start.json().get("parts");
		for (int i = 0; i < parts.size(); i++) {
			http.send(HttpRequest.newBuilder(java.net.URI.create(parts.get(i).asString()))
				.PUT(HttpRequest.BodyPublishers.ofByteArray(new byte[5_242_880]))
				.build());
		}
		TestHttp.Response done = http.postForm("/multipart/complete/",
				TestHttp.map("uuid", start.json().get("uuid").asString(), "UPLOADCARE_PUB_KEY", "demopublickey"));
		assertThat(done.status()).isEqualTo(200);
		assertName(http, emulator, done.json().get("uuid").asString(), "evil\"X-Injected: 1.bin", "evilXInjected1.bin");

		String source = http.uploadFile("s.txt", "s".getBytes(), "1");
		TestHttp.Response fromUrl = http.postForm("/from_url/", TestHttp.map("pub_key", "demopublickey", "source_url",
				emulator.cdnBaseUrl() + source + "/", "filename", "line\r\nbreak \"q\".txt"));
		String token = fromUrl.json().get("token").asString();
		JsonNode status = await().atMost(Duration.ofSeconds(10))
			.until(() -> http.get(emulator.uploadBaseUrl().resolve("/from_url/status/?token=" + token)).json(),
					j -> j.get("status").asString().equals("success"));
		assertName(http, emulator, status.get("uuid").asString(), "linebreak \"q\".txt", "linebreakq.txt");
	}

	private static void assertName(TestHttp http, UploadcareEmulator emulator, String uuid, String original,
			String sanitised) {
		JsonNode info = http.get(emulator.uploadBaseUrl().resolve("/info/?pub_key=demopublickey&file_id=" + uuid))
			.json();
		assertThat(info.get("original_filename").asString()).isEqualTo(original);
		assertThat(info.get("filename").asString()).isEqualTo(sanitised);
		JsonNode rest = http.rest("GET", "/files/" + uuid + "/", null).json();
		assertThat(rest.get("original_filename").asString()).isEqualTo(original);
		assertThat(rest.get("original_file_url").asString()).endsWith("/" + uuid + "/" + sanitised);
		TestHttp.Response cdn = http.get(emulator.cdnBaseUrl().resolve("/" + uuid + "/"));
		assertThat(cdn.status()).isEqualTo(200);
		assertThat(cdn.headers().firstValue("Content-Disposition")).hasValue("inline; filename=\"" + sanitised + "\"");
		assertThat(cdn.headers().map()).doesNotContainKey("x-injected");
		assertThat(http.rest("GET", "/files/?limit=1000", null).body().getBytes(StandardCharsets.UTF_8)).isNotEmpty();
	}

}
