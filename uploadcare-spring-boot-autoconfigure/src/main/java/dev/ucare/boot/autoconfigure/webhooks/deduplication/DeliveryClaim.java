package dev.ucare.boot.autoconfigure.webhooks.deduplication;

import org.jspecify.annotations.Nullable;

import org.springframework.util.Assert;

/**
 * The answer of {@link WebhookDeliveryStore#claim}.
 *
 * @param key the delivery's key
 * @param token identifies this claim (granted claims only), so that completing or
 * releasing it never touches another instance's claim
 * @param status what the store answered
 */
public record DeliveryClaim(String key, @Nullable String token, Status status) {

	/**
	 * @throws IllegalArgumentException when {@code key} or {@code status} is
	 * {@code null}, or a granted claim has no token
	 */
	public DeliveryClaim {
		Assert.notNull(key, "key must not be null");
		Assert.notNull(status, "status must not be null");
		Assert.isTrue(token != null || (status != Status.CLAIMED && status != Status.TAKEN_OVER),
				"token must not be null for a granted claim");
	}

	/** Whether the caller may run the listeners. */
	public boolean granted() {
		return status == Status.CLAIMED || status == Status.TAKEN_OVER;
	}

	/** A granted claim. */
	public static DeliveryClaim claimed(String key, String token) {
		return new DeliveryClaim(key, token, Status.CLAIMED);
	}

	/** A granted claim that took over an expired lease of another claim. */
	public static DeliveryClaim takenOver(String key, String token) {
		return new DeliveryClaim(key, token, Status.TAKEN_OVER);
	}

	/** Refused: the delivery was already handled. */
	public static DeliveryClaim completed(String key) {
		return new DeliveryClaim(key, null, Status.COMPLETED);
	}

	/** Refused: another claim's lease is still running. */
	public static DeliveryClaim inProgress(String key) {
		return new DeliveryClaim(key, null, Status.IN_PROGRESS);
	}

	/** What a store answers to a claim. */
	public enum Status {

		/** Granted: the delivery was not known (or its entry had expired). */
		CLAIMED,

		/**
		 * Granted: another claim's lease had expired (its instance crashed or its
		 * listeners outlived the lease).
		 */
		TAKEN_OVER,

		/** Refused: already handled within the de-duplication window. */
		COMPLETED,

		/** Refused: being handled under another claim whose lease is still running. */
		IN_PROGRESS

	}

}
