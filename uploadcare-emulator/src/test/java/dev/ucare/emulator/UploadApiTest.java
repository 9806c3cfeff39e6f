package dev.ucare.emulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;

import javax.imageio.ImageIO;

import dev.ucare.testsupport.MutableClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import tools.jackson.databind.JsonNode;

@ExtendWith(UploadcareEmulatorExtension.class)
class UploadApiTest {

	static byte[] png(int width, int height) throws Exception {
		BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ImageIO.write(image, "png", out);
		return out.toByteArray();
	}

	@Test
	void baseUploadsSeveralFilesWithMetadataAndReadsThemBack(UploadcareEmulator emulator) throws Exception {
		TestHttp http = new TestHttp(emulator);
		TestHttp.Response r = http.upload("/base/",
				new TestHttp.Form().field("UPLOADCARE_PUB_KEY", "demopublickey")
					.field("UPLOADCARE_STORE", "1")
					.field("metadata[first_key]", "first_value")
					.file("file851.txt", "sample1.txt", "text/plain", "test1".getBytes(StandardCharsets.UTF_8))
					.file("pic", "pic.png", "image/png", png(30, 20)));
		assertThat(r.status()).isEqualTo(200);
		String text = r.json().get("file851.txt").asString();
		String pic = r.json().get("pic").asString();

		TestHttp.Response info = http
			.get(emulator.uploadBaseUrl().resolve("/info/?pub_key=demopublickey&file_id=" + pic));
		assertThat(info.status()).isEqualTo(200);
		JsonNode json = info.json();
		assertThat(json.get("is_image").asBoolean()).isTrue();
		assertThat(json.get("image_info").get("width").asInt()).isEqualTo(30);
		assertThat(json.get("content_info").get("image").get("height").asInt()).isEqualTo(20);
		assertThat(json.get("is_stored").asBoolean()).isTrue();
		assertThat(json.get("metadata").get("first_key").asString()).isEqualTo("first_value");

		EmulatedFile stored = emulator.file(text).orElseThrow();
		assertThat(stored.originalFilename()).isEqualTo("sample1.txt");
		assertThat(stored.mimeType()).isEqualTo("text/plain");
		assertThat(emulator.fileContent(text)).isEqualTo("test1".getBytes(StandardCharsets.UTF_8));
		assertThat(stored.sha256()).isEqualTo("1b4f0e9851971998e732078544c96b36c3d01cedf7caa332359d6f1d83567014");

		TestHttp.Response cdn = http.get(emulator.cdnBaseUrl().resolve("/" + text + "/"));
		assertThat(cdn.status()).isEqualTo(200);
		assertThat(cdn.body()).isEqualTo("test1");
	}

	@Test
	void signedUploadsAreVerified() {
		Instant clock = Instant.ofEpochSecond(1632470000L);
		try (UploadcareEmulator emulator = UploadcareEmulator.builder()
			.clock(java.time.Clock.fixed(clock, java.time.ZoneOffset.UTC))
			.start()) {
			TestHttp http = new TestHttp(emulator);
			TestHttp.Response ok = signedUpload(http, "1632470819",
					"50af003e37631a54ec45a10ff21a57e8d8b1b73432597592a877a8c5bfee4eec");
			assertThat(ok.status()).isEqualTo(200);

			TestHttp.Response wrong = signedUpload(http, "1632470819", "00ff");
			assertThat(wrong.status()).isEqualTo(403);
			assertThat(wrong.body()).isEqualTo("Invalid signature.");

			TestHttp.Response expired = signedUpload(http, "60",
					"7d2e71d1843788a02d0c7fe6f5d71edf657363a369112e78d4f37ace3f884b00");
			assertThat(expired.status()).isEqualTo(403);
			assertThat(expired.body()).isEqualTo("Expired signature.");
			assertThat(expired.headers().firstValue("Content-Type")).hasValue("text/plain; charset=utf-8");
		}
	}

	/**
	 * {@code POST /base/} of a one-byte file signed with
	 * {@code expire}/{@code signature}.
	 */
	private static TestHttp.Response signedUpload(TestHttp http, String expire, String signature) {
		return http.upload("/base/",
				new TestHttp.Form().field("UPLOADCARE_PUB_KEY", "demopublickey")
					.field("expire", expire)
					.field("signature", signature)
					.file("file.txt", "a.txt", "text/plain", "x".getBytes()));
	}

