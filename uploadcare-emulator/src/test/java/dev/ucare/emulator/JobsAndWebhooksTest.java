package dev.ucare.emulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.sun.net.httpserver.HttpServer;

import tools.jackson.databind.JsonNode;

class JobsAndWebhooksTest {

	@RegisterExtension
	static UploadcareEmulatorExtension uploadcare = UploadcareEmulatorExtension.builder()
		.configure(b -> b.jobDelay(Duration.ofMillis(20)).webhookRetries(3, Duration.ofMillis(10)))
		.build();

	HttpServer receiver;

	final AtomicInteger failuresLeft = new AtomicInteger();

	@BeforeEach
	void startReceiver() throws Exception {
		receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		receiver.createContext("/", exchange -> {
			exchange.getRequestBody().readAllBytes();
			exchange.sendResponseHeaders(failuresLeft.getAndDecrement() > 0 ? 500 : 200, -1);
			exchange.close();
		});
		receiver.start();
	}

	@AfterEach
	void stopReceiver() {
		receiver.stop(0);
	}

	String hookUrl() {
		return "http://127.0.0.1:" + receiver.getAddress().getPort() + "/hook";
	}

	@Test
	void webhooksAreSignedDeliveredAndRetried() {
		UploadcareEmulator emulator = uploadcare.emulator();
		TestHttp http = new TestHttp(emulator);
		http.rest("POST", "/webhooks/", "{\"target_url\":\"" + hookUrl() + "\",\"event\":\"file.uploaded\","
				+ "\"signing_secret\":\"my-signing-secret\",\"version\":\"0.7\"}");
		http.rest("POST", "/webhooks/", "{\"target_url\":\"" + hookUrl() + "\",\"event\":\"file.info_updated\"}");
		failuresLeft.set(1);
		String uuid = http.uploadFile("a.txt", "a".getBytes(), "1");
		List<WebhookDelivery> first = emulator.awaitWebhookDeliveries(1, Duration.ofSeconds(10));
		WebhookDelivery delivery = first.get(0);
		assertThat(delivery.event()).isEqualTo("file.uploaded");
		assertThat(delivery.attempts()).isEqualTo(2);
		assertThat(delivery.statusCode()).isEqualTo(200);
		assertThat(delivery.headers().get("X-Uc-Signature"))
			.isEqualTo("v1=" + TestHttp.hmac("HmacSHA256", "my-signing-secret", delivery.body()));
		JsonNode payload = TestHttp.JSON.readTree(delivery.body());
		assertThat(payload.get("data").get("uuid").asString()).isEqualTo(uuid);
		assertThat(payload.get("hook").get("project_pub_key").asString()).isEqualTo("demopublickey");
		assertThat(payload.get("initiator").get("type").asString()).isEqualTo("api");

		http.rest("PUT", "/files/" + uuid + "/metadata/k/", "\"v\"");
		WebhookDelivery updated = emulator.awaitWebhookDeliveries(2, Duration.ofSeconds(10)).get(1);
		assertThat(updated.event()).isEqualTo("file.info_updated");
		assertThat(updated.headers()).doesNotContainKey("X-Uc-Signature");
		assertThat(TestHttp.JSON.readTree(updated.body()).get("previous_values").get("metadata")).isEmpty();
	}

	@Test
	void documentConversionWithSaveInGroup() {
		UploadcareEmulator emulator = uploadcare.emulator();
		TestHttp http = new TestHttp(emulator);
		String source = emulator.seedFile("da288a95-3029-4044-b902-5107e8579c5c", "doc.pdf", "%PDF-1.4 test".getBytes())
			.uuid();
		JsonNode submitted = http
			.rest("POST", "/convert/document/",
					"{\"paths\":[\"" + source + "/document/-/format/jpg/\",\"bad/path\"],\"save_in_group\":\"1\"}")
			.json();
		assertThat(submitted.get("problems").has("bad/path")).isTrue();
		JsonNode job = submitted.get("result").get(0);
		String status = "/convert/document/status/" + job.get("token").asLong() + "/";
		assertThat(http.rest("GET", status, null).json().get("status").asString()).isIn("pending", "processing",
				"finished");
		await().atMost(Duration.ofSeconds(10))
			.until(() -> http.rest("GET", status, null).json().get("status").asString(), "finished"::equals);
		EmulatedFile output = emulator.file(job.get("uuid").asString()).orElseThrow();
		assertThat(output.mimeType()).isEqualTo("image/jpeg");
		assertThat(output.ready()).isTrue();
		JsonNode info = http.rest("GET", "/convert/document/" + source + "/", null).json();
		String groupId = info.get("format").get("converted_groups").get("jpg").asString();
		assertThat(emulator.group(groupId)).isPresent();
	}

