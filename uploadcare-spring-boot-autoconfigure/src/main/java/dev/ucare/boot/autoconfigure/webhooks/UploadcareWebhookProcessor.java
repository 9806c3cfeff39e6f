package dev.ucare.boot.autoconfigure.webhooks;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.List;

import dev.ucare.boot.autoconfigure.webhooks.deduplication.DeliveryClaim;
import dev.ucare.boot.autoconfigure.webhooks.deduplication.WebhookDeduplicationMetrics;
import dev.ucare.boot.autoconfigure.webhooks.deduplication.WebhookDeduplicationMetrics.LeaseExpiry;
import dev.ucare.boot.autoconfigure.webhooks.deduplication.WebhookDeliveryStore;
import dev.ucare.client.webhooks.WebhookEvent;
import dev.ucare.client.webhooks.WebhookPayload;
import dev.ucare.client.webhooks.WebhookSignatureVerifier;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.util.Assert;

/**
 * Handles one webhook delivery independently of the web stack: verifies the
 * {@code X-Uc-Signature} header over the raw body (before parsing it), parses the
 * payload, claims the delivery in the {@link WebhookDeliveryStore} (so that a repeated
 * delivery, also one that reached another instance sharing the store, is published once),
 * publishes an {@link UploadcareWebhookEvent} and completes the claim, or releases it
 * when a listener failed. Thread-safe.
 * <p>
 * Without a signing secret every delivery is refused (401) unless unsigned deliveries are
 * explicitly allowed (then they are published with
 * {@link UploadcareWebhookEvent#isVerified()} {@code false}). Refused deliveries are
 * logged at WARN, at most once a minute, with the reason and the sender's address: never
 * the body nor the secret.
 */
public final class UploadcareWebhookProcessor {

	private static final Log logger = LogFactory.getLog(UploadcareWebhookProcessor.class);

	private static final JsonMapper PLAIN_JSON = JsonMapper.builder().build();

	private final @Nullable WebhookSignatureVerifier verifier;

	private final boolean allowUnsigned;

	private final @Nullable WebhookDeliveryStore store;

	private final Duration lease;

	private final Duration window;

	private final ApplicationEventPublisher publisher;

	private final UploadcareWebhookPublication publication;

	private final UploadcareWebhookMetrics metrics;

	private final WebhookDeduplicationMetrics deduplicationMetrics;

	private final Clock clock;

	private final RateLimitedLog refusals;

	private final RateLimitedLog storeFailures;

	private UploadcareWebhookProcessor(Builder builder) {
		String signingSecret = builder.signingSecret;
		this.verifier = (signingSecret == null || signingSecret.isEmpty()) ? null
				: new WebhookSignatureVerifier(signingSecret);
		this.allowUnsigned = builder.allowUnsigned;
		this.window = (builder.window != null) ? builder.window : Duration.ZERO;
		this.store = (!window.isNegative() && !window.isZero()) ? builder.store : null;
		this.lease = builder.lease;
		ApplicationEventPublisher publisher = builder.publisher;
		Assert.notNull(publisher, "publisher must not be null");
		this.publisher = publisher;
		this.publication = builder.publication;
		this.metrics = builder.metrics;
		this.deduplicationMetrics = builder.deduplicationMetrics;
		this.clock = builder.clock;
		this.refusals = new RateLimitedLog(logger::warn, builder.logInterval, clock);
		this.storeFailures = new RateLimitedLog(logger::error, builder.logInterval, clock);
	}

	/** A builder; only the publisher is required. */
	public static Builder builder() {
		return new Builder();
	}

	/** Whether a signing secret is configured to verify deliveries with. */
	public boolean verifiesSignatures() {
		return verifier != null;
	}

	/** Whether deliveries without a verifiable signature are published (unverified). */
	public boolean acceptsUnsigned() {
		return allowUnsigned;
	}

	/** The de-duplication store, {@code null} when deliveries are not de-duplicated. */
	public @Nullable WebhookDeliveryStore store() {
		return store;
	}

