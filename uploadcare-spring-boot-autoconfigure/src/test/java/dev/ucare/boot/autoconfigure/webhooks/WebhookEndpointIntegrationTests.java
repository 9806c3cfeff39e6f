package dev.ucare.boot.autoconfigure.webhooks;

import java.io.ByteArrayInputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import dev.ucare.client.webhooks.WebhookSignatures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;

/** The webhook endpoint over real HTTP in a running application. */
@ExtendWith(OutputCaptureExtension.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "uploadcare.public-key=demopublickey",
				"uploadcare.webhooks.signing-secret=" + WebhookEndpointIntegrationTests.SECRET,
				"uploadcare.webhooks.max-body-size=16KB", "uploadcare.webhooks.path=/hooks/uploadcare" })
class WebhookEndpointIntegrationTests extends WebhookEndpointTestSupport {

	static final String SECRET = "whsec-integration";

	@Test
	void validDeliveryIsPublishedAsTypedEvent() throws Exception {
		String uuid = UUID.randomUUID().toString();
		byte[] body = WebhookBodies.body("file.uploaded", uuid);
		HttpResponse<String> response = deliveries.postSigned(body, SECRET);
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(recorder.events()).singleElement().isInstanceOfSatisfying(FileUploadedEvent.class, event -> {
			assertThat(event.eventName()).isEqualTo("file.uploaded");
			assertThat(event.payload().data().uuid()).isEqualTo(uuid);
			assertThat(event.receivedAt()).isNotNull();
		});
		assertThat(meters.counter("uploadcare.webhooks", "event", "file.uploaded", "outcome", "verified").count())
			.isGreaterThanOrEqualTo(1);
	}

	@Test
	void eachKnownEventHasItsClass() throws Exception {
		for (var expected : List.of(List.of("file.stored", FileStoredEvent.class),
				List.of("file.deleted", FileDeletedEvent.class),
				List.of("file.info_updated", FileInfoUpdatedEvent.class),
				List.of("file.infected", FileInfectedEvent.class))) {
			byte[] body = WebhookBodies.body((String) expected.get(0), UUID.randomUUID().toString());
			assertThat(deliveries.postSigned(body, SECRET).statusCode()).isEqualTo(200);
			assertThat(recorder.events().get(recorder.events().size() - 1))
				.isExactlyInstanceOf((Class<?>) expected.get(1));
		}
	}

	@Test
	void unknownEventIsPublishedAsGenericEvent() throws Exception {
		byte[] body = WebhookBodies.body("file.teleported", UUID.randomUUID().toString());
		assertThat(deliveries.postSigned(body, SECRET).statusCode()).isEqualTo(200);
		assertThat(recorder.events()).singleElement().satisfies(event -> {
			assertThat(event).isExactlyInstanceOf(UploadcareWebhookEvent.class);
			assertThat(event.eventName()).isEqualTo("file.teleported");
		});
	}

	@Test
	void forgedOrMissingSignatureIs401AndNothingIsPublished() throws Exception {
		byte[] body = WebhookBodies.body("file.uploaded", UUID.randomUUID().toString());
		assertThat(deliveries.post(body, WebhookSignatures.sign(body, "wrong-secret")).statusCode()).isEqualTo(401);
		assertThat(deliveries.post(body, null).statusCode()).isEqualTo(401);
		HttpResponse<String> twice = WebhookDeliveries.send(deliveries.request(body)
			.header("X-Uc-Signature", WebhookSignatures.sign(body, SECRET))
			.header("X-Uc-Signature", WebhookSignatures.sign(body, SECRET)));
		assertThat(twice.statusCode()).isEqualTo(401);
		// a malformed body with a bad signature is refused before parsing: 401, not 400
		assertThat(deliveries.post("not json".getBytes(StandardCharsets.UTF_8), "v1=00").statusCode()).isEqualTo(401);
		assertThat(recorder.events()).isEmpty();
		assertThat(meters.counter("uploadcare.webhooks", "event", "unknown", "outcome", "rejected").count())
			.isGreaterThanOrEqualTo(4);
	}

