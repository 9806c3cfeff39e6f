package dev.ucare.boot.autoconfigure.webhooks;

/**
 * Why a delivery with a valid (or, when allowed, no) signature could not be read as a
 * webhook payload; answered with 400 and the {@link #description()}.
 */
public enum MalformedDeliveryReason {

	/** The body is not JSON (or not a JSON object). */
	NOT_JSON("body is not a valid webhook payload (not JSON)"),

	/** The body is JSON without a non-empty {@code hook.event}. */
	MISSING_EVENT("missing hook.event"),

	/**
	 * The body is JSON with a {@code hook.event}, but a field has the wrong type (e.g.
	 * {@code data} is not an object).
	 */
	INVALID_FIELDS("body is not a valid webhook payload (a field has the wrong type)");

	private final String description;

	MalformedDeliveryReason(String description) {
		this.description = description;
	}

	/** Short description for the response body; never contains the body. */
	public String description() {
		return description;
	}

}