	/**
	 * Processes a delivery.
	 * @param body the raw request body
	 * @param signatureHeaders every {@code X-Uc-Signature} header value of the request
	 * (more than one is refused)
	 * @return what to answer
	 */
	public Result process(byte[] body, @Nullable List<String> signatureHeaders) {
		return process(body, signatureHeaders, null);
	}

	/**
	 * Processes a delivery.
	 * @param body the raw request body
	 * @param signatureHeaders every {@code X-Uc-Signature} header value of the request
	 * (more than one is refused)
	 * @param remoteAddress the sender's address, for the log of refused deliveries; may
	 * be {@code null}
	 * @return what to answer
	 */
	public Result process(byte[] body, @Nullable List<String> signatureHeaders, @Nullable String remoteAddress) {
		Assert.notNull(body, "body must not be null");
		String refusal = refusal(body, signatureHeaders);
		if (refusal != null) {
			refusals.log("Refused Uploadcare webhook delivery"
					+ ((remoteAddress != null) ? " from " + remoteAddress : "") + ": " + refusal);
			metrics.record(WebhookEvent.UNKNOWN.wireName(), WebhookOutcome.REJECTED);
			return new Result(WebhookOutcome.REJECTED, "Invalid signature");
		}
		boolean verified = verifier != null && signatureHeaders != null && signatureHeaders.size() == 1;
		WebhookPayload payload;
		try {
			payload = WebhookPayload.parse(body);
		}
		catch (IllegalArgumentException ex) {
			MalformedDeliveryReason reason = malformedReason(body);
			if (logger.isDebugEnabled()) {
				logger.debug("Malformed Uploadcare webhook delivery: " + reason.description());
			}
			metrics.record(WebhookEvent.UNKNOWN.wireName(), WebhookOutcome.MALFORMED);
			return new Result(WebhookOutcome.MALFORMED, "Malformed webhook: " + reason.description());
		}
		String eventTag = payload.event().wireName();
		WebhookDeliveryStore store = this.store;
		DeliveryClaim claim = null;
		if (store != null) {
			try {
				claim = store.claim(key(payload.hook().event(), body), lease);
			}
			catch (RuntimeException ex) {
				return storeUnavailable(store, eventTag, "claim", ex);
			}
			if (!claim.granted()) {
				boolean inProgress = claim.status() == DeliveryClaim.Status.IN_PROGRESS;
				deduplicationMetrics.duplicateSuppressed(inProgress);
				if (inProgress) {
					logger.debug("Uploadcare webhook delivery is being handled under another claim; answering 409");
					metrics.record(eventTag, WebhookOutcome.IN_PROGRESS);
					return new Result(WebhookOutcome.IN_PROGRESS, "Delivery in progress");
				}
				logger.debug("Duplicate Uploadcare webhook delivery ignored");
				metrics.record(eventTag, WebhookOutcome.DUPLICATE);
				return new Result(WebhookOutcome.DUPLICATE, "Duplicate delivery");
			}
			deduplicationMetrics.claimed(claim.status() == DeliveryClaim.Status.TAKEN_OVER);
			if (claim.status() == DeliveryClaim.Status.TAKEN_OVER) {
				deduplicationMetrics.leaseExpired(LeaseExpiry.TAKEN_OVER);
				logger.info("Took over an Uploadcare webhook delivery whose claim's lease (" + lease
						+ ") had expired; its listeners may have run before");
			}
		}
		UploadcareWebhookEvent event = UploadcareWebhookEvent.of(payload, new String(body, StandardCharsets.UTF_8),
				clock.instant(), verified);
		try {
			publication.run(() -> publisher.publishEvent(event));
		}
		catch (RuntimeException ex) {
			if (store != null && claim != null) {
				try {
					store.release(claim);
				}
				catch (RuntimeException releaseFailure) {
					deduplicationMetrics.storeError("release");
					storeFailures.log("Could not release the claim of a failed Uploadcare webhook delivery in the '"
							+ store.name() + "' store (" + describe(releaseFailure) + "); it is handled again once "
							+ "its lease (" + lease + ") expires");
				}
			}
			logger.warn("Listener of Uploadcare webhook event '" + eventTag + "' failed; answering 500 so that it is "
					+ "delivered again", ex);
			metrics.record(eventTag, WebhookOutcome.FAILED);
			return new Result(WebhookOutcome.FAILED, "Listener failed");
		}
		if (store != null && claim != null) {
			complete(store, claim);
		}
		WebhookOutcome outcome = verified ? WebhookOutcome.VERIFIED : WebhookOutcome.UNVERIFIED;
		metrics.record(eventTag, outcome);
		return new Result(outcome, "OK");
	}

