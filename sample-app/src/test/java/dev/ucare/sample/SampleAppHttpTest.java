package dev.ucare.sample;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import dev.ucare.client.files.FileInfo;
import dev.ucare.client.upload.UploadOperations;
import dev.ucare.client.upload.UploadOptions;
import dev.ucare.client.webhooks.Webhook;
import dev.ucare.client.webhooks.WebhookEvent;
import dev.ucare.client.webhooks.WebhookOperations;
import dev.ucare.sample.webhooks.WebhookEventLog;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The running app over HTTP: webhook round trip through the emulator, actuator, error
 * pages.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SampleAppHttpTest {

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	@LocalServerPort
	private int port;

	@Autowired
	private WebhookOperations webhooks;

	@Autowired
	private UploadOperations uploads;

	@Autowired
	private WebhookEventLog events;

	@Test
	void registersItsOwnWebhookWithTheEmulator() {
		List<Webhook> registered = webhooks.list();
		assertThat(registered).extracting(Webhook::targetUrl)
			.contains("http://127.0.0.1:" + port + "/uploadcare/webhooks");
		assertThat(registered).extracting(Webhook::event)
			.contains(WebhookEvent.FILE_UPLOADED, WebhookEvent.FILE_STORED, WebhookEvent.FILE_DELETED,
					WebhookEvent.FILE_INFO_UPDATED);
	}

	@Test
	void uploadsComeBackAsVerifiedWebhookEventsAndMeters() throws Exception {
		FileInfo file = uploads.upload("hello".getBytes(StandardCharsets.UTF_8),
				UploadOptions.builder().filename("hello.txt").build());
		await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(events.entries()).anySatisfy(e -> {
			assertThat(e.event()).isEqualTo("file.uploaded");
			assertThat(e.uuid()).isEqualTo(file.uuid());
			assertThat(e.type()).isEqualTo("FileUploadedEvent");
		}));
		assertThat(get("/events.json").body()).contains(file.uuid());
		HttpResponse<String> metrics = get("/actuator/metrics");
		assertThat(metrics.statusCode()).isEqualTo(200);
		assertThat(metrics.body()).contains("uploadcare.upload").contains("uploadcare.webhooks");
	}

	@Test
	void healthShowsTheUploadcareIndicator() throws Exception {
		HttpResponse<String> health = get("/actuator/health");
		assertThat(health.statusCode()).isEqualTo(200);
		assertThat(health.body()).contains("\"uploadcare\"").contains("\"status\":\"UP\"");
	}

	@Test
	void unknownPageIsAFriendly404() throws Exception {
		HttpResponse<String> response = get("/no/such/page");
		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(response.body()).contains("There is no page at /no/such/page").doesNotContain("Exception");
	}

	private HttpResponse<String> get(String path) throws IOException, InterruptedException {
		return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.header("Accept", path.startsWith("/actuator") || path.endsWith(".json") ? "application/json" : "text/html")
			.build(), HttpResponse.BodyHandlers.ofString());
	}

}