	@Test
	void errorsArePlainTextOrJsonWithJsonerrors(UploadcareEmulator emulator) {
		TestHttp http = new TestHttp(emulator);
		TestHttp.Response missingKey = http.upload("/base/",
				new TestHttp.Form().file("f", "a.txt", "text/plain", "x".getBytes()));
		assertThat(missingKey.status()).isEqualTo(403);
		assertThat(missingKey.body()).isEqualTo("UPLOADCARE_PUB_KEY is required.");

		TestHttp.Response json = http.upload("/base/?jsonerrors=1",
				new TestHttp.Form().field("UPLOADCARE_PUB_KEY", "nope")
					.file("f", "a.txt", "text/plain", "x".getBytes()));
		assertThat(json.status()).isEqualTo(200);
		assertThat(json.json().get("error").get("status_code").asInt()).isEqualTo(403);
		assertThat(json.json().get("error").get("error_code").asString()).isEqualTo("ProjectPublicKeyInvalidError");

		TestHttp.Response notFound = http.get(emulator.uploadBaseUrl()
			.resolve("/info/?pub_key=demopublickey&file_id=" + java.util.UUID.randomUUID()));
		assertThat(notFound.status()).isEqualTo(404);
		assertThat(notFound.body()).isEqualTo("File is not found.");

		TestHttp.Response badMeta = http.upload("/base/",
				new TestHttp.Form().field("UPLOADCARE_PUB_KEY", "demopublickey")
					.field("metadata[bad key!]", "v")
					.file("f", "a.txt", "text/plain", "x".getBytes()));
		assertThat(badMeta.status()).isEqualTo(400);
		assertThat(badMeta.body()).contains("contains symbols not allowed");
	}

	@Test
	void multipartUploadStreamsPartsAndVerifiesCompleteness(UploadcareEmulator emulator) {
		TestHttp http = new TestHttp(emulator);
		TestHttp.Response small = http.postForm("/multipart/start/", TestHttp.map("filename", "f.bin", "size", "100",
				"content_type", "application/octet-stream", "UPLOADCARE_PUB_KEY", "demopublickey"));
		assertThat(small.status()).isEqualTo(400);
		assertThat(small.body()).startsWith("File size can not be less than 10485760 bytes.");

		int size = 11_000_000;
		byte[] content = new byte[size];
		for (int i = 0; i < size; i++) {
			content[i] = (byte) (i * 31);
		}
		TestHttp.Response start = http.postForm("/multipart/start/", TestHttp.map("filename", "/tmp/dir/file.txt",
				"size", Integer.toString(size), "content_type", "text/plain", "UPLOADCARE_PUB_KEY", "demopublickey"));
		assertThat(start.status()).isEqualTo(200);
		String uuid = start.json().get("uuid").asString();
		JsonNode parts = start.json().get("parts");
		assertThat(parts).hasSize(3);
		assertThat(parts.get(0).asString()).startsWith(emulator.uploadBaseUrl().toString());

		TestHttp.Response early = http.postForm("/multipart/complete/",
				TestHttp.map("uuid", uuid, "UPLOADCARE_PUB_KEY", "demopublickey"));
		assertThat(early.status()).isEqualTo(400);
		assertThat(early.body()).isEqualTo("File size mismatch. Not all parts uploaded?");

		for (int i = 2; i >= 0; i--) { // out of order on purpose
			int from = i * 5242880;
			int to = Math.min(size, from + 5242880);
			TestHttp.Response put = http.send(HttpRequest.newBuilder(URI.create(parts.get(i).asString()))
				.header("Content-Type", "application/octet-stream")
				.PUT(HttpRequest.BodyPublishers.ofByteArray(Arrays.copyOfRange(content, from, to)))
				.build());
			assertThat(put.status()).isEqualTo(200);
		}
		TestHttp.Response done = http.postForm("/multipart/complete/",
				TestHttp.map("uuid", uuid, "UPLOADCARE_PUB_KEY", "demopublickey"));
		assertThat(done.status()).isEqualTo(200);
		assertThat(done.json().get("size").asLong()).isEqualTo(size);
		assertThat(done.json().get("original_filename").asString()).isEqualTo("file.txt");
		assertThat(emulator.fileContent(uuid)).isEqualTo(content);
	}

