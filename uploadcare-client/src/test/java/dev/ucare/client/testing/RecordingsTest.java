package dev.ucare.client.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

class RecordingsTest {

	@Test
	void allRecordingsLoadWithCompleteInteractions() {
		List<Recording> all = Recordings.all();
		assertThat(all).hasSize(28);
		assertThat(all).extracting(Recording::name)
			.contains("test_multipart_upload", "test_upload_file", "test_create_webhook",
					"test_file_info_has_new_structure");
		for (Recording recording : all) {
			assertThat(recording.interactions()).as(recording.name()).isNotEmpty();
			for (Interaction interaction : recording.interactions()) {
				assertThat(interaction.recording()).isEqualTo(recording.name());
				assertThat(interaction.request().method()).isIn("GET", "POST", "PUT", "DELETE");
				assertThat(interaction.request().host()).isIn("api.uploadcare.com", "upload.uploadcare.com",
						"uploadcare.s3-accelerate.amazonaws.com");
				assertThat(interaction.response().status()).isBetween(200, 599);
			}
		}
	}

	@Test
	void parsesFieldsOfKnownRecordings() {
		Recording webhook = Recordings.load("test_create_webhook.yaml");
		Interaction created = webhook.interaction(0);
		assertThat(created.request().method()).isEqualTo("POST");
		assertThat(created.request().path()).isEqualTo("/webhooks/");
		assertThat(created.request().baseContentType()).isEqualTo("application/x-www-form-urlencoded");
		assertThat(created.request().body()).startsWith("event=file.uploaded&target_url=");
		assertThat(created.response().status()).isEqualTo(201);
		assertThat(created.response().contentType()).isEqualTo("application/vnd.uploadcare-v0.7+json");
		assertThat(created.response().body()).startsWith("{\"id\":847096,");

		Recording multipart = Recordings.load("test_multipart_upload");
		assertThat(multipart.size()).isEqualTo(5);
		RecordedRequest part = multipart.interaction(1).request();
		assertThat(part.host()).isEqualTo("uploadcare.s3-accelerate.amazonaws.com");
		assertThat(part.isBodyAbbreviated()).isTrue();
		assertThat(part.recordedContentLength()).isEqualTo(5242880);
		assertThat(part.queryParameters()).containsEntry("partNumber", List.of("1"))
			.containsEntry("X-Amz-Credential", List.of("AKIA5C7IQCBHORWBLSGS/20210923/us-east-1/s3/aws4_request"));
		assertThat(multipart.interaction(1).response().header("etag"))
			.isEqualTo("\"2b5c91ad399409ec9b409b66f5bb00fb\"");
		// the start form was edited after recording (Content-Length 97, body 90 bytes)
		// but is not abbreviated
		assertThat(multipart.interaction(0).request().isBodyAbbreviated()).isFalse();

		RecordedRequest upload = Recordings.load("test_upload_file").interaction(0).request();
		assertThat(upload.isBodyAbbreviated()).isFalse();
		assertThat(upload.body()).contains("name=\"UPLOADCARE_STORE\"\r\n\r\nauto\r\n");

		RecordedRequest metadata = Recordings.load("test_create_key_and_delete").interaction(0).request();
		assertThat(metadata.rawPath()).isEqualTo("/files/a55d6b25-d03c-4038-9838-6e06bb7df598/metadata/-:45az_/");
		assertThat(Recordings.load("test_create_key_and_delete").interaction(1).response().status()).isEqualTo(204);
	}

	@Test
	void parsesAlternativeVcrLayout() {
		Recording recording = Recordings.parse("inline", """
				interactions:
				- request:
				    body:
				      string: '{"a": 1}'
				    headers:
				      Content-Type: application/json
				    method: post
				    uri: https://api.uploadcare.com/x/?q=1
				  response:
				    body:
				      string: 'hello'
				    headers: {}
				    status:
				      code: 418
				      message: teapot
				version: 1
				""");
		Interaction interaction = recording.interaction(0);
		assertThat(interaction.request().method()).isEqualTo("POST");
		assertThat(interaction.request().body()).isEqualTo("{\"a\": 1}");
		assertThat(interaction.request().contentType()).isEqualTo("application/json");
		assertThat(interaction.response().status()).isEqualTo(418);
		assertThat(interaction.response().body()).isEqualTo("hello");
	}

	@Test
	void unknownRecordingFailsClearly() {
		assertThatThrownBy(() -> Recordings.load("nope")).isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("recordings/nope.yaml");
	}

	@Test
	void readmeKeepsAttribution() throws IOException {
		try (InputStream in = getClass().getClassLoader().getResourceAsStream("recordings/README.md")) {
			assertThat(in).isNotNull();
			String readme = new String(in.readAllBytes(), StandardCharsets.UTF_8);
			assertThat(readme).contains("pyuploadcare", "MIT licence", "Copyright", "Uploadcare, Inc");
		}
	}

}