	@Test
	void oversizedBodyIs413() throws Exception {
		byte[] body = WebhookBodies.bodyOfSize("file.uploaded", UUID.randomUUID().toString(), 20 * 1024);
		assertThat(deliveries.postSigned(body, SECRET).statusCode()).isEqualTo(413);
		// without Content-Length (chunked): the bounded read catches it
		HttpResponse<String> chunked = WebhookDeliveries.send(deliveries.request()
			.POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body)))
			.header("X-Uc-Signature", WebhookSignatures.sign(body, SECRET)));
		assertThat(chunked.statusCode()).isEqualTo(413);
		assertThat(recorder.events()).isEmpty();
		assertThat(meters.counter("uploadcare.webhooks", "event", "unknown", "outcome", "too_large").count())
			.isGreaterThanOrEqualTo(2);
	}

	@Test
	void malformedPayloadIs400WithShortReason() throws Exception {
		byte[] notJson = "{\"hook\": oops".getBytes(StandardCharsets.UTF_8);
		HttpResponse<String> response = deliveries.postSigned(notJson, SECRET);
		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.body()).contains("not a valid webhook payload").doesNotContain("oops");
		byte[] noEvent = "{\"hook\":{\"id\":1},\"data\":{}}".getBytes(StandardCharsets.UTF_8);
		HttpResponse<String> missing = deliveries.postSigned(noEvent, SECRET);
		assertThat(missing.statusCode()).isEqualTo(400);
		assertThat(missing.body()).contains("missing hook.event");
		byte[] wrongType = "{\"hook\":{\"event\":\"file.uploaded\"},\"data\":[1,2]}".getBytes(StandardCharsets.UTF_8);
		HttpResponse<String> invalid = deliveries.postSigned(wrongType, SECRET);
		assertThat(invalid.statusCode()).isEqualTo(400);
		assertThat(invalid.body()).contains("a field has the wrong type");
		assertThat(recorder.events()).isEmpty();
		assertThat(meters.counter("uploadcare.webhooks", "event", "unknown", "outcome", "malformed").count())
			.isGreaterThanOrEqualTo(2);
	}

	@Test
	void duplicateDeliveryIsPublishedOnce() throws Exception {
		byte[] body = WebhookBodies.body("file.stored", UUID.randomUUID().toString());
		String signature = WebhookSignatures.sign(body, SECRET);
		assertThat(deliveries.post(body, signature).statusCode()).isEqualTo(200);
		HttpResponse<String> again = deliveries.post(body, signature);
		assertThat(again.statusCode()).isEqualTo(200);
		assertThat(again.body()).contains("Duplicate");
		assertThat(recorder.events()).hasSize(1);
		assertThat(meters.counter("uploadcare.webhooks", "event", "file.stored", "outcome", "duplicate").count())
			.isGreaterThanOrEqualTo(1);
	}

	@Test
	void listenerFailureIs500AndTheRetryIsPublished() throws Exception {
		byte[] body = WebhookBodies.body("file.deleted", UUID.randomUUID().toString());
		String signature = WebhookSignatures.sign(body, SECRET);
		recorder.failing(true);
		assertThat(deliveries.post(body, signature).statusCode()).isEqualTo(500);
		recorder.failing(false);
		// Uploadcare's retry is not swallowed by de-duplication
		assertThat(deliveries.post(body, signature).statusCode()).isEqualTo(200);
		assertThat(recorder.events()).hasSize(2);
		assertThat(meters.counter("uploadcare.webhooks", "event", "file.deleted", "outcome", "failed").count())
			.isGreaterThanOrEqualTo(1);
	}

	@ParameterizedTest
	@ValueSource(strings = { "text/plain", "application/x-www-form-urlencoded", "multipart/form-data; boundary=xyz",
			"application/octet-stream", "application/json; charset=ISO-8859-1", "" })
	void correctlySignedDeliveryIsAcceptedWhateverItsContentType(String contentType) throws Exception {
		String uuid = UUID.randomUUID().toString();
		byte[] body = WebhookBodies.body("file.uploaded", uuid);
		HttpRequest.Builder request = HttpRequest.newBuilder(deliveries.endpoint())
			.POST(HttpRequest.BodyPublishers.ofByteArray(body))
			.header("X-Uc-Signature", WebhookSignatures.sign(body, SECRET));
		if (!contentType.isEmpty()) {
			request.header("Content-Type", contentType);
		}
		HttpResponse<String> response = WebhookDeliveries.send(request);
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		assertThat(recorder.events()).singleElement()
			.satisfies(event -> assertThat(event.payload().data().uuid()).isEqualTo(uuid));
	}

	@Test
	void upperCaseHexSignatureIsAccepted() throws Exception {
		byte[] body = WebhookBodies.body("file.uploaded", UUID.randomUUID().toString());
		String signature = WebhookSignatures.sign(body, SECRET);
		String upper = "v1=" + signature.substring(3).toUpperCase(Locale.ROOT);
		assertThat(deliveries.post(body, upper).statusCode()).isEqualTo(200);
		assertThat(recorder.events()).singleElement().satisfies(event -> assertThat(event.isVerified()).isTrue());
	}

	@Test
	void verifiedDeliveriesSayTheyWereVerified() throws Exception {
		byte[] body = WebhookBodies.body("file.uploaded", UUID.randomUUID().toString());
		assertThat(deliveries.postSigned(body, SECRET).statusCode()).isEqualTo(200);
		assertThat(recorder.events()).singleElement().satisfies(event -> {
			assertThat(event.isVerified()).isTrue();
			assertThat(event.body()).isEqualTo(new String(body, StandardCharsets.UTF_8));
		});
	}

	@Test
	void forgedDeliveriesAreLoggedAtMostOnceAMinuteWithoutBodyOrSecret(CapturedOutput output) throws Exception {
		String marker = "forged-" + UUID.randomUUID();
		for (int i = 0; i < 5; i++) {
			byte[] body = WebhookBodies.body("file.uploaded", marker);
			assertThat(deliveries.post(body, WebhookSignatures.sign(body, "not-the-secret")).statusCode())
				.isEqualTo(401);
		}
		assertThat(output.getOut().lines().filter(line -> line.contains("Refused Uploadcare webhook delivery")))
			.hasSizeLessThanOrEqualTo(1)
			.allSatisfy(line -> assertThat(line).contains("WARN").contains("from 127.0.0.1"));
		assertThat(output).doesNotContain(marker).doesNotContain(SECRET).doesNotContain("not-the-secret");
	}

	@Test
	void defaultPathIsNotMappedWhenAnotherIsConfigured() throws Exception {
		byte[] body = WebhookBodies.body("file.uploaded", UUID.randomUUID().toString());
		HttpResponse<String> response = WebhookDeliveries
			.send(HttpRequest.newBuilder(new WebhookDeliveries(port).endpoint())
				.POST(HttpRequest.BodyPublishers.ofByteArray(body))
				.header("X-Uc-Signature", WebhookSignatures.sign(body, SECRET)));
		// 404, or 401 from Spring Security's default filter chain (on the test class
		// path),
		// which covers every path but the webhook endpoint's
		assertThat(response.statusCode()).isIn(404, 401);
		assertThat(response.body()).doesNotContain("signature");
		assertThat(recorder.events()).isEmpty();
	}

	@SpringBootConfiguration
	@EnableAutoConfiguration
	@Import(WebhookRecorder.class)
	static class App {

	}

}
