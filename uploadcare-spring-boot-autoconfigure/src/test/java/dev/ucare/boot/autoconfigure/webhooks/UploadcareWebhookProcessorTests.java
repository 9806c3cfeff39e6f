package dev.ucare.boot.autoconfigure.webhooks;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

import dev.ucare.boot.autoconfigure.webhooks.deduplication.DeliveryClaim;
import dev.ucare.boot.autoconfigure.webhooks.deduplication.FailingStore;
import dev.ucare.boot.autoconfigure.webhooks.deduplication.InMemoryWebhookDeliveryStore;
import dev.ucare.boot.autoconfigure.metrics.MicrometerWebhookDeduplicationMetrics;
import dev.ucare.boot.autoconfigure.webhooks.deduplication.WebhookDeliveryStore;
import dev.ucare.client.webhooks.WebhookSignatures;
import dev.ucare.testsupport.MutableClock;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.assertj.core.api.Assertions.assertThat;

/** {@link UploadcareWebhookProcessor} on its own. */
@ExtendWith(OutputCaptureExtension.class)
class UploadcareWebhookProcessorTests {

	private static final String SECRET = "processor-secret";

	private final List<UploadcareWebhookEvent> published = new ArrayList<>();

	private final List<String> outcomes = new ArrayList<>();

	private final MutableClock clock = new MutableClock(Instant.parse("2026-01-01T00:00:00Z"));

	private UploadcareWebhookProcessor.Builder builder() {
		return UploadcareWebhookProcessor.builder()
			.signingSecret(SECRET)
			.publisher(event -> published.add((UploadcareWebhookEvent) event))
			.metrics((event, outcome) -> outcomes.add(event + ":" + outcome.tagValue()))
			.clock(clock);
	}

	private static List<String> signed(byte[] body) {
		return List.of(WebhookSignatures.sign(body, SECRET));
	}

	@Test
	void everyOutcomeAnswersItsOwnStatus() {
		UploadcareWebhookProcessor processor = builder().build();
		byte[] body = WebhookBodies.body("file.uploaded", "u1");
		List<UploadcareWebhookProcessor.Result> results = List.of(processor.process(body, signed(body)),
				processor.process(body, List.of("v1=00")), processor.tooLarge(),
				processor.process("x".getBytes(StandardCharsets.UTF_8), signed("x".getBytes(StandardCharsets.UTF_8))));
		assertThat(results).extracting(UploadcareWebhookProcessor.Result::outcome)
			.containsExactly(WebhookOutcome.VERIFIED, WebhookOutcome.REJECTED, WebhookOutcome.TOO_LARGE,
					WebhookOutcome.MALFORMED);
		assertThat(results).extracting(UploadcareWebhookProcessor.Result::status).containsExactly(200, 401, 413, 400);
		assertThat(outcomes).containsExactly("file.uploaded:verified", "unknown:rejected", "unknown:too_large",
				"unknown:malformed");
	}

	@Test
	void malformedDeliveriesCarryATypedReason() {
		assertThat(UploadcareWebhookProcessor.malformedReason("{\"hook\": oops".getBytes(StandardCharsets.UTF_8)))
			.isEqualTo(MalformedDeliveryReason.NOT_JSON);
		assertThat(UploadcareWebhookProcessor.malformedReason("[1,2]".getBytes(StandardCharsets.UTF_8)))
			.isEqualTo(MalformedDeliveryReason.NOT_JSON);
		assertThat(UploadcareWebhookProcessor.malformedReason("{\"hook\":{\"id\":1}}".getBytes(StandardCharsets.UTF_8)))
			.isEqualTo(MalformedDeliveryReason.MISSING_EVENT);
		assertThat(UploadcareWebhookProcessor
			.malformedReason("{\"hook\":{\"event\":\"  \"}}".getBytes(StandardCharsets.UTF_8)))
			.isEqualTo(MalformedDeliveryReason.MISSING_EVENT);
		assertThat(UploadcareWebhookProcessor
			.malformedReason("{\"hook\":{\"event\":\"file.stored\"},\"data\":\"x\"}".getBytes(StandardCharsets.UTF_8)))
			.isEqualTo(MalformedDeliveryReason.INVALID_FIELDS);
		UploadcareWebhookProcessor processor = builder().build();
		byte[] noEvent = "{\"hook\":{\"id\":1}}".getBytes(StandardCharsets.UTF_8);
		assertThat(processor.process(noEvent, signed(noEvent)).message())
			.isEqualTo("Malformed webhook: " + MalformedDeliveryReason.MISSING_EVENT.description());
	}