	private void complete(WebhookDeliveryStore store, DeliveryClaim claim) {
		try {
			if (!store.complete(claim, window)) {
				deduplicationMetrics.leaseExpired(LeaseExpiry.OUTLIVED);
				logger.warn("Listeners of an Uploadcare webhook delivery outlived the claim's lease (" + lease
						+ "): another instance may have run them too. Raise "
						+ "'uploadcare.webhooks.deduplication.lease' above the slowest listener");
			}
		}
		catch (RuntimeException ex) {
			deduplicationMetrics.storeError("complete");
			storeFailures.log("Could not mark an Uploadcare webhook delivery as handled in the '" + store.name()
					+ "' store (" + describe(ex) + "); answered 200 (its listeners ran), but a repeated delivery "
					+ "after the lease (" + lease + ") would run them again");
		}
	}

	private Result storeUnavailable(WebhookDeliveryStore store, String eventTag, String operation,
			RuntimeException ex) {
		deduplicationMetrics.storeError(operation);
		storeFailures.log("Uploadcare webhook de-duplication store '" + store.name() + "' is unavailable ("
				+ describe(ex) + "); answered 503 without publishing, so that Uploadcare delivers again");
		if (logger.isDebugEnabled()) {
			logger.debug("De-duplication store failure", ex);
		}
		metrics.record(eventTag, WebhookOutcome.UNAVAILABLE);
		return new Result(WebhookOutcome.UNAVAILABLE, "Service unavailable");
	}

	private static String describe(Throwable ex) {
		Throwable root = ex;
		while (root.getCause() != null && root.getCause() != root) {
			root = root.getCause();
		}
		return ex.getClass().getSimpleName() + ((root != ex)
				? " caused by " + root.getClass().getSimpleName() + ": " + root.getMessage() : ": " + ex.getMessage());
	}

	private static final String NO_SIGNING_SECRET = "no signing secret is configured, so no delivery can be verified "
			+ "(set 'uploadcare.webhooks.signing-secret')";

	/** Why the delivery is refused, {@code null} when it may be processed. */
	private @Nullable String refusal(byte[] body, @Nullable List<String> signatureHeaders) {
		int signatures = (signatureHeaders != null) ? signatureHeaders.size() : 0;
		if (signatures > 1) {
			return "more than one X-Uc-Signature header";
		}
		if (signatures == 0) {
			if (allowUnsigned) {
				return null;
			}
			return (verifier != null) ? "no X-Uc-Signature header" : NO_SIGNING_SECRET;
		}
		if (verifier == null) {
			return allowUnsigned ? null : NO_SIGNING_SECRET;
		}
		// the verifier compares the hex digits in either case (signatures == 1: a header)
		return verifier.verify(body, (signatureHeaders != null) ? signatureHeaders.get(0) : null) ? null
				: "invalid X-Uc-Signature";
	}

	/** What is wrong with a body the payload parser refused. */
	static MalformedDeliveryReason malformedReason(byte[] body) {
		JsonNode tree;
		try {
			tree = PLAIN_JSON.readTree(body);
		}
		catch (JacksonException ex) {
			return MalformedDeliveryReason.NOT_JSON;
		}
		if (tree == null || !tree.isObject()) {
			return MalformedDeliveryReason.NOT_JSON;
		}
		JsonNode event = tree.path("hook").path("event");
		if (!event.isString() || event.asString().isBlank()) {
			return MalformedDeliveryReason.MISSING_EVENT;
		}
		return MalformedDeliveryReason.INVALID_FIELDS;
	}

	/** Answer for a body larger than allowed; records the rejection. */
	public Result tooLarge() {
		logger.debug("Refused Uploadcare webhook delivery: body too large");
		metrics.record(WebhookEvent.UNKNOWN.wireName(), WebhookOutcome.TOO_LARGE);
		return new Result(WebhookOutcome.TOO_LARGE, "Payload too large");
	}