	@Test
	void videoConversionProducesFileAndThumbnails() {
		UploadcareEmulator emulator = uploadcare.emulator();
		TestHttp http = new TestHttp(emulator);
		String source = emulator.seedFile(null, "movie.mp4", "not really a video".getBytes()).uuid();
		JsonNode job = http
			.rest("POST", "/convert/video/",
					"{\"paths\":[\"" + source + "/video/-/format/webm/-/thumbs~2/\"],\"store\":\"1\"}")
			.json()
			.get("result")
			.get(0);
		String status = "/convert/video/status/" + job.get("token").asLong() + "/";
		await().atMost(Duration.ofSeconds(10))
			.until(() -> http.rest("GET", status, null).json().get("status").asString(), "finished"::equals);
		assertThat(emulator.file(job.get("uuid").asString()).orElseThrow().originalFilename()).isEqualTo("movie.webm");
		EmulatedGroup thumbs = emulator.group(job.get("thumbnails_group_uuid").asString()).orElseThrow();
		assertThat(thumbs.files()).hasSize(2);
		assertThat(emulator.file(thumbs.fileUuid(0)).orElseThrow().image()).isNotNull();
	}

	@Test
	void clamavFindsEicarAndPurges() {
		UploadcareEmulator emulator = uploadcare.emulator();
		TestHttp http = new TestHttp(emulator);
		http.rest("POST", "/webhooks/", "{\"target_url\":\"" + hookUrl() + "\",\"event\":\"file.infected\"}");
		String clean = emulator.seedFile(null, "clean.txt", "hello".getBytes()).uuid();
		String infected = emulator
			.seedFile(null, "eicar.com",
					("X5O!P%@AP[4\\PZX54(P^)7CC)7}$EICAR-STANDARD-ANTIVIRUS-TEST-FILE!$H+H*").getBytes())
			.uuid();
		for (String target : List.of(clean, infected)) {
			String requestId = http
				.rest("POST", "/addons/uc_clamav_virus_scan/execute/",
						"{\"target\":\"" + target + "\",\"params\":{\"purge_infected\":true}}")
				.json()
				.get("request_id")
				.asString();
			await().atMost(Duration.ofSeconds(10))
				.until(() -> http
					.rest("GET", "/addons/uc_clamav_virus_scan/execute/status/?request_id=" + requestId, null)
					.json()
					.get("status")
					.asString(), "done"::equals);
		}
		JsonNode cleanInfo = http.rest("GET", "/files/" + clean + "/?include=appdata", null).json();
		assertThat(cleanInfo.get("appdata").get("uc_clamav_virus_scan").get("data").get("infected").asBoolean())
			.isFalse();
		JsonNode bad = http.rest("GET", "/files/" + infected + "/?include=appdata", null).json();
		assertThat(bad.get("appdata").get("uc_clamav_virus_scan").get("data").get("infected_with").asString())
			.isEqualTo("Win.Test.EICAR_HDB-1");
		assertThat(emulator.file(infected).orElseThrow().isRemoved()).isTrue();
		assertThat(emulator.awaitWebhookDeliveries(1, Duration.ofSeconds(10)).get(0).event())
			.isEqualTo("file.infected");
	}

	@Test
	void removeBgAndRekognitionAddons() throws Exception {
		UploadcareEmulator emulator = uploadcare.emulator();
		TestHttp http = new TestHttp(emulator);
		String image = emulator.seedFile(null, "pic.png", UploadApiTest.png(10, 10)).uuid();
		String requestId = http
			.rest("POST", "/addons/remove_bg/execute/", "{\"target\":\"" + image + "\",\"params\":{\"crop\":true}}")
			.json()
			.get("request_id")
			.asString();
		JsonNode done = await().atMost(Duration.ofSeconds(10))
			.until(() -> http.rest("GET", "/addons/remove_bg/execute/status/?request_id=" + requestId, null).json(),
					j -> j.get("status").asString().equals("done"));
		assertThat(emulator.file(done.get("result").get("file_id").asString()).orElseThrow().mimeType())
			.isEqualTo("image/png");
		String labels = http
			.rest("POST", "/addons/aws_rekognition_detect_labels/execute/", "{\"target\":\"" + image + "\"}")
			.json()
			.get("request_id")
			.asString();
		await().atMost(Duration.ofSeconds(10))
			.until(() -> http
				.rest("GET", "/addons/aws_rekognition_detect_labels/execute/status/?request_id=" + labels, null)
				.json()
				.get("status")
				.asString(), "done"::equals);
		assertThat(emulator.file(image).orElseThrow().appdata()).contains("\"Labels\"");
	}

	@Test
	void addonsRefuseAFileWhoseContentIsStillBeingMade() {
		// a conversion's output has no content until its job runs: a virus scan of it
		// must not answer "not infected"
		try (UploadcareEmulator emulator = UploadcareEmulator.builder().jobDelay(Duration.ofMinutes(5)).start()) {
			TestHttp http = new TestHttp(emulator);
			String source = emulator.seedFile(null, "doc.pdf", "%PDF-1.4 test".getBytes()).uuid();
			String output = http.documentJob(source + "/document/-/format/pdf/", "").get("uuid").asString();
			assertThat(emulator.file(output).orElseThrow().ready()).isFalse();
			for (String addon : List.of("uc_clamav_virus_scan", "remove_bg", "aws_rekognition_detect_labels")) {
				TestHttp.Response refused = http.rest("POST", "/addons/" + addon + "/execute/",
						"{\"target\":\"" + output + "\"}");
				assertThat(refused.status()).as(addon).isEqualTo(400);
				assertThat(refused.json().get("detail").asString()).as(addon).isEqualTo("File is not ready yet.");
			}
			assertThat(emulator.file(output).orElseThrow().appdata()).isEqualTo("{}");
		}
	}

}
