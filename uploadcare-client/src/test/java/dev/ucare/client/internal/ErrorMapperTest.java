package dev.ucare.client.internal;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import dev.ucare.client.UploadcareAuthenticationException;
import dev.ucare.client.UploadcareException;
import dev.ucare.client.UploadcareInvalidRequestException;
import dev.ucare.client.UploadcareNotFoundException;
import dev.ucare.client.UploadcareThrottledException;
import dev.ucare.client.UploadcareUploadException;

import org.junit.jupiter.api.Test;

import org.springframework.http.HttpHeaders;

import static org.assertj.core.api.Assertions.assertThat;

class ErrorMapperTest {

	@Test
	void readsDetailNonFieldErrorsJsonErrorsAndPlainText() {
		assertThat(ErrorMapper.detail(bytes("{\"detail\":\"Not found.\"}"))).isEqualTo("Not found.");
		assertThat(ErrorMapper
			.detail(bytes("{\"non_field_errors\":[\"This project is already subscribed on this event\"]}")))
			.isEqualTo("This project is already subscribed on this event");
		assertThat(ErrorMapper.detail(bytes(
				"{\"error\":{\"content\":\"Expired signature.\",\"status_code\":403,\"error_code\":\"SignatureExpirationError\"}}")))
			.isEqualTo("Expired signature.");
		assertThat(ErrorMapper.detail(bytes("UPLOADCARE_PUB_KEY is required.\n")))
			.isEqualTo("UPLOADCARE_PUB_KEY is required.");
		assertThat(ErrorMapper.detail(new byte[0])).isNull();
	}

	@Test
	void restStatusesMapToTypedExceptionsCarryingDetailAndRequestId() {
		HttpHeaders headers = new HttpHeaders();
		headers.set(ErrorMapper.REQUEST_ID, "req-1");
		byte[] body = bytes("{\"detail\":\"x\"}");
		assertThat(ErrorMapper.rest("GET /files/", 400, headers, body))
			.isInstanceOf(UploadcareInvalidRequestException.class);
		assertThat(ErrorMapper.rest("GET /files/", 406, headers, body))
			.isInstanceOf(UploadcareInvalidRequestException.class);
		assertThat(ErrorMapper.rest("GET /files/", 401, headers, body))
			.isInstanceOf(UploadcareAuthenticationException.class);
		assertThat(ErrorMapper.rest("GET /files/", 403, headers, body))
			.isInstanceOf(UploadcareAuthenticationException.class);
		assertThat(ErrorMapper.rest("GET /files/", 404, headers, body)).isInstanceOf(UploadcareNotFoundException.class);
		assertThat(ErrorMapper.rest("GET /files/", 429, headers, body))
			.isInstanceOf(UploadcareThrottledException.class);
		UploadcareException server = ErrorMapper.rest("GET /files/", 503, headers, body);
		assertThat(server.getClass()).isEqualTo(UploadcareException.class);
		assertThat(server.status()).isEqualTo(503);
		assertThat(server.detail()).isEqualTo("x");
		assertThat(server.requestId()).isEqualTo("req-1");
		assertThat(server.getMessage()).isEqualTo("GET /files/ failed: HTTP 503 x (request id req-1)");
	}

	@Test
	void uploadStatusesMapToUploadAndAuthExceptions() {
		HttpHeaders headers = new HttpHeaders();
		assertThat(ErrorMapper.upload("POST /base/", 400, headers, bytes("File size exceeds project limit.")))
			.isInstanceOf(UploadcareUploadException.class)
			.extracting(UploadcareException::detail)
			.isEqualTo("File size exceeds project limit.");
		assertThat(ErrorMapper.upload("POST /base/", 403, headers, bytes("Expired signature.")))
			.isInstanceOf(UploadcareAuthenticationException.class);
		assertThat(ErrorMapper.upload("GET /info/", 404, headers, bytes("File is not found.")))
			.isInstanceOf(UploadcareNotFoundException.class);
	}

	@Test
	void retryAfterAcceptsSecondsAndHttpDatesAndRejectsGarbage() {
		Clock clock = Clock.fixed(Instant.parse("2021-10-02T00:00:00Z"), ZoneOffset.UTC);
		assertThat(ErrorMapper.retryAfter(headers("7"), clock)).isEqualTo(Duration.ofSeconds(7));
		assertThat(ErrorMapper.retryAfter(headers("Sat, 02 Oct 2021 00:00:09 GMT"), clock))
			.isEqualTo(Duration.ofSeconds(9));
		assertThat(ErrorMapper.retryAfter(headers("soon"), clock)).isNull();
		assertThat(ErrorMapper.retryAfter(headers("-3"), clock)).isNull();
		assertThat(ErrorMapper.retryAfter(new HttpHeaders(), clock)).isNull();
	}

	private static HttpHeaders headers(String retryAfter) {
		HttpHeaders headers = new HttpHeaders();
		headers.set(HttpHeaders.RETRY_AFTER, retryAfter);
		return headers;
	}

	private static byte[] bytes(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

}