	/** The de-duplication key of a delivery: SHA-256 of the event name and the body. */
	static String key(String eventName, byte[] body) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			digest.update(eventName.getBytes(StandardCharsets.UTF_8));
			digest.update((byte) 0);
			digest.update(body);
			return Base64.getUrlEncoder().withoutPadding().encodeToString(digest.digest());
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * What to answer.
	 *
	 * @param outcome what happened; carries the HTTP status
	 * @param message short plain-text reason for the response body
	 */
	public record Result(WebhookOutcome outcome, String message) {

		/** The HTTP status to answer with: the outcome's. */
		public int status() {
			return outcome.status();
		}

	}

	/** Builder of {@link UploadcareWebhookProcessor}. */
	public static final class Builder {

		private @Nullable String signingSecret;

		private boolean allowUnsigned;

		private @Nullable WebhookDeliveryStore store;

		private Duration lease = Duration.ofSeconds(30);

		private @Nullable Duration window = Duration.ofMinutes(10);

		private @Nullable ApplicationEventPublisher publisher;

		private UploadcareWebhookPublication publication = UploadcareWebhookPublication.IN_REQUEST;

		private UploadcareWebhookMetrics metrics = UploadcareWebhookMetrics.NONE;

		private WebhookDeduplicationMetrics deduplicationMetrics = WebhookDeduplicationMetrics.NONE;

		private Clock clock = Clock.systemUTC();

		private Duration logInterval = Duration.ofMinutes(1);

		private Builder() {
		}

		/**
		 * The webhook's signing secret; without one every delivery is refused unless
		 * {@link #allowUnsigned(boolean)}.
		 */
		public Builder signingSecret(@Nullable String signingSecret) {
			this.signingSecret = signingSecret;
			return this;
		}

		/**
		 * Whether deliveries without a signature (or, without a secret, any delivery) are
		 * published as unverified events. Development only.
		 */
		public Builder allowUnsigned(boolean allowUnsigned) {
			this.allowUnsigned = allowUnsigned;
			return this;
		}

		/**
		 * De-duplicates deliveries in {@code store}: claims for {@code lease}, remembers
		 * handled ones for {@code window}. A {@code null} store or a zero window turns
		 * de-duplication off (the default).
		 */
		public Builder deduplication(@Nullable WebhookDeliveryStore store, Duration lease, @Nullable Duration window) {
			this.store = store;
			this.lease = notNull(lease, "lease");
			this.window = window;
			return this;
		}

		/** Publishes the events; required. */
		public Builder publisher(ApplicationEventPublisher publisher) {
			this.publisher = notNull(publisher, "publisher");
			return this;
		}

		/**
		 * Runs each publication, e.g. inside a transaction; by default on the calling
		 * thread as it is. An exception it throws counts as a failed listener.
		 */
		public Builder publication(UploadcareWebhookPublication publication) {
			this.publication = notNull(publication, "publication");
			return this;
		}

		/** Records outcomes. */
		public Builder metrics(UploadcareWebhookMetrics metrics) {
			this.metrics = notNull(metrics, "metrics");
			return this;
		}

		/** Records what the de-duplication store did. */
		public Builder deduplicationMetrics(WebhookDeduplicationMetrics metrics) {
			this.deduplicationMetrics = notNull(metrics, "metrics");
			return this;
		}

		/** Source of {@link UploadcareWebhookEvent#receivedAt()} and log intervals. */
		public Builder clock(Clock clock) {
			this.clock = notNull(clock, "clock");
			return this;
		}

		/**
		 * Shortest interval between two log lines about refused deliveries (or store
		 * failures); default one minute.
		 */
		public Builder logInterval(Duration logInterval) {
			this.logInterval = notNull(logInterval, "logInterval");
			return this;
		}

		private static <T> T notNull(@Nullable T value, String name) {
			Assert.notNull(value, () -> name + " must not be null");
			return value;
		}

		public UploadcareWebhookProcessor build() {
			return new UploadcareWebhookProcessor(this);
		}

	}

}
