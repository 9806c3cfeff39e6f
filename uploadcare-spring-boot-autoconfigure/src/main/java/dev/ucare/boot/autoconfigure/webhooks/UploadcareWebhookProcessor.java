package dev.ucare.boot.autoconfigure.webhooks;

import java.time.Clock;
import java.time.Duration;
import java.util.List;

import dev.ucare.client.webhooks.WebhookEvent;
import dev.ucare.client.webhooks.WebhookPayload;
import dev.ucare.client.webhooks.WebhookSignatureVerifier;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.context.ApplicationEventPublisher;

/**
 * Handles one webhook delivery independently of the web stack: verifies the
 * {@code X-Uc-Signature} header over the raw body (when a signing secret is set; the body
 * is not parsed otherwise), parses the payload, drops duplicates and publishes an
 * {@link UploadcareWebhookEvent}. Thread-safe. Nothing of the body is logged above DEBUG,
 * the secret never.
 */
public final class UploadcareWebhookProcessor {

	private static final Log logger = LogFactory.getLog(UploadcareWebhookProcessor.class);

	private static final int MAX_REMEMBERED = 10_000;

	private final WebhookSignatureVerifier verifier;

	private final ApplicationEventPublisher publisher;

	private final UploadcareWebhookMetrics metrics;

	private final WebhookDeduplicator deduplicator;

	private final Clock clock;

	/**
	 * @param signingSecret the webhook's signing secret, {@code null} or empty to accept
	 * unsigned deliveries
	 * @param deduplicationWindow how long deliveries are remembered; zero or {@code null}
	 * turns de-duplication off
	 * @param publisher publishes the events
	 * @param metrics records outcomes
	 * @param clock source of {@link UploadcareWebhookEvent#receivedAt()} and
	 * de-duplication time
	 */
	public UploadcareWebhookProcessor(String signingSecret, Duration deduplicationWindow,
			ApplicationEventPublisher publisher, UploadcareWebhookMetrics metrics, Clock clock) {
		this.verifier = (signingSecret == null || signingSecret.isEmpty()) ? null
				: new WebhookSignatureVerifier(signingSecret);
		this.publisher = publisher;
		this.metrics = metrics;
		this.clock = clock;
		this.deduplicator = new WebhookDeduplicator(deduplicationWindow, clock, MAX_REMEMBERED);
	}

	/** Whether deliveries must carry a valid signature. */
	public boolean verifiesSignatures() {
		return verifier != null;
	}

	/**
	 * Processes a delivery.
	 * @param body the raw request body
	 * @param signatureHeaders every {@code X-Uc-Signature} header value of the request
	 * (more than one is refused)
	 * @return what to answer
	 */
	public Result process(byte[] body, List<String> signatureHeaders) {
		if (verifier != null) {
			if (signatureHeaders == null || signatureHeaders.size() != 1
					|| !verifier.verify(body, signatureHeaders.get(0))) {
				logger.debug("Rejected Uploadcare webhook delivery: missing or invalid X-Uc-Signature");
				return reject();
			}
		}
		WebhookPayload payload;
		try {
			payload = WebhookPayload.parse(body);
		}
		catch (RuntimeException ex) {
			String reason = (ex.getMessage() != null && ex.getMessage().contains("hook.event")) ? "missing hook.event"
					: "body is not a valid webhook payload";
			if (logger.isDebugEnabled()) {
				logger.debug("Malformed Uploadcare webhook delivery (" + reason + "): " + ex.getMessage());
			}
			metrics.record(WebhookEvent.UNKNOWN.wireName(), WebhookOutcome.MALFORMED);
			return new Result(400, WebhookOutcome.MALFORMED, "Malformed webhook: " + reason);
		}
		String eventTag = payload.event().wireName();
		String key = null;
		if (deduplicator.enabled()) {
			key = WebhookDeduplicator.key(payload.hook().event(), body);
			if (!deduplicator.claim(key)) {
				logger.debug("Duplicate Uploadcare webhook delivery ignored");
				metrics.record(eventTag, WebhookOutcome.DUPLICATE);
				return new Result(200, WebhookOutcome.DUPLICATE, "Duplicate delivery");
			}
		}
		UploadcareWebhookEvent event = UploadcareWebhookEvent.of(payload, clock.instant());
		try {
			publisher.publishEvent(event);
		}
		catch (RuntimeException ex) {
			if (key != null) {
				deduplicator.release(key);
			}
			logger.warn("Listener of Uploadcare webhook event '" + eventTag + "' failed; answering 500 so that it is "
					+ "delivered again", ex);
			metrics.record(eventTag, WebhookOutcome.FAILED);
			return new Result(500, WebhookOutcome.FAILED, "Listener failed");
		}
		metrics.record(eventTag, WebhookOutcome.VERIFIED);
		return new Result(200, WebhookOutcome.VERIFIED, "OK");
	}

	/** Answer for a body larger than allowed; records the rejection. */
	public Result tooLarge() {
		logger.debug("Rejected Uploadcare webhook delivery: body too large");
		metrics.record(WebhookEvent.UNKNOWN.wireName(), WebhookOutcome.REJECTED);
		return new Result(413, WebhookOutcome.REJECTED, "Payload too large");
	}

	private Result reject() {
		metrics.record(WebhookEvent.UNKNOWN.wireName(), WebhookOutcome.REJECTED);
		return new Result(401, WebhookOutcome.REJECTED, "Invalid signature");
	}

	/**
	 * What to answer.
	 *
	 * @param status HTTP status
	 * @param outcome what happened
	 * @param message short plain-text reason for the response body
	 */
	public record Result(int status, WebhookOutcome outcome, String message) {
	}

}
