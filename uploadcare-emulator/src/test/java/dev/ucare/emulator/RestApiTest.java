package dev.ucare.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import tools.jackson.databind.JsonNode;

@ExtendWith(UploadcareEmulatorExtension.class)
class RestApiTest {

	@Test
	void authenticationFailuresGetTheRealStatusAndDetail(UploadcareEmulator emulator) {
		TestHttp http = new TestHttp(emulator);
		URI files = emulator.restBaseUrl().resolve("/files/");
		TestHttp.Response noAccept = http.send(HttpRequest.newBuilder(files)
			.header("Authorization", "Uploadcare.Simple demopublickey:demosecretkey")
			.build());
		assertThat(noAccept.status()).isEqualTo(406);
		assertThat(noAccept.json().get("detail").asString()).isEqualTo(
				"Incorrect Accept header provided. Make sure to specify API version. Refer to REST API docs for details.");

		TestHttp.Response simple = http.send(HttpRequest.newBuilder(files)
			.header("Accept", TestHttp.ACCEPT)
			.header("Authorization", "Uploadcare.Simple demopublickey:demosecretkey")
			.build());
		assertThat(simple.status()).isEqualTo(200);
		assertThat(simple.headers().firstValue("X-Uploadcare-Request-Id")).isPresent();

		assertThat(http.rest("GET", "/files/", null, "demopublickey", "wrong", Instant.now())
			.json()
			.get("detail")
			.asString()).isEqualTo("Invalid signature. Please check your Secret key.");
		TestHttp.Response unknown = http.rest("GET", "/files/", null, "nokey", "x", Instant.now());
		assertThat(unknown.status()).isEqualTo(401);
		assertThat(unknown.json().get("detail").asString()).isEqualTo("Public key nokey not found.");
		TestHttp.Response stale = http.rest("GET", "/files/", null, "demopublickey", "demosecretkey",
				Instant.now().minus(Duration.ofMinutes(20)));
		assertThat(stale.status()).isEqualTo(401);
		TestHttp.Response noDate = http.send(HttpRequest.newBuilder(files)
			.header("Accept", TestHttp.ACCEPT)
			.header("Authorization", "Uploadcare demopublickey:abc")
			.build());
		assertThat(noDate.status()).isEqualTo(401);
		assertThat(noDate.json().get("detail").asString()).isEqualTo("Incorrect authentication credentials.");

		try (UploadcareEmulator strict = UploadcareEmulator.builder().refuseSimpleAuthOverHttp(true).start()) {
			TestHttp.Response refused = new TestHttp(strict)
				.send(HttpRequest.newBuilder(strict.restBaseUrl().resolve("/files/"))
					.header("Accept", TestHttp.ACCEPT)
					.header("Authorization", "Uploadcare.Simple demopublickey:demosecretkey")
					.build());
			assertThat(refused.status()).isEqualTo(400);
			assertThat(refused.json().get("detail").asString())
				.startsWith("Simple authentication over HTTP is forbidden.");
		}
	}

	@Test
	void signatureMatchesTheReferenceVector() {
		assertThat(TestHttp.signature("demosecretkey", "GET", new byte[0], "application/json",
				"Fri, 30 Sep 2016 11:10:54 GMT", "/files/?limit=1&stored=true"))
			.isEqualTo("3b560df3211143339f65bba4098190d55cfe8982");
	}

	@Test
	void listPaginatesWithCursorsAndFilters(UploadcareEmulator emulator) {
		TestHttp http = new TestHttp(emulator);
		Set<String> uploaded = new HashSet<>();
		for (int i = 0; i < 7; i++) {
			uploaded.add(http.uploadFile("f" + i + ".txt", ("c" + i).getBytes(), i % 2 == 0 ? "1" : "0"));
		}
		Set<String> seen = new HashSet<>();
		TestHttp.Response page = http.rest("GET", "/files/?limit=3", null);
		int pages = 0;
		while (true) {
			JsonNode json = page.json();
			json.get("results").forEach(f -> seen.add(f.get("uuid").asString()));
			pages++;
			if (json.get("next").isNull()) {
				break;
			}
			assertThat(json.get("next").asString()).startsWith(emulator.restBaseUrl().toString()).contains("offset=");
			page = http.restUrl(json.get("next").asString());
		}
		assertThat(pages).isEqualTo(3);
		assertThat(seen).isEqualTo(uploaded);
		JsonNode stored = http.rest("GET", "/files/?stored=true&ordering=-datetime_uploaded", null).json();
		assertThat(stored.get("results")).hasSize(4);
		assertThat(stored.get("totals").get("unstored").asInt()).isEqualTo(3);
		JsonNode last = http.restUrl(emulator.restBaseUrl() + "files/?limit=2&ordering=-datetime_uploaded").json();
		JsonNode second = http.restUrl(last.get("next").asString()).json();
		JsonNode back = http.restUrl(second.get("previous").asString()).json();
		assertThat(back.get("results").get(0).get("uuid")).isEqualTo(last.get("results").get(0).get("uuid"));
	}