	@Test
	void refusedDeliveriesAreLoggedAtMostOncePerIntervalWithoutBodyOrSecret(CapturedOutput output) {
		UploadcareWebhookProcessor processor = builder().logInterval(Duration.ofMinutes(1)).build();
		String marker = UUID.randomUUID().toString();
		byte[] body = WebhookBodies.body("file.uploaded", marker);
		for (int i = 0; i < 5; i++) {
			assertThat(processor.process(body, List.of(WebhookSignatures.sign(body, "forger")), "10.1.2.3").status())
				.isEqualTo(401);
		}
		assertThat(refusalLines(output)).singleElement()
			.satisfies(line -> assertThat(line).contains("WARN")
				.contains("from 10.1.2.3")
				.contains("invalid X-Uc-Signature"));
		clock.advance(Duration.ofSeconds(61));
		processor.process(body, List.of(), "10.1.2.4");
		assertThat(refusalLines(output)).hasSize(2)
			.last()
			.satisfies(line -> assertThat(line).contains("no X-Uc-Signature header").contains("4 more like it"));
		assertThat(output).doesNotContain(marker).doesNotContain(SECRET);
		assertThat(published).isEmpty();
	}

	private static List<String> refusalLines(CapturedOutput output) {
		return output.getOut().lines().filter(line -> line.contains("Refused Uploadcare webhook delivery")).toList();
	}

	@Test
	void withoutSecretUnsignedDeliveriesNeedTheOptInAndArePublishedUnverified() {
		byte[] body = WebhookBodies.body("file.uploaded", "u2");
		UploadcareWebhookProcessor refusing = builder().signingSecret(null).build();
		assertThat(refusing.process(body, List.of()).outcome()).isEqualTo(WebhookOutcome.REJECTED);
		assertThat(refusing.process(body, signed(body)).outcome()).isEqualTo(WebhookOutcome.REJECTED);
		UploadcareWebhookProcessor allowing = builder().signingSecret(null).allowUnsigned(true).build();
		assertThat(allowing.process(body, List.of()).outcome()).isEqualTo(WebhookOutcome.UNVERIFIED);
		assertThat(published).singleElement().satisfies(event -> assertThat(event.isVerified()).isFalse());
	}

	@Test
	void storeOutageAnswers503AndPublishesNothing(CapturedOutput output) {
		SimpleMeterRegistry registry = new SimpleMeterRegistry();
		UploadcareWebhookProcessor processor = builder()
			.deduplication(new FailingStore(), Duration.ofSeconds(30), Duration.ofMinutes(10))
			.deduplicationMetrics(new MicrometerWebhookDeduplicationMetrics(registry, "failing"))
			.build();
		byte[] body = WebhookBodies.body("file.uploaded", "u3");
		UploadcareWebhookProcessor.Result result = processor.process(body, signed(body));
		assertThat(result.status()).isEqualTo(503);
		assertThat(result.outcome()).isEqualTo(WebhookOutcome.UNAVAILABLE);
		assertThat(published).isEmpty();
		assertThat(registry
			.counter("uploadcare.webhooks.deduplication.store.errors", "store", "failing", "operation", "claim")
			.count()).isEqualTo(1);
		assertThat(output).contains("ERROR")
			.contains("de-duplication store 'failing' is unavailable")
			.contains("Connection refused")
			.contains("answered 503 without publishing");
	}

