package dev.ucare.emulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(UploadcareEmulatorExtension.class)
class FaultsTest {

	@Test
	void latencyDelaysMatchingRequestsOnly(UploadcareEmulator emulator) {
		TestHttp http = new TestHttp(emulator);
		emulator.faults().latency(Duration.ofMillis(300)).forPaths("^/project/");
		long start = System.nanoTime();
		http.rest("GET", "/project/", null);
		assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(300));
		emulator.faults().clear();
		emulator.faults().latency(r -> r.path().startsWith("/files/") ? Duration.ofMillis(200) : Duration.ZERO);
		start = System.nanoTime();
		http.rest("GET", "/files/", null);
		assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(200));
	}

	@Test
	void throttleAnswers429WithRetryAfterNTimes(UploadcareEmulator emulator) {
		TestHttp http = new TestHttp(emulator);
		emulator.faults().throttle(2, 7).forPaths("^/base/");
		for (int i = 0; i < 2; i++) {
			TestHttp.Response r = http.upload("/base/", new TestHttp.Form().field("UPLOADCARE_PUB_KEY", "demopublickey")
				.file("f", "a.txt", "text/plain", "x".getBytes()));
			assertThat(r.status()).isEqualTo(429);
			assertThat(r.headers().firstValue("Retry-After")).hasValue("7");
			assertThat(r.body()).isEqualTo("Request was throttled.");
		}
		assertThat(http.uploadFile("a.txt", "x".getBytes(), "1")).isNotBlank();
		emulator.faults().throttle(1, 10);
		TestHttp.Response rest = http.rest("GET", "/files/", null);
		assertThat(rest.status()).isEqualTo(429);
		assertThat(rest.json().get("detail").asString())
			.isEqualTo("Request was throttled. Expected available in 10 seconds.");
	}

	@Test
	void failAnswersTheGivenStatus(UploadcareEmulator emulator) {
		TestHttp http = new TestHttp(emulator);
		FaultRule rule = emulator.faults().fail(503, 1).forPaths("/files/");
		assertThat(http.rest("GET", "/project/", null).status()).isEqualTo(200);
		assertThat(http.rest("GET", "/files/", null).status()).isEqualTo(503);
		assertThat(rule.remaining()).isZero();
		assertThat(http.rest("GET", "/files/", null).status()).isEqualTo(200);
	}

	@Test
	void dropConnectionCutsTheResponseMidBody(UploadcareEmulator emulator) throws Exception {
		TestHttp http = new TestHttp(emulator);
		emulator.faults().dropConnection(1).forPaths("^/info/");
		HttpRequest request = HttpRequest
			.newBuilder(emulator.uploadBaseUrl().resolve("/info/?pub_key=demopublickey&file_id=x"))
			.build();
		assertThatThrownBy(() -> http.client.send(request, HttpResponse.BodyHandlers.ofString()))
			.isInstanceOf(IOException.class);
		assertThat(http.send(request).status()).isEqualTo(400);
		emulator.reset();
		assertThat(emulator.faults().rules()).isEmpty();
	}

}