	@Test
	void storeDeleteBatchAndCopy(UploadcareEmulator emulator) {
		TestHttp http = new TestHttp(emulator);
		String a = http.uploadFile("a.txt", "a".getBytes(), "0");
		String b = http.uploadFile("b.txt", "b".getBytes(), "0");
		TestHttp.Response stored = http.rest("PUT", "/files/" + a + "/storage/", null);
		assertThat(stored.json().get("datetime_stored").isNull()).isFalse();
		JsonNode batch = http
			.rest("PUT", "/files/storage/", "[\"" + b + "\",\"nope\",\"" + java.util.UUID.randomUUID() + "\"]")
			.json();
		assertThat(batch.get("status").asString()).isEqualTo("ok");
		assertThat(batch.get("result")).hasSize(1);
		assertThat(batch.get("problems").get("nope").asString()).isEqualTo("Invalid");
		assertThat(http.rest("PUT", "/files/storage/", "[]").json().get("detail").asString())
			.isEqualTo("List of UUIDs can not be empty");

		TestHttp.Response copy = http.rest("POST", "/files/local_copy/", "{\"source\":\"" + a + "\",\"store\":true}");
		assertThat(copy.status()).isEqualTo(201);
		String copied = copy.json().get("result").get("uuid").asString();
		assertThat(emulator.fileContent(copied)).isEqualTo("a".getBytes());
		TestHttp.Response remote = http.rest("POST", "/files/remote_copy/",
				"{\"source\":\"" + a + "\",\"target\":\"s3\"}");
		assertThat(remote.status()).isEqualTo(201);
		assertThat(http.rest("POST", "/files/remote_copy/", "{\"source\":\"" + a + "\",\"target\":\"s3\"}").status())
			.isEqualTo(200);

		TestHttp.Response deleted = http.rest("DELETE", "/files/" + a + "/storage/", null);
		assertThat(deleted.json().get("datetime_removed").isNull()).isFalse();
		assertThat(emulator.file(a).orElseThrow().isRemoved()).isTrue();
		assertThat(http.get(emulator.cdnBaseUrl().resolve("/" + a + "/")).status()).isEqualTo(404);
		assertThat(http.rest("GET", "/files/" + java.util.UUID.randomUUID() + "/", null).status()).isEqualTo(404);
		assertThat(http.rest("DELETE", "/files/storage/", "[\"" + b + "\"]").json().get("result")).hasSize(1);
	}

	@Test
	void metadataFollowsTheServerRules(UploadcareEmulator emulator) {
		TestHttp http = new TestHttp(emulator);
		String f = http.uploadFile("a.txt", "a".getBytes(), "1");
		assertThat(http.rest("GET", "/files/" + f + "/metadata/", null).body()).isEqualTo("{}");
		TestHttp.Response created = http.rest("PUT", "/files/" + f + "/metadata/-:45az_/", "\"any string up to 512\"");
		assertThat(created.status()).isEqualTo(200);
		assertThat(created.body()).isEqualTo("\"any string up to 512\"");
		assertThat(http.rest("PUT", "/files/" + f + "/metadata/-:45az_/", "\"v2\"").status()).isEqualTo(200);
		assertThat(http.rest("GET", "/files/" + f + "/metadata/-:45az_/", null).body()).isEqualTo("\"v2\"");
		assertThat(http.rest("PUT", "/files/" + f + "/metadata/bad%20key/", "\"v\"").status()).isEqualTo(400);
		assertThat(http.rest("PUT", "/files/" + f + "/metadata/k/", "\"" + "x".repeat(513) + "\"").status())
			.isEqualTo(400);
		assertThat(http.rest("DELETE", "/files/" + f + "/metadata/-:45az_/", null).status()).isEqualTo(204);
		assertThat(http.rest("GET", "/files/" + f + "/metadata/-:45az_/", null).status()).isEqualTo(404);
		assertThat(emulator.file(f).orElseThrow().metadata()).isEmpty();
	}

