package dev.ucare.sample;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import dev.ucare.client.files.FileInfo;
import dev.ucare.client.files.FileOperations;
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
	private FileOperations files;

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
		// the webhook endpoint records its meter after the listeners ran
		await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
			HttpResponse<String> metrics = get("/actuator/metrics");
			assertThat(metrics.statusCode()).isEqualTo(200);
			assertThat(metrics.body()).contains("uploadcare.upload").contains("uploadcare.webhooks");
		});
	}

	@Test
	void healthShowsTheUploadcareIndicator() throws Exception {
		HttpResponse<String> health = get("/actuator/health");
		assertThat(health.statusCode()).isEqualTo(200);
		assertThat(health.body()).contains("\"uploadcare\"").contains("\"status\":\"UP\"");
	}

	@Test
	void eachStoreChoiceDoesWhatItSaysAndThePageSaysWhatHappened() throws Exception {
		HttpClient browser = HttpClient.newBuilder()
			.cookieHandler(new CookieManager())
			.followRedirects(HttpClient.Redirect.NORMAL)
			.build();
		assertThat(postForm(browser, "/uploads/from-url", "url", sampleImage(), "store", "false").body())
			.contains("not stored: Uploadcare removes it after 24 hours (store: don&#39;t store)");
		assertThat(postForm(browser, "/uploads/from-url", "url", sampleImage(), "store", "true").body())
			.contains("stored permanently (store: store)");
		// the emulator's project stores automatically
		assertThat(postForm(browser, "/uploads/from-url", "url", sampleImage(), "store", "auto").body())
			.contains("stored permanently (store: auto, the project&#39;s setting)");
	}

	@Test
	void noSessionIdInRedirectsAndLinks() throws Exception {
		HttpResponse<String> response = postForm(http, "/uploads/from-url", "url", sampleImage(), "store", "auto");
		assertThat(response.statusCode()).isEqualTo(302);
		assertThat(response.headers().firstValue("Location"))
			.hasValueSatisfying((location) -> assertThat(location).startsWith("http://localhost:" + port + "/files/")
				.doesNotContainIgnoringCase("jsessionid"));
		assertThat(response.headers().firstValue("Set-Cookie"))
			.hasValueSatisfying((cookie) -> assertThat(cookie).startsWith("JSESSIONID="));
		assertThat(get("/").body()).doesNotContainIgnoringCase("jsessionid");
	}

	@Test
	void deleteAsksForConfirmationFirst() throws Exception {
		FileInfo file = uploads.upload("delete me".getBytes(StandardCharsets.UTF_8),
				UploadOptions.builder().filename("delete-me.txt").build());
		HttpResponse<String> confirmation = get("/files/" + file.uuid() + "/delete");
		assertThat(confirmation.statusCode()).isEqualTo(200);
		assertThat(confirmation.body()).contains("Delete <span id=\"confirm-name\">delete-me.txt</span>?")
			.contains("id=\"confirm-delete\"")
			.contains("id=\"cancel-delete\"");
		assertThat(files.get(file.uuid()).datetimeRemoved()).isNull();
		HttpResponse<String> deleted = postForm(http, "/files/" + file.uuid() + "/delete");
		assertThat(deleted.statusCode()).isEqualTo(302);
		assertThat(files.get(file.uuid()).datetimeRemoved()).isNotNull();
	}

	@Test
	void unknownPageIsAFriendly404() throws Exception {
		HttpResponse<String> response = get("/no/such/page");
		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(response.body()).contains("There is no page at /no/such/page").doesNotContain("Exception");
	}

	private String sampleImage() {
		return "http://127.0.0.1:" + port + "/sample/gradient.png";
	}

	private HttpResponse<String> postForm(HttpClient client, String path, String... fields)
			throws IOException, InterruptedException {
		return client.send(
				Forms.post(URI.create("http://localhost:" + port + path), fields).header("Accept", "text/html").build(),
				HttpResponse.BodyHandlers.ofString());
	}

	private HttpResponse<String> get(String path) throws IOException, InterruptedException {
		return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.header("Accept", path.startsWith("/actuator") || path.endsWith(".json") ? "application/json" : "text/html")
			.build(), HttpResponse.BodyHandlers.ofString());
	}

}
