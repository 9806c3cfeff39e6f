package dev.ucare.boot.autoconfigure.webhooks;

import java.util.Locale;

/**
 * What the webhook endpoint did with a delivery, and the HTTP status it answered with;
 * the {@code outcome} tag of the {@code uploadcare.webhooks} meter.
 */
public enum WebhookOutcome {

	/** Signature valid, payload parsed, listeners ran (or were handed the event): 200. */
	VERIFIED(200),

	/**
	 * Accepted without a verified signature because
	 * {@code uploadcare.webhooks.allow-unsigned} is set; published with
	 * {@link UploadcareWebhookEvent#isVerified()} {@code false}: 200.
	 */
	UNVERIFIED(200),

	/**
	 * Same event and body already handled within the de-duplication window: 200, not
	 * published again.
	 */
	DUPLICATE(200),

	/** Not JSON, not a webhook payload or no {@code hook.event}: 400. */
	MALFORMED(400),

	/**
	 * Missing, invalid or repeated signature, or no signing secret configured to verify
	 * it: 401.
	 */
	REJECTED(401),

	/**
	 * The same delivery is being handled right now (on this or another instance): 409, so
	 * that Uploadcare delivers again later, when it is either done or released.
	 */
	IN_PROGRESS(409),

	/** Body larger than {@code uploadcare.webhooks.max-body-size}: 413. */
	TOO_LARGE(413),

	/** A listener threw: 500, so that Uploadcare delivers again. */
	FAILED(500),

	/**
	 * The de-duplication store could not be reached: 503, nothing published, so that
	 * Uploadcare delivers again.
	 */
	UNAVAILABLE(503);

	private final int status;

	WebhookOutcome(int status) {
		this.status = status;
	}

	/** The HTTP status the endpoint answers with. */
	public int status() {
		return status;
	}

	/** The tag value, e.g. {@code verified}. */
	public String tagValue() {
		return name().toLowerCase(Locale.ROOT);
	}

}
