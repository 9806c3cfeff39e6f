package dev.ucare.client.testing;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;

import dev.ucare.client.testing.Cassette.Interaction;
import dev.ucare.client.testing.Cassette.Recorded;
import dev.ucare.testsupport.Request;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The replay of the recordings: it serves them faithfully and its matcher can fail. */
class ReplayServerTest {

	private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

	static List<String> cassettes() {
		return Cassette.names();
	}

	@Test
	void everyRecordingLoads() throws Exception {
		List<Cassette> all = Cassette.loadAll();
		assertThat(all).hasSize(28).allSatisfy(cassette -> assertThat(cassette.interactions()).isNotEmpty());
		assertThat(all).flatMap(Cassette::interactions)
			.allSatisfy(i -> assertThat(i.request().uri().getHost()).isIn("api.uploadcare.com", "upload.uploadcare.com",
					"uploadcare.s3-accelerate.amazonaws.com"));
		assertThatThrownBy(() -> Cassette.load("nope")).hasMessageContaining("recordings/nope.yaml");
	}

	@ParameterizedTest
	@MethodSource("cassettes")
	void servesEveryRecordedRequestWhichMatchesItself(String name) throws Exception {
		try (ReplayServer server = ReplayServer.start(name)) {
			for (Interaction interaction : Cassette.load(name).interactions()) {
				Recorded recorded = interaction.request();
				Request verbatim = new Request(recorded.method(), recorded.uri().getRawPath(),
						recorded.uri().getRawQuery(), recorded.headers(), realisticBody(recorded));
				assertThat(RequestAssertions.differences(recorded, verbatim, MatchOptions.defaults()))
					.as(interaction.describe())
					.isEmpty();
				HttpResponse<String> response = send(server, recorded);
				assertThat(response.statusCode()).as(interaction.describe()).isEqualTo(interaction.status());
				assertThat(response.body())
					.isEqualTo(interaction.body().replace(ReplayServer.S3_PREFIX, server.baseUrl()));
			}
			server.assertAllInteractionsUsed();
		}
	}

	@Test
	void unmatchedAndUnusedInteractionsAreReported() throws Exception {
		try (ReplayServer server = ReplayServer.start("test_get_project_info")) {
			assertThatThrownBy(server::assertAllInteractionsUsed).hasMessageContaining("test_get_project_info.yaml#0");
			HttpResponse<String> response = HTTP.send(
					HttpRequest.newBuilder(URI.create(server.baseUrl() + "nothing/")).build(),
					HttpResponse.BodyHandlers.ofString());
			assertThat(response.statusCode()).isEqualTo(599);
			assertThatThrownBy(server::assertNoUnmatchedRequests).hasMessageContaining("GET /nothing/");
		}
	}

	@Test
	void theMatcherSeesEveryKindOfDifference() {
		Recorded form = Cassette.load("test_create_webhook").interactions().get(0).request();
		assertThat(differences(form, request(form, "PUT", form.uri().getRawPath(), null, form.body()))).singleElement()
			.asString()
			.startsWith("method");
		assertThat(differences(form, request(form, "POST", "/webhooks/x/", null, form.body()))).singleElement()
			.asString()
			.startsWith("path");
		assertThat(differences(form, request(form, "POST", "/webhooks/", "a=1", form.body()))).singleElement()
			.asString()
			.contains("query parameter 'a'");
		assertThat(differences(form, request(form, "POST", "/webhooks/", null, form.body() + "&extra=1")))
			.singleElement()
			.asString()
			.contains("form field 'extra'");
		assertThat(
				RequestAssertions.differences(form, request(form, "POST", "/webhooks/", null, form.body() + "&extra=1"),
						MatchOptions.defaults().ignoringFields("extra")))
			.isEmpty();

		Recorded json = Cassette.load("test_update_webhook").interactions().get(0).request();
		assertThat(differences(json, request(json, "PUT", json.uri().getRawPath(), null, "{\"is_active\":true}")))
			.isNotEmpty()
			.allSatisfy(diff -> assertThat(diff).startsWith("JSON field"));

		Recorded multipart = Cassette.load("test_upload_file").interactions().get(0).request();
		String renamed = multipart.body().replace("filename=\"tmpx57i2oot\"", "filename=\"other.txt\"");
		assertThat(differences(multipart, request(multipart, "POST", "/base/", null, renamed))).singleElement()
			.asString()
			.contains("multipart part 'file.txt'");
		assertThat(RequestAssertions.differences(multipart, request(multipart, "POST", "/base/", null, renamed),
				MatchOptions.defaults().ignoringFileNames()))
			.isEmpty();
		String restored = multipart.body().replace("\r\n\r\nauto\r\n", "\r\n\r\n1\r\n");
		assertThat(differences(multipart, request(multipart, "POST", "/base/", null, restored))).singleElement()
			.asString()
			.contains("UPLOADCARE_STORE");
		assertThat(RequestAssertions.differences(multipart, request(multipart, "POST", "/base/", null, restored),
				MatchOptions.defaults().ignoringValuesOf("UPLOADCARE_STORE")))
			.isEmpty();

		Recorded part = Cassette.load("test_multipart_upload").interactions().get(1).request();
		assertThat(part.bodyAbbreviated()).isTrue();
		assertThat(differences(part, request(part, "PUT", part.uri().getRawPath(), part.uri().getRawQuery(), "x")))
			.singleElement()
			.asString()
			.contains("Content-Length");
	}

	private static List<String> differences(Recorded recorded, Request actual) {
		return RequestAssertions.differences(recorded, actual, MatchOptions.defaults());
	}

	private static Request request(Recorded recorded, String method, String path, String query, String body) {
		return new Request(method, path, query, recorded.headers(), body.getBytes(StandardCharsets.UTF_8));
	}

	/** The body a client sent: a VCR placeholder stands for Content-Length bytes. */
	private static byte[] realisticBody(Recorded recorded) {
		return recorded.bodyAbbreviated() && recorded.contentLength() >= 0 ? new byte[(int) recorded.contentLength()]
				: recorded.body().getBytes(StandardCharsets.UTF_8);
	}

	private static HttpResponse<String> send(ReplayServer server, Recorded recorded) throws Exception {
		String query = recorded.uri().getRawQuery() == null ? "" : "?" + recorded.uri().getRawQuery();
		byte[] body = realisticBody(recorded);
		HttpRequest.Builder request = HttpRequest
			.newBuilder(URI.create(server.baseUrl() + recorded.uri().getRawPath().substring(1) + query))
			.method(recorded.method(), body.length == 0 ? HttpRequest.BodyPublishers.noBody()
					: HttpRequest.BodyPublishers.ofByteArray(body));
		String type = recorded.asRequest().contentType();
		if (type != null) {
			request.header("Content-Type", type);
		}
		return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

}
