package dev.ucare.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(UploadcareEmulatorExtension.class)
class RequestLogTest {

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
