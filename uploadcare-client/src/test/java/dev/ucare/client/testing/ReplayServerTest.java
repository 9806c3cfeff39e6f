package dev.ucare.client.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class ReplayServerTest {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	static Stream<String> recordingNames() {
		return Recordings.names().stream();
	}

	/**
	 * Every interaction of every recording comes back with its exact status and body; the
	 * request matches.
	 */
	@ParameterizedTest
	@MethodSource("recordingNames")
	void servesEveryInteractionVerbatim(String name) {
		Recording recording = Recordings.load(name);
		try (ReplayServer server = ReplayServer.start(recording)) {
			assertThat(server.baseUrl()).matches("http://127\\.0\\.0\\.1:\\d+/");
			for (Interaction interaction : recording.interactions()) {
				HttpResponse<byte[]> response = Wire.replay(server.baseUrl(), interaction.request());
				RecordedResponse recorded = interaction.response();
				String expectedBody = recorded.body().replace(ReplayServer.S3_PREFIX, server.baseUrl());
				assertThat(response.statusCode()).as(interaction.describe()).isEqualTo(recorded.status());
				assertThat(new String(response.body(), StandardCharsets.UTF_8)).as(interaction.describe())
					.isEqualTo(expectedBody);
				assertThat(response.headers().firstValue("Content-Type").orElse(null)).as(interaction.describe())
					.isEqualTo(recorded.contentType());
				assertThat(response.headers().firstValue("Content-Encoding")).isEmpty();
			}
			server.assertAllInteractionsUsed();
			server.assertAllRequestsMatchRecordings();
			assertThat(server.received()).hasSize(recording.size());
		}
	}

	@Test
	void multipartPartUrlsAreRewrittenToTheServer() {
		Recording recording = Recordings.load("test_multipart_upload");
		try (ReplayServer server = ReplayServer.start(recording)) {
			RecordedRequest start = recording.interaction(0).request();
			HttpResponse<byte[]> started = Wire.send(URI.create(server.baseUrl() + "multipart/start/"), "POST",
					"application/x-www-form-urlencoded", start.bodyBytes());
			assertThat(started.statusCode()).isEqualTo(200);
			JsonNode json = JSON.readTree(started.body());
			List<String> parts = new ArrayList<>();
			json.get("parts").forEach(p -> parts.add(p.asString()));
			assertThat(parts).hasSize(3)
				.allSatisfy(url -> assertThat(url).startsWith(server.baseUrl())
					.contains("partNumber=")
					.contains("X-Amz-Credential=AKIA5C7IQCBHORWBLSGS%2F20210923"));
			assertThat(new String(started.body(), StandardCharsets.UTF_8)).doesNotContain("amazonaws.com");

			int[] sizes = { 5242880, 5242880, 514240 };
			for (int i = 0; i < parts.size(); i++) {
				HttpResponse<byte[]> put = Wire.send(URI.create(parts.get(i)), "PUT", "application/octet-stream",
						new byte[sizes[i]]);
				assertThat(put.statusCode()).isEqualTo(200);
				assertThat(put.headers().firstValue("ETag")).isPresent();
			}
			HttpResponse<byte[]> completed = Wire.send(URI.create(server.baseUrl() + "multipart/complete/"), "POST",
					"application/x-www-form-urlencoded", recording.interaction(4).request().bodyBytes());
			assertThat(completed.statusCode()).isEqualTo(200);
			assertThat(JSON.readTree(completed.body()).get("is_ready").asBoolean()).isTrue();

			server.assertAllInteractionsUsed();
			server.assertAllRequestsMatchRecordings();
			assertThat(server.served()).extracting(s -> s.interaction().index()).containsExactly(0, 1, 2, 3, 4);
		}
	}

	@Test
	void wrongPartSizeIsReportedByTheMatcher() {
		Recording recording = Recordings.load("test_multipart_upload");
		try (ReplayServer server = ReplayServer.start(recording)) {
			RecordedRequest part = recording.interaction(1).request();
			Wire.send(Wire.target(server.baseUrl(), part), "PUT", "application/octet-stream", new byte[10]);
			assertThatThrownBy(server::assertAllRequestsMatchRecordings)
				.hasMessageContaining("test_multipart_upload.yaml#1")
				.hasMessageContaining("body length")
				.hasMessageContaining("expected 5242880 bytes but was 10");
		}
	}

	@Test
	void replaysRelevantHeaders() {
		try (ReplayServer server = ReplayServer.start("test_get_all_metadata")) {
			RecordedRequest request = Recordings.load("test_get_all_metadata").interaction(0).request();
			HttpResponse<byte[]> response = Wire.replay(server.baseUrl(), request);
			assertThat(response.headers().firstValue("X-Uploadcare-Request-Id")).isPresent();
			assertThat(response.headers().firstValue("Content-Type")).hasValue("application/vnd.uploadcare-v0.7+json");
			assertThat(response.headers().firstValue("Warning")).isPresent();
		}
	}

	@Test
	void unmatchedRequestGets599AndIsRecordedAsFailure() {
		try (ReplayServer server = ReplayServer.start("test_delete_webhook")) {
			HttpResponse<byte[]> response = Wire.send(URI.create(server.baseUrl() + "webhooks/1/"), "DELETE", null,
					new byte[0]);
			assertThat(response.statusCode()).isEqualTo(599);
			assertThat(new String(response.body(), StandardCharsets.UTF_8)).contains("DELETE /webhooks/1/")
				.contains("test_delete_webhook.yaml#0");
			assertThat(server.failures()).hasSize(1);
			assertThat(server.received()).hasSize(1);
			assertThatThrownBy(server::assertNoUnmatchedRequests).hasMessageContaining("DELETE /webhooks/1/");
			assertThatThrownBy(server::assertAllRequestsMatchRecordings).isInstanceOf(AssertionError.class);
			assertThat(server.unusedInteractions()).hasSize(1);
			assertThatThrownBy(server::assertAllInteractionsUsed).isInstanceOf(AssertionError.class);
		}
	}

	@Test
	void eachInteractionIsServedOnce() {
		Recording recording = Recordings.load("test_get_project_info");
		try (ReplayServer server = ReplayServer.start(recording)) {
			RecordedRequest request = recording.interaction(0).request();
			assertThat(Wire.replay(server.baseUrl(), request).statusCode()).isEqualTo(200);
			assertThat(Wire.replay(server.baseUrl(), request).statusCode()).isEqualTo(599);
		}
	}

	@Test
	void unusedInteractionsAreListed() {
		try (ReplayServer server = ReplayServer.start("test_convert_document", "test_update_webhook")) {
			assertThat(server.unusedInteractions()).hasSize(3);
			assertThatThrownBy(server::assertAllInteractionsUsed).hasMessageContaining("test_convert_document.yaml#0")
				.hasMessageContaining("test_convert_document.yaml#1")
				.hasMessageContaining("test_update_webhook.yaml#0");
		}
	}

	@Test
	void queryDisambiguatesSamePathInteractions() {
		Recording recording = Recordings.parse("inline", """
				interactions:
				- request: {body: '', headers: {}, method: GET, uri: 'https://api.uploadcare.com/files/?limit=1'}
				  response: {content: 'one', headers: {}, status_code: 200}
				- request: {body: '', headers: {}, method: GET, uri: 'https://api.uploadcare.com/files/?limit=2'}
				  response: {content: 'two', headers: {}, status_code: 200}
				version: 1
				""");
		try (ReplayServer server = ReplayServer.start(recording)) {
			HttpResponse<byte[]> second = Wire.send(URI.create(server.baseUrl() + "files/?limit=2"), "GET", null,
					new byte[0]);
			assertThat(new String(second.body(), StandardCharsets.UTF_8)).isEqualTo("two");
			HttpResponse<byte[]> first = Wire.send(URI.create(server.baseUrl() + "files/?limit=1"), "GET", null,
					new byte[0]);
			assertThat(new String(first.body(), StandardCharsets.UTF_8)).isEqualTo("one");
			server.assertAllInteractionsUsed();
			server.assertAllRequestsMatchRecordings();
		}
	}

	@Test
	void rewriteListIsConfigurable() {
		Recording recording = Recordings.load("test_file_info_has_new_structure");
		try (ReplayServer server = ReplayServer.builder()
			.recording(recording)
			.rewriteToSelf("https://api.uploadcare.com/")
			.start()) {
			HttpResponse<byte[]> response = Wire.replay(server.baseUrl(), recording.interaction(0).request());
			JsonNode json = JSON.readTree(response.body());
			assertThat(json.get("next").asString()).startsWith(server.baseUrl() + "files/?from=");
		}
		try (ReplayServer server = ReplayServer.builder().recordings("test_multipart_upload").rewrites().start()) {
			HttpResponse<byte[]> response = Wire.replay(server.baseUrl(), server.interactions().get(0).request());
			assertThat(new String(response.body(), StandardCharsets.UTF_8)).contains(ReplayServer.S3_PREFIX);
		}
	}

}