	@Test
	void groupsThroughUploadApi(UploadcareEmulator emulator) {
		TestHttp http = new TestHttp(emulator);
		String a = http.uploadFile("a.txt", "a".getBytes(), "1");
		String b = http.uploadFile("b.txt", "b".getBytes(), "1");
		TestHttp.Response created = http.postForm("/group/", TestHttp.map("pub_key", "demopublickey", "files[0]", a,
				"files[1]", emulator.cdnBaseUrl() + b + "/-/resize/10x/"));
		assertThat(created.status()).isEqualTo(200);
		String id = created.json().get("id").asString();
		assertThat(id).endsWith("~2");
		assertThat(created.json().get("files").get(1).get("default_effects").asString()).isEqualTo("resize/10x/");

		TestHttp.Response info = http
			.get(emulator.uploadBaseUrl().resolve("/group/info/?pub_key=demopublickey&group_id=" + id));
		assertThat(info.status()).isEqualTo(200);
		assertThat(info.json().get("files_count").asInt()).isEqualTo(2);

		TestHttp.Response none = http.postForm("/group/", TestHttp.map("pub_key", "demopublickey"));
		assertThat(none.status()).isEqualTo(400);
		assertThat(none.body()).isEqualTo("No files[N] parameters found.");

		TestHttp.Response nth = http.get(emulator.cdnBaseUrl().resolve("/" + id + "/nth/1/"));
		assertThat(nth.body()).isEqualTo("b");
	}

	@Test
	void fromUrlFetchesLoopbackUrlsThroughWaitingProgressSuccess(UploadcareEmulator emulator) {
		TestHttp http = new TestHttp(emulator);
		String source = http.uploadFile("remote.txt", "remote content".getBytes(), "1");
		String url = emulator.cdnBaseUrl() + source + "/";
		TestHttp.Response submitted = http.postForm("/from_url/", TestHttp.map("pub_key", "demopublickey", "source_url",
				url, "store", "1", "save_URL_duplicates", "1", "filename", "copy.txt"));
		assertThat(submitted.status()).isEqualTo(200);
		assertThat(submitted.json().get("type").asString()).isEqualTo("token");
		String token = submitted.json().get("token").asString();
		URI status = emulator.uploadBaseUrl().resolve("/from_url/status/?token=" + token);
		assertThat(http.get(status).json().get("status").asString()).isIn("waiting", "progress", "success");
		JsonNode done = await().atMost(Duration.ofSeconds(10))
			.until(() -> http.get(status).json(), j -> !j.get("status").asString().equals("waiting")
					&& !j.get("status").asString().equals("progress"));
		assertThat(done.get("status").asString()).isEqualTo("success");
		assertThat(emulator.fileContent(done.get("uuid").asString())).isEqualTo("remote content".getBytes());
		assertThat(done.get("original_filename").asString()).isEqualTo("copy.txt");

		TestHttp.Response duplicate = http.postForm("/from_url/",
				TestHttp.map("pub_key", "demopublickey", "source_url", url, "check_URL_duplicates", "1"));
		assertThat(duplicate.json().get("type").asString()).isEqualTo("file_info");

		TestHttp.Response missing = http.postForm("/from_url/", TestHttp.map("pub_key", "demopublickey", "source_url",
				emulator.cdnBaseUrl() + "00000000-0000-0000-0000-000000000000/"));
		String badToken = missing.json().get("token").asString();
		JsonNode error = await().atMost(Duration.ofSeconds(10))
			.until(() -> http.get(emulator.uploadBaseUrl().resolve("/from_url/status/?token=" + badToken)).json(),
					j -> j.get("status").asString().equals("error"));
		assertThat(error.get("error_code").asString()).isEqualTo("DownloadFileHTTPClientError");

		TestHttp.Response remote = http.postForm("/from_url/",
				TestHttp.map("pub_key", "demopublickey", "source_url", "ftp://example.com/x"));
		assertThat(remote.status()).isEqualTo(400);
		assertThat(remote.body()).isEqualTo("Invalid URL scheme.");
		assertThat(http.get(emulator.uploadBaseUrl().resolve("/from_url/status/?token=nope"))
			.json()
			.get("status")
			.asString()).isEqualTo("unknown");
	}

	@Test
	void unstoredFilesExpireAfterTheirTtl() {
		MutableClock clock = new MutableClock(Instant.parse("2024-01-01T00:00:00Z"));
		try (UploadcareEmulator emulator = UploadcareEmulator.builder()
			.clock(clock)
			.unstoredFileTtl(Duration.ofHours(1))
			.start()) {
			TestHttp http = new TestHttp(emulator);
			String temp = http.uploadFile("t.txt", "t".getBytes(), "0");
			String kept = http.uploadFile("k.txt", "k".getBytes(), "1");
			clock.advance(Duration.ofMinutes(61));
			assertThat(emulator.file(temp).orElseThrow().isRemoved()).isTrue();
			assertThat(emulator.file(kept).orElseThrow().isStored()).isTrue();
			assertThat(http.get(emulator.cdnBaseUrl().resolve("/" + temp + "/")).status()).isEqualTo(404);
		}
	}

}