	@Test
	void aDeliveryBeingHandledElsewhereAnswers409AndAHandledOne200() {
		InMemoryWebhookDeliveryStore store = new InMemoryWebhookDeliveryStore(clock, 100);
		SimpleMeterRegistry registry = new SimpleMeterRegistry();
		UploadcareWebhookProcessor processor = builder()
			.deduplication(store, Duration.ofSeconds(30), Duration.ofMinutes(10))
			.deduplicationMetrics(new MicrometerWebhookDeduplicationMetrics(registry, "memory"))
			.build();
		byte[] body = WebhookBodies.body("file.stored", "u4");
		DeliveryClaim elsewhere = store.claim(UploadcareWebhookProcessor.key("file.stored", body),
				Duration.ofSeconds(30));
		assertThat(processor.process(body, signed(body)).status()).isEqualTo(409);
		store.complete(elsewhere, Duration.ofMinutes(10));
		UploadcareWebhookProcessor.Result duplicate = processor.process(body, signed(body));
		assertThat(duplicate.outcome()).isEqualTo(WebhookOutcome.DUPLICATE);
		assertThat(duplicate.status()).isEqualTo(200);
		assertThat(published).isEmpty();
		assertThat(registry
			.counter("uploadcare.webhooks.deduplication.duplicates", "store", "memory", "state", "in_progress")
			.count()).isEqualTo(1);
		assertThat(registry
			.counter("uploadcare.webhooks.deduplication.duplicates", "store", "memory", "state", "completed")
			.count()).isEqualTo(1);
	}

	@Test
	void aListenerThatOutlivesItsLeaseIsCountedAndTheTakeOverToo(CapturedOutput output) {
		InMemoryWebhookDeliveryStore store = new InMemoryWebhookDeliveryStore(clock, 100);
		SimpleMeterRegistry registry = new SimpleMeterRegistry();
		AtomicReference<UploadcareWebhookProcessor> other = new AtomicReference<>();
		byte[] body = WebhookBodies.body("file.uploaded", "u5");
		// a slow listener: while it runs, its lease expires and another instance takes
		// over
		UploadcareWebhookProcessor slow = UploadcareWebhookProcessor.builder()
			.signingSecret(SECRET)
			.clock(clock)
			.deduplication(store, Duration.ofSeconds(30), Duration.ofMinutes(10))
			.deduplicationMetrics(new MicrometerWebhookDeduplicationMetrics(registry, "memory"))
			.publisher(event -> {
				clock.advance(Duration.ofSeconds(31));
				assertThat(other.get().process(body, signed(body)).outcome()).isEqualTo(WebhookOutcome.VERIFIED);
			})
			.build();
		other.set(builder().deduplication(store, Duration.ofSeconds(30), Duration.ofMinutes(10))
			.deduplicationMetrics(new MicrometerWebhookDeduplicationMetrics(registry, "memory"))
			.build());
		assertThat(slow.process(body, signed(body)).status()).isEqualTo(200);
		assertThat(published).hasSize(1); // the other instance's run
		assertThat(registry
			.counter("uploadcare.webhooks.deduplication.lease.expiries", "store", "memory", "kind", "taken_over")
			.count()).isEqualTo(1);
		assertThat(registry
			.counter("uploadcare.webhooks.deduplication.lease.expiries", "store", "memory", "kind", "outlived")
			.count()).isEqualTo(1);
		assertThat(output).contains("outlived the claim's lease (PT30S)");
		assertThat(processorAfter(store).process(body, signed(body)).outcome()).isEqualTo(WebhookOutcome.DUPLICATE);
	}

	private UploadcareWebhookProcessor processorAfter(WebhookDeliveryStore store) {
		return builder().deduplication(store, Duration.ofSeconds(30), Duration.ofMinutes(10)).build();
	}

	@Test
	void aFailedListenerReleasesTheClaimSoThatTheRetryIsPublished() {
		InMemoryWebhookDeliveryStore store = new InMemoryWebhookDeliveryStore(clock, 100);
		boolean[] fail = { true };
		UploadcareWebhookProcessor processor = builder()
			.deduplication(store, Duration.ofSeconds(30), Duration.ofMinutes(10))
			.publisher(event -> {
				if (fail[0]) {
					throw new IllegalStateException("listener failed on purpose");
				}
				published.add((UploadcareWebhookEvent) event);
			})
			.build();
		byte[] body = WebhookBodies.body("file.deleted", "u6");
		assertThat(processor.process(body, signed(body)).status()).isEqualTo(500);
		fail[0] = false;
		assertThat(processor.process(body, signed(body)).status()).isEqualTo(200);
		assertThat(processor.process(body, signed(body)).outcome()).isEqualTo(WebhookOutcome.DUPLICATE);
		assertThat(published).hasSize(1);
	}

}
