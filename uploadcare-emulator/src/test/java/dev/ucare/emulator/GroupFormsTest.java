package dev.ucare.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import tools.jackson.databind.JsonNode;

/**
 * {@code POST /group/} takes its files as {@code files[N]} (most SDKs) or as repeated
 * {@code files[]} (the JS SDK), urlencoded or multipart.
 */
@ExtendWith(UploadcareEmulatorExtension.class)
class GroupFormsTest {

	private static List<String> uuids(JsonNode group) {
		List<String> uuids = new ArrayList<>();
		group.get("files").forEach(f -> uuids.add(f.get("uuid").asString()));
		return uuids;
	}

	@Test
	void repeatedFilesBracketsInAMultipartFormKeepEveryFile(UploadcareEmulator emulator) {
		TestHttp http = new TestHttp(emulator);
		String a = http.uploadFile("a.txt", "a".getBytes(), "1");
		String b = http.uploadFile("b.txt", "b".getBytes(), "1");
		String c = http.uploadFile("c.txt", "c".getBytes(), "1");
		TestHttp.Response r = http.upload("/group/?jsonerrors=1",
				new TestHttp.Form().field("files[]", a)
					.field("files[]", b + "/-/resize/10x/")
					.field("files[]", c)
					.field("pub_key", "demopublickey"));
		assertThat(r.status()).isEqualTo(200);
		assertThat(r.json().get("id").asString()).endsWith("~3");
		assertThat(uuids(r.json())).containsExactly(a, b, c);
		assertThat(r.json().get("files").get(1).get("default_effects").asString()).isEqualTo("resize/10x/");
	}

	@Test
	void repeatedFilesBracketsInAnUrlencodedFormKeepEveryFile(UploadcareEmulator emulator) {
		TestHttp http = new TestHttp(emulator);
		String a = http.uploadFile("a.txt", "a".getBytes(), "1");
		String b = http.uploadFile("b.txt", "b".getBytes(), "1");
		String body = "pub_key=demopublickey&" + enc("files[]") + "=" + a + "&" + enc("files[]") + "="
				+ enc(emulator.cdnBaseUrl() + b + "/");
		TestHttp.Response r = http.send(HttpRequest.newBuilder(emulator.uploadBaseUrl().resolve("/group/"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build());
		assertThat(r.status()).isEqualTo(200);
		assertThat(r.json().get("files_count").asInt()).isEqualTo(2);
		assertThat(uuids(r.json())).containsExactly(a, b);
	}

	@Test
	void indexedFilesAreTakenInIndexOrderWhateverTheFieldOrder(UploadcareEmulator emulator) {
		TestHttp http = new TestHttp(emulator);
		String a = http.uploadFile("a.txt", "a".getBytes(), "1");
		String b = http.uploadFile("b.txt", "b".getBytes(), "1");
		TestHttp.Response r = http.upload("/group/",
				new TestHttp.Form().field("pub_key", "demopublickey").field("files[1]", b).field("files[0]", a));
		assertThat(r.status()).isEqualTo(200);
		assertThat(uuids(r.json())).containsExactly(a, b);

		TestHttp.Response unknown = http.upload("/group/",
				new TestHttp.Form().field("pub_key", "demopublickey")
					.field("files[]", a)
					.field("files[]", java.util.UUID.randomUUID().toString()));
		assertThat(unknown.status()).isEqualTo(400);
		assertThat(unknown.body()).isEqualTo("Some files not found.");
	}

	private static String enc(String s) {
		return URLEncoder.encode(s, StandardCharsets.UTF_8);
	}

}
