package dev.ucare.client.upload;

import java.net.URI;
import java.util.Map;

import dev.ucare.client.RetrySettings;
import dev.ucare.client.UploadcareClient;
import dev.ucare.client.UploadcareUploadException;
import dev.ucare.testsupport.StubServer;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Both Upload API error formats: plain text with a status, and a 200 with a JSON
 * {@code error}.
 */
class UploadErrorsTest {

	@Test
	void plainTextAndJsonErrorsBecomeUploadExceptions() {
		try (StubServer server = StubServer.start()) {
			UploadcareClient client = UploadcareClient.builder()
				.publicKey("demopublickey")
				.uploadBaseUrl(URI.create(server.baseUrl()))
				.retry(RetrySettings.NONE)
				.build();
			server.enqueue(400, Map.of("Content-Type", "text/plain; charset=utf-8"),
					"File size exceeds project limit.");
			server.enqueueJson(200, "{\"error\":{\"content\":\"source_url is required.\",\"status_code\":400,"
					+ "\"error_code\":\"SourceURLRequiredError\"}}");

			assertThatThrownBy(() -> client.uploads().upload("x".getBytes()))
				.isInstanceOf(UploadcareUploadException.class)
				.satisfies(ex -> {
					assertThat(((UploadcareUploadException) ex).status()).isEqualTo(400);
					assertThat(((UploadcareUploadException) ex).detail()).isEqualTo("File size exceeds project limit.");
				});
			assertThatThrownBy(() -> client.uploads()
				.startFromUrl(URI.create("https://example.com/a.png"), UrlUploadOptions.defaults()))
				.isInstanceOf(UploadcareUploadException.class)
				.satisfies(ex -> {
					assertThat(((UploadcareUploadException) ex).status()).isEqualTo(400);
					assertThat(((UploadcareUploadException) ex).detail()).isEqualTo("source_url is required.");
				});
			assertThat(server.received().get(1).formFields()).containsEntry("source_url",
					java.util.List.of("https://example.com/a.png"));
		}
	}

}
