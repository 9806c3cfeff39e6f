package dev.ucare.client.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class RequestAssertionsTest {

	static Stream<Interaction> allInteractions() {
		return Recordings.all().stream().flatMap(r -> r.interactions().stream());
	}

	@ParameterizedTest
	@MethodSource("allInteractions")
	void recordedRequestMatchesItself(Interaction interaction) {
		RequestAssertions.assertMatches(interaction, Wire.asReceived(interaction.request()));
		RequestAssertions.assertMatches(interaction.request(), Wire.asReceived(interaction.request()));
	}

	private static ReceivedRequest request(String method, String rawPath, String rawQuery, String contentType,
			String body) {
		Map<String, List<String>> headers = new LinkedHashMap<>();
		if (contentType != null) {
			headers.put("content-type", List.of(contentType));
		}
		return new ReceivedRequest(method, rawPath, rawQuery, headers,
				body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8));
	}

	private static Interaction interaction(String recording, int index) {
		return Recordings.load(recording).interaction(index);
	}

	@Test
	void rejectsOtherMethod() {
		Interaction update = interaction("test_update_webhook", 0);
		assertThatThrownBy(() -> RequestAssertions.assertMatches(update,
				request("PATCH", "/webhooks/847096/", null, "application/json", "{\"is_active\": false}")))
			.hasMessageContaining("test_update_webhook.yaml#0")
			.hasMessageContaining("method: expected PUT but was PATCH");
	}

	@Test
	void rejectsOtherPath() {
		Interaction update = interaction("test_update_webhook", 0);
		assertThatThrownBy(() -> RequestAssertions.assertMatches(update,
				request("PUT", "/webhooks/847096", null, "application/json", "{\"is_active\": false}")))
			.hasMessageContaining("path: expected /webhooks/847096/ but was /webhooks/847096");
	}

	@Test
	void pathIsComparedDecoded() {
		Interaction put = interaction("test_create_key_and_delete", 0);
		RequestAssertions.assertMatches(put,
				request("PUT", "/files/a55d6b25-d03c-4038-9838-6e06bb7df598/metadata/-%3A45az_/", null,
						"application/json", "\"any string up to 512\""));
	}

	@Test
	void queryIsDecodedAndOrderInsensitive() {
		Interaction part = interaction("test_multipart_upload", 1);
		Map<String, List<String>> params = part.request().queryParameters();
		// reversed parameter order, fully re-encoded
		StringBuilder query = new StringBuilder();
		List<String> names = List.copyOf(params.keySet());
		for (int i = names.size() - 1; i >= 0; i--) {
			query.append(query.length() == 0 ? "" : "&")
				.append(names.get(i))
				.append('=')
				.append(java.net.URLEncoder.encode(params.get(names.get(i)).get(0), StandardCharsets.UTF_8));
		}
		ReceivedRequest reordered = new ReceivedRequest("PUT", part.request().rawPath(), query.toString(),
				Map.of("Content-Type", List.of("application/octet-stream")), new byte[5242880]);
		RequestAssertions.assertMatches(part, reordered);

		ReceivedRequest doubleEncoded = new ReceivedRequest("PUT", part.request().rawPath(),
				part.request().rawQuery().replace("%2F", "%252F"),
				Map.of("Content-Type", List.of("application/octet-stream")), new byte[5242880]);
		assertThatThrownBy(() -> RequestAssertions.assertMatches(part, doubleEncoded))
			.hasMessageContaining("query parameter 'X-Amz-Credential'");
	}

	@Test
	void rejectsChangedMissingOrExtraQueryParameter() {
		Interaction status = interaction("test_remove_bg_status", 0);
		String path = status.request().rawPath();
		assertThatThrownBy(
				() -> RequestAssertions.assertMatches(status, request("GET", path, "request_id=other", null, null)))
			.hasMessageContaining("query parameter 'request_id': expected");
		assertThatThrownBy(() -> RequestAssertions.assertMatches(status, request("GET", path, null, null, null)))
			.hasMessageContaining("query parameter 'request_id': missing");
		assertThatThrownBy(() -> RequestAssertions.assertMatches(status,
				request("GET", path, status.request().rawQuery() + "&x=1", null, null)))
			.hasMessageContaining("query parameter 'x': not in recording");
	}

	@Test
	void jsonIsComparedStructurally() {
		Interaction remove = interaction("test_remove_bg_execute", 0);
		String path = remove.request().rawPath();
		RequestAssertions.assertMatches(remove, request("POST", path, null, "application/json;charset=UTF-8",
				"{\"params\":{\"add_shadow\":true,\"crop\":true},\"target\":\"485f5c0e-3567-46b1-a5c9-96a8ffc45713\"}"));
		assertThatThrownBy(() -> RequestAssertions.assertMatches(remove, request("POST", path, null, "application/json",
				"{\"params\":{\"add_shadow\":false,\"crop\":true},\"target\":\"485f5c0e-3567-46b1-a5c9-96a8ffc45713\"}")))
			.hasMessageContaining("test_remove_bg_execute.yaml#0")
			.hasMessageContaining("JSON field 'params'");
		assertThatThrownBy(() -> RequestAssertions.assertMatches(remove,
				request("POST", path, null, "application/json",
						"{\"target\":\"485f5c0e-3567-46b1-a5c9-96a8ffc45713\"}")))
			.hasMessageContaining("JSON field 'params': missing");

		Interaction save = interaction("test_convert_document_with_save_in_group", 0);
		assertThatThrownBy(() -> RequestAssertions.assertMatches(save, request("POST", "/convert/document/", null,
				"application/json",
				"{\"paths\":[\"da288a95-3029-4044-b902-5107e8579c5c/document/-/format/jpg/\"],\"save_in_group\":true}")))
			.hasMessageContaining("JSON field 'save_in_group': expected \"1\" but was true");

		Interaction key = interaction("test_create_key_and_delete", 0);
		assertThatThrownBy(() -> RequestAssertions.assertMatches(key,
				request("PUT", key.request().rawPath(), null, "application/json", "any string up to 512")))
			.hasMessageContaining("not JSON");
	}

	@Test
	void rejectsOtherContentType() {
		Interaction update = interaction("test_update_webhook", 0);
		assertThatThrownBy(() -> RequestAssertions.assertMatches(update,
				request("PUT", "/webhooks/847096/", null, "application/x-www-form-urlencoded", "is_active=false")))
			.hasMessageContaining(
					"content type: expected application/json but was " + "application/x-www-form-urlencoded");
	}

	@Test
	void rejectsBodyOnBodylessRequest() {
		Interaction delete = interaction("test_delete_webhook", 0);
		RequestAssertions.assertMatches(delete, request("DELETE", "/webhooks/847096/", null, null, null));
		assertThatThrownBy(() -> RequestAssertions.assertMatches(delete,
				request("DELETE", "/webhooks/847096/", null, "application/json", "{}")))
			.hasMessageContaining("body: expected no body");
	}

	@Test
	void formIsComparedAsDecodedMultimap() {
		Interaction create = interaction("test_create_webhook", 0);
		RequestAssertions.assertMatches(create,
				request("POST", "/webhooks/", null, "application/x-www-form-urlencoded; charset=UTF-8",
						"is_active=true&target_url=https://webhook.site/699ba5a4-b178-41c7-b416-5d1b6739d052"
								+ "&event=file.uploaded"));
		assertThatThrownBy(() -> RequestAssertions
			.assertMatches(create, request("POST", "/webhooks/", null, "application/x-www-form-urlencoded",
					"event=file.uploaded&target_url=https%3A%2F%2Fwebhook.site%2F699ba5a4-b178-41c7-b416-5d1b6739d052"
							+ "&is_active=True")))
			.hasMessageContaining("test_create_webhook.yaml#0")
			.hasMessageContaining("form field 'is_active': expected [true] but was [True]");
		assertThatThrownBy(() -> RequestAssertions.assertMatches(create,
				request("POST", "/webhooks/", null, "application/x-www-form-urlencoded",
						"event=file.uploaded&is_active=true")))
			.hasMessageContaining("form field 'target_url': missing");
	}

	@Test
	void formValuesCanBeRelaxed() {
		Interaction complete = interaction("test_multipart_upload", 4);
		ReceivedRequest otherKey = request("POST", "/multipart/complete/", null, "application/x-www-form-urlencoded",
				"uuid=eaccb6d4-6080-4f61-a294-12603e7bca5f&UPLOADCARE_PUB_KEY=demopublickey");
		assertThatThrownBy(() -> RequestAssertions.assertMatches(complete, otherKey))
			.hasMessageContaining("form field 'UPLOADCARE_PUB_KEY'");
		RequestAssertions.assertMatches(complete, otherKey,
				MatchOptions.defaults().ignoringValuesOf("UPLOADCARE_PUB_KEY"));
		assertThatThrownBy(() -> RequestAssertions.assertMatches(complete,
				request("POST", "/multipart/complete/", null, "application/x-www-form-urlencoded",
						"uuid=eaccb6d4-6080-4f61-a294-12603e7bca5f"),
				MatchOptions.defaults().ignoringValuesOf("UPLOADCARE_PUB_KEY")))
			.hasMessageContaining("form field 'UPLOADCARE_PUB_KEY': missing");
		RequestAssertions.assertMatches(complete,
				request("POST", "/multipart/complete/", null, "application/x-www-form-urlencoded",
						"uuid=eaccb6d4-6080-4f61-a294-12603e7bca5f"),
				MatchOptions.defaults().ignoringFields("UPLOADCARE_PUB_KEY"));
	}

	private static String multipart(String boundary, String... parts) {
		StringBuilder sb = new StringBuilder();
		for (String part : parts) {
			sb.append("--").append(boundary).append("\r\n").append(part).append("\r\n");
		}
		return sb.append("--").append(boundary).append("--\r\n").toString();
	}

	private static String field(String name, String value) {
		return "Content-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value;
	}

	private static String file(String name, String filename, String content) {
		return "Content-Disposition: form-data; name=\"" + name + "\"; filename=\"" + filename
				+ "\"\r\nContent-Type: text/plain\r\nContent-Length: " + content.length() + "\r\n\r\n" + content;
	}

	@Test
	void multipartIsParsedIgnoringBoundaryOrderAndFileContent() {
		Interaction upload = interaction("test_upload_file", 0);
		String body = multipart("JavaBoundary_123", file("file.txt", "tmpx57i2oot", "other content"),
				field("UPLOADCARE_PUB_KEY", "demopublickey"), field("UPLOADCARE_STORE", "auto"));
		RequestAssertions.assertMatches(upload,
				request("POST", "/base/", null, "multipart/form-data; boundary=JavaBoundary_123", body));
	}

	@Test
	void multipartRejectsChangedMissingAndExtraFields() {
		Interaction upload = interaction("test_upload_file", 0);
		String ct = "multipart/form-data;boundary=\"b\"";
		assertThatThrownBy(() -> RequestAssertions.assertMatches(upload,
				request("POST", "/base/", null, ct,
						multipart("b", field("UPLOADCARE_STORE", "1"), field("UPLOADCARE_PUB_KEY", "demopublickey"),
								file("file.txt", "tmpx57i2oot", "test")))))
			.hasMessageContaining("test_upload_file.yaml#0")
			.hasMessageContaining("multipart part 'UPLOADCARE_STORE': expected [\"auto\"] but was [\"1\"]");
		assertThatThrownBy(() -> RequestAssertions.assertMatches(upload,
				request("POST", "/base/", null, ct,
						multipart("b", field("UPLOADCARE_PUB_KEY", "demopublickey"),
								file("file.txt", "tmpx57i2oot", "test")))))
			.hasMessageContaining("multipart part 'UPLOADCARE_STORE': missing");
		assertThatThrownBy(() -> RequestAssertions.assertMatches(upload,
				request("POST", "/base/", null, ct,
						multipart("b", field("UPLOADCARE_STORE", "auto"), field("UPLOADCARE_PUB_KEY", "demopublickey"),
								field("extra", "x"), file("file.txt", "tmpx57i2oot", "test")))))
			.hasMessageContaining("multipart part 'extra': not in recording");
		assertThatThrownBy(() -> RequestAssertions.assertMatches(upload,
				request("POST", "/base/", null, ct, "not multipart at all")))
			.hasMessageContaining("not well-formed multipart");
	}

	@Test
	void multipartFileNamesAreComparedUnlessRelaxed() {
		Interaction upload = interaction("test_upload_file", 0);
		ReceivedRequest renamed = request("POST", "/base/", null, "multipart/form-data; boundary=b",
				multipart("b", field("UPLOADCARE_STORE", "auto"), field("UPLOADCARE_PUB_KEY", "demopublickey"),
						file("file.txt", "file.txt", "test")));
		assertThatThrownBy(() -> RequestAssertions.assertMatches(upload, renamed))
			.hasMessageContaining("multipart part 'file.txt': expected [<file filename=\"tmpx57i2oot\">]");
		RequestAssertions.assertMatches(upload, renamed, MatchOptions.defaults().ignoringFileNames());

		ReceivedRequest plainInsteadOfFile = request("POST", "/base/", null, "multipart/form-data; boundary=b",
				multipart("b", field("UPLOADCARE_STORE", "auto"), field("UPLOADCARE_PUB_KEY", "demopublickey"),
						field("file.txt", "test")));
		assertThatThrownBy(() -> RequestAssertions.assertMatches(upload, plainInsteadOfFile,
				MatchOptions.defaults().ignoringFileNames()))
			.hasMessageContaining("multipart part 'file.txt'");
	}

	@Test
	void secureUploadSignatureCanBeRelaxed() {
		Interaction secure = interaction("test_upload_file_secure_with_metadata", 0);
		ReceivedRequest ours = request("POST", "/base/", null, "multipart/form-data; boundary=q",
				multipart("q", field("UPLOADCARE_PUB_KEY", "demopublickey"), field("UPLOADCARE_STORE", "auto"),
						field("signature", "abc"), field("expire", "1900000000"),
						field("metadata[second_key]", "any_others"), field("metadata[first_key]", "first_value"),
						file("file851.txt", "sample1.txt", "test1")));
		assertThatThrownBy(() -> RequestAssertions.assertMatches(secure, ours))
			.hasMessageContaining("multipart part 'expire'")
			.hasMessageContaining("multipart part 'signature'");
		RequestAssertions.assertMatches(secure, ours, MatchOptions.defaults().ignoringValuesOf("signature", "expire"));
	}

	@Test
	void abbreviatedMultipartRecordingIsMatchedLeniently() {
		Recording truncated = Recordings.parse("inline",
				"""
						interactions:
						- request:
						    body: "--XX\\r\\nContent-Disposition: form-data; name=\\"UPLOADCARE_STORE\\"\\r\\n\\r\\nauto\\r\\n--XX\\r\\nContent-Disposition: form-data; name=\\"file\\"; filename=\\"big.bin\\"\\r\\n\\r\\nabc"
						    headers:
						      content-type: ['multipart/form-data; boundary=XX']
						      content-length: ['99999']
						    method: POST
						    uri: https://upload.uploadcare.com/base/
						  response: {content: '{}', headers: {}, status_code: 200}
						- request:
						    body: ''
						    headers:
						      content-type: ['multipart/form-data; boundary=XX']
						    method: POST
						    uri: https://upload.uploadcare.com/base/
						  response: {content: '{}', headers: {}, status_code: 200}
						version: 1
						""");
		assertThat(truncated.interaction(0).request().isBodyAbbreviated()).isTrue();
		ReceivedRequest ours = request("POST", "/base/", null, "multipart/form-data; boundary=zz",
				multipart("zz", field("UPLOADCARE_STORE", "auto"), field("UPLOADCARE_PUB_KEY", "k"),
						file("file", "big.bin", "lots of data")));
		// parts cut off from the recording (the file part, anything after it) are
		// tolerated
		RequestAssertions.assertMatches(truncated.interaction(0), ours);
		// but parts that survived in the recording are still checked
		assertThatThrownBy(() -> RequestAssertions.assertMatches(truncated.interaction(0),
				request("POST", "/base/", null, "multipart/form-data; boundary=zz",
						multipart("zz", field("UPLOADCARE_STORE", "0")))))
			.hasMessageContaining("multipart part 'UPLOADCARE_STORE'");
		// absent recorded body: only the content type is checked
		RequestAssertions.assertMatches(truncated.interaction(1), ours);
		assertThatThrownBy(() -> RequestAssertions.assertMatches(truncated.interaction(1),
				request("POST", "/base/", null, "application/octet-stream", "x")))
			.hasMessageContaining("content type");
	}

	@Test
	void rawBodiesAreComparedByLengthWhenAbbreviated() {
		Interaction part = interaction("test_multipart_upload", 3);
		ReceivedRequest ok = new ReceivedRequest("PUT", part.request().rawPath(), part.request().rawQuery(),
				Map.of("Content-Type", List.of("application/octet-stream")), new byte[514240]);
		RequestAssertions.assertMatches(part, ok);
		ReceivedRequest wrong = new ReceivedRequest("PUT", part.request().rawPath(), part.request().rawQuery(),
				Map.of("Content-Type", List.of("application/octet-stream")), new byte[514239]);
		assertThatThrownBy(() -> RequestAssertions.assertMatches(part, wrong))
			.hasMessageContaining("test_multipart_upload.yaml#3")
			.hasMessageContaining("expected 514240 bytes but was 514239");
	}

	@Test
	void authDateAndUserAgentAreIgnored() {
		Interaction info = interaction("test_get_project_info", 0);
		ReceivedRequest ours = new ReceivedRequest("GET", "/project/", null,
				Map.of("Authorization", List.of("Uploadcare.Simple a:b"), "Date", List.of("now"), "User-Agent",
						List.of("Java"), "Accept", List.of("application/vnd.uploadcare-v0.7+json")),
				new byte[0]);
		assertThatCode(() -> RequestAssertions.assertMatches(info, ours)).doesNotThrowAnyException();
		assertThat(RequestAssertions.differences(info.request(), ours, MatchOptions.defaults())).isEmpty();
	}

}
