package dev.ucare.emulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

/**
 * Background jobs (conversions, add-ons, from-URL fetches, webhook deliveries) share the
 * emulator's scheduler: a job's states only move forward, and a slow network call of one
 * job never holds up the others.
 */
class JobSchedulingTest {

	@Test
	void aConversionNeverFallsBackFromFinishedToProcessing() {
		try (UploadcareEmulator emulator = UploadcareEmulator.builder().jobDelay(Duration.ZERO).start()) {
			TestHttp http = new TestHttp(emulator);
			String source = emulator.seedFile(null, "doc.txt", "text".getBytes()).uuid();
			List<String> paths = new ArrayList<>();
			for (int i = 0; i < 300; i++) {
				paths.add("\"" + source + "/document/-/format/pdf/?" + i + "\"");
			}
			// with no delay, the "processing" and "finished" steps of each job are due at
			// once
			JsonNode result = http.rest("POST", "/convert/document/", "{\"paths\":[" + String.join(",", paths) + "]}")
				.json()
				.get("result");
			assertThat(result).hasSize(300);
			List<String> unfinished = new ArrayList<>();
			result.forEach((job) -> unfinished.add("/convert/document/status/" + job.get("token").asLong() + "/"));
			await().atMost(Duration.ofSeconds(30)).pollDelay(Duration.ZERO).until(() -> {
				unfinished.removeIf(
						(status) -> http.rest("GET", status, null).json().get("status").asString().equals("finished"));
				return unfinished.isEmpty();
			});
		}
	}

	@Test
	void aWebhookTargetThatNeverAnswersDoesNotHoldUpConversions() throws IOException {
		// accepts connections (the kernel's backlog) but never reads or answers: each
		// delivery attempt waits for the emulator's 10-second webhook timeout
		try (ServerSocket silent = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
				UploadcareEmulator emulator = UploadcareEmulator.builder().jobDelay(Duration.ofMillis(20)).start()) {
			TestHttp http = new TestHttp(emulator);
			http.rest("POST", "/webhooks/", "{\"target_url\":\"http://127.0.0.1:" + silent.getLocalPort()
					+ "/hook\",\"event\":\"file.uploaded\"}");
			for (int i = 0; i < 4; i++) {
				http.uploadFile("f" + i + ".txt", ("file " + i).getBytes(), "1");
			}
			String source = emulator.seedFile(null, "doc.txt", "text".getBytes()).uuid();
			long token = http.documentJob(source + "/document/-/format/pdf/", "").get("token").asLong();
			// well within the first attempts' timeout
			await().atMost(Duration.ofSeconds(8)).until(() -> http.documentStatus(token), "finished"::equals);
			assertThat(emulator.webhookDeliveries()).isEmpty();
		}
	}

}
