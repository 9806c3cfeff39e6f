package dev.ucare.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(UploadcareEmulatorExtension.class)
class RequestLogTest {

	@Test
	void aRequestIsCompleteInTheLogBeforeItsClientHasTheResponse(UploadcareEmulator emulator) {
		TestHttp http = new TestHttp(emulator);
		emulator.faults().fail(503, 50).forPaths("^/group/info/");
		List<HttpRequest> requests = List.of(
				HttpRequest.newBuilder(emulator.uploadBaseUrl().resolve("/info/?pub_key=demopublickey&file_id=x"))
					.build(),
				HttpRequest.newBuilder(emulator.uploadBaseUrl().resolve("/base/"))
					.header("Origin", "http://localhost")
					.header("Access-Control-Request-Method", "POST")
					.method("OPTIONS", HttpRequest.BodyPublishers.noBody())
					.build(),
				HttpRequest
					.newBuilder(emulator.uploadBaseUrl().resolve("/group/info/?pub_key=demopublickey&group_id=x"))
					.build(),
				HttpRequest.newBuilder(emulator.cdnBaseUrl().resolve("/c0ffee00-0000-4000-8000-000000000000/"))
					.build());
		// each response is checked against the log at once, many times over: the
		// entry must not be completed only after the response went out
		for (int i = 0; i < 50; i++) {
			for (HttpRequest request : requests) {
				TestHttp.Response response = http.send(request);
				List<LoggedRequest> log = emulator.requestLog().all();
				LoggedRequest last = log.get(log.size() - 1);
				assertThat(last.path()).isEqualTo(request.uri().getRawPath());
				assertThat(last.inFlight()).as("in flight after its response: %s", last).isFalse();
				assertThat(last.status()).isEqualTo(response.status());
			}
		}
	}

	@Test
	void theLogNeverKeepsTheSecretOfAnAuthorizationHeader(UploadcareEmulator emulator) {
		TestHttp http = new TestHttp(emulator);
		http.send(HttpRequest.newBuilder(emulator.restBaseUrl().resolve("/files/"))
			.header("Accept", TestHttp.ACCEPT)
			.header("Authorization", "Uploadcare.Simple demopublickey:demosecretkey")
			.build());
		http.rest("GET", "/project/", null, "demopublickey", "demosecretkey", Instant.now());
		http.send(HttpRequest.newBuilder(emulator.restBaseUrl().resolve("/files/"))
			.header("Accept", TestHttp.ACCEPT)
			.header("authorization", "Bearer eyJhbGciOiJIUzI1NiJ9.e30.c2lnbmF0dXJl")
			.build());

		assertThat(emulator.requestLog().all()).extracting(r -> r.header("Authorization"))
			.containsExactly("Uploadcare.Simple demopublickey:<redacted>", "Uploadcare demopublickey:<redacted>",
					"Bearer <redacted>");
		assertThat(emulator.requestLog().all().toString()).doesNotContain("demosecretkey")
			.doesNotContain("eyJhbGciOiJIUzI1NiJ9");
	}

}
