package dev.ucare.boot.autoconfigure.uploader;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

import dev.ucare.client.UploadcareClient;
import dev.ucare.client.UploadcareException;
import dev.ucare.client.files.FileInfo;
import dev.ucare.client.upload.UploadOptions;
import dev.ucare.client.upload.UploadSignature;
import dev.ucare.emulator.UploadcareEmulator;
import dev.ucare.emulator.spring.AutoConfigureUploadcareEmulator;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * The signature endpoint over real HTTP, and its signatures used against the emulator's
 * Upload API: accepted when issued, refused like Uploadcare refuses them when forged or
 * expired.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "uploadcare.uploader.signed-uploads=true", "uploadcare.uploader.signature.ttl=10m" })
@AutoConfigureUploadcareEmulator
class UploadSignatureEndpointTests {

	private static final HttpClient http = HttpClient.newHttpClient();

	@LocalServerPort
	int port;

	@Autowired
	UploadcareClient client;

	@Autowired
	UploadcareEmulator emulator;

	@Autowired
	MeterRegistry meters;

	@Test
	void issuedSignaturesAreAcceptedByTheUploadApi() throws Exception {
		HttpResponse<String> response = askForSignature("same-origin");
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
		assertThat(response.headers().firstValue("Cache-Control")).hasValue("no-store");
		assertThat(response.body()).doesNotContain(emulator.secretKey());
		JsonNode json = JsonMapper.shared().readTree(response.body());
		long expire = json.get("expire").asLong();
		assertThat(expire - Instant.now().getEpochSecond()).isBetween(290L, 600L);
		UploadSignature signature = new UploadSignature(expire, json.get("signature").asString());

		FileInfo file = client.uploads()
			.upload("hello".getBytes(StandardCharsets.UTF_8),
					UploadOptions.builder().filename("hello.txt").signature(signature).build());
		assertThat(emulator.file(file.uuid())).isPresent();
		assertThat(meters.counter("uploadcare.uploader.signatures", "outcome", "issued").count())
			.isGreaterThanOrEqualTo(1);
	}

	@Test
	void forgedAndExpiredSignaturesAreRefusedByTheUploadApi() throws Exception {
		JsonNode json = JsonMapper.shared().readTree(askForSignature("same-origin").body());
		long expire = json.get("expire").asLong();
		String forged = json.get("signature").asString().replace('a', 'b').replace('0', '1');
		UploadcareException invalid = upload(new UploadSignature(expire, forged));
		assertThat(invalid.status()).isEqualTo(403);
		assertThat(invalid.getMessage()).contains("Invalid signature");
		// a real signature for another expiry does not cover this one
		UploadcareException moved = upload(new UploadSignature(expire + 60, json.get("signature").asString()));
		assertThat(moved.status()).isEqualTo(403);

		long past = Instant.now().getEpochSecond() - 60;
		UploadcareException expired = upload(UploadSignature.create(emulator.secretKey(), past));
		assertThat(expired.status()).isEqualTo(403);
		assertThat(expired.getMessage()).contains("Expired signature");
	}

	@Test
	void requestsThePolicyRefusesGetItsReason() throws Exception {
		double before = meters.counter("uploadcare.uploader.signatures", "outcome", "refused").count();
		for (String site : new String[] { null, "cross-site", "same-site" }) {
			HttpResponse<String> response = askForSignature(site);
			assertThat(response.statusCode()).isEqualTo(403);
			assertThat(response.body()).isEqualTo("{\"error\":\"" + SameOriginPolicy.REFUSAL + "\"}")
				.doesNotContain(emulator.secretKey());
		}
		assertThat(meters.counter("uploadcare.uploader.signatures", "outcome", "refused").count())
			.isEqualTo(before + 3);
	}

	@Test
	void onlyPostIsAnswered() throws Exception {
		HttpResponse<String> response = http
			.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/uploadcare/upload-signature"))
				.header("Sec-Fetch-Site", "same-origin")
				.GET()
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isNotEqualTo(200);
		assertThat(response.body()).doesNotContain("\"expire\"");
	}

	private UploadcareException upload(UploadSignature signature) {
		return catchThrowableOfType(UploadcareException.class,
				() -> client.uploads()
					.upload("x".getBytes(StandardCharsets.UTF_8),
							UploadOptions.builder().filename("x.txt").signature(signature).build()));
	}

	private HttpResponse<String> askForSignature(String fetchSite) throws Exception {
		HttpRequest.Builder request = HttpRequest
			.newBuilder(URI.create("http://127.0.0.1:" + port + "/uploadcare/upload-signature"))
			.POST(HttpRequest.BodyPublishers.noBody());
		if (fetchSite != null) {
			request.header("Sec-Fetch-Site", fetchSite);
		}
		return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	@SpringBootConfiguration
	@EnableAutoConfiguration
	static class App {

		@Bean
		UploadSignaturePolicy uploadSignaturePolicy() {
			return UploadSignaturePolicy.sameOrigin();
		}

		@Bean
		MeterRegistry meterRegistry() {
			return new SimpleMeterRegistry();
		}

	}

}
