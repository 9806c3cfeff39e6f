package dev.ucare.boot.autoconfigure.webhooks;

import java.util.Locale;

/**
 * What the webhook endpoint did with a delivery; the {@code outcome} tag of the
 * {@code uploadcare.webhooks} meter.
 */
public enum WebhookOutcome {

	/**
	 * Signature valid (or no signing secret configured), payload parsed, listeners ran:
	 * 200.
	 */
	VERIFIED(200),

	/** Missing or wrong signature (401) or body larger than allowed (413). */
	REJECTED(401),

	/** Not JSON or no {@code hook.event}: 400. */
	MALFORMED(400),

	/**
	 * Same event and body seen within the de-duplication window: 200, not published
	 * again.
	 */
	DUPLICATE(200),

	/** A listener threw: 500, so that Uploadcare delivers again. */
	FAILED(500);

	private final int status;

	WebhookOutcome(int status) {
		this.status = status;
	}

	/** Default HTTP status of this outcome. */
	public int status() {
		return status;
	}

	/** The tag value, e.g. {@code verified}. */
	public String tagValue() {
		return name().toLowerCase(Locale.ROOT);
	}

}