	@Test
	void groupsProjectAndWebhooks(UploadcareEmulator emulator) {
		TestHttp http = new TestHttp(emulator);
		String f = http.uploadFile("a.txt", "a".getBytes(), "1");
		EmulatedGroup group = emulator.seedGroup(null, java.util.List.of(f));
		JsonNode info = http.rest("GET", "/groups/" + group.id() + "/", null).json();
		assertThat(info.get("files").get(0).get("uuid").asString()).isEqualTo(f);
		assertThat(http.rest("GET", "/groups/", null).json().get("results")).hasSize(1);
		assertThat(http.rest("DELETE", "/groups/" + group.id() + "/", null).status()).isEqualTo(204);
		assertThat(http.rest("GET", "/groups/" + group.id() + "/", null).status()).isEqualTo(404);

		assertThat(http.rest("GET", "/project/", null).json().get("pub_key").asString()).isEqualTo("demopublickey");

		TestHttp.Response created = http.rest("POST", "/webhooks/",
				"{\"target_url\":\"http://127.0.0.1:1/hook\",\"event\":\"file.uploaded\",\"is_active\":true}");
		assertThat(created.status()).isEqualTo(201);
		long id = created.json().get("id").asLong();
		assertThat(http.rest("POST", "/webhooks/", "{\"target_url\":\"http://127.0.0.1:1/hook\"}").body())
			.contains("This project is already subscribed on this event");
		assertThat(http.rest("POST", "/webhooks/", "{}").json().get("detail").asString())
			.isEqualTo("`target_url` is missing.");
		TestHttp.Response updated = http.rest("PUT", "/webhooks/" + id + "/", "{\"is_active\": false}");
		assertThat(updated.json().get("is_active").asBoolean()).isFalse();
		assertThat(http.rest("GET", "/webhooks/", null).json()).hasSize(1);
		assertThat(http.rest("DELETE", "/webhooks/" + id + "/", null).status()).isEqualTo(204);
		assertThat(http.rest("GET", "/webhooks/", null).json()).isEmpty();
	}

	@Test
	void projectInfoHasValidLookingValues(UploadcareEmulator emulator) {
		JsonNode project = new TestHttp(emulator).rest("GET", "/project/", null).json();
		JsonNode collaborator = project.get("collaborators").get(0);
		// what strict e-mail validators accept: a dotted domain with a top-level label
		assertThat(collaborator.get("email").asString())
			.matches("[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,}");
		assertThat(collaborator.get("name").asString()).isNotBlank();
		assertThat(project.get("name").asString()).isNotBlank();
		assertThat(project.get("pub_key").asString()).isEqualTo(emulator.publicKey());
	}

	@Test
	void numbersTooLargeForTheirIdsAreAClientsMistakeNotA500(UploadcareEmulator emulator) {
		TestHttp http = new TestHttp(emulator);
		String huge = "99999999999999999999";
		String file = emulator.seedFile(null, "movie.mp4", "not really a video".getBytes()).uuid();
		String group = emulator.seedGroup(null, java.util.List.of(file)).id();
		assertThat(http.rest("PUT", "/webhooks/" + huge + "/", "{}").status()).isEqualTo(404);
		assertThat(http.rest("DELETE", "/webhooks/" + huge + "/", null).status()).isEqualTo(404);
		assertThat(http.rest("GET", "/convert/document/status/" + huge + "/", null).status()).isEqualTo(404);
		assertThat(http.rest("GET", "/convert/video/status/" + huge + "/", null).status()).isEqualTo(404);
		TestHttp.Response thumbs = http.rest("POST", "/convert/video/",
				"{\"paths\":[\"" + file + "/video/-/thumbs~" + huge + "/\"]}");
		assertThat(thumbs.status()).isEqualTo(200);
		assertThat(thumbs.json().get("result").get(0).get("thumbnails_group_uuid").asString()).endsWith("~50");
		assertThat(http.get(emulator.cdnBaseUrl().resolve("/" + group + "/nth/" + huge + "/")).status()).isEqualTo(404);
		assertThat(http
			.send(HttpRequest.newBuilder(emulator.uploadBaseUrl().resolve("/multipart/part/x/" + huge + "/"))
				.PUT(HttpRequest.BodyPublishers.ofString("x"))
				.build())
			.status()).isEqualTo(404);
	}

}
