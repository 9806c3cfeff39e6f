package dev.ucare.boot.autoconfigure.webhooks.deduplication;

/**
 * Records what the de-duplication store did. The Micrometer implementation
 * ({@link MicrometerWebhookDeduplicationMetrics}) counts
 * {@code uploadcare.webhooks.deduplication.claims},
 * {@code uploadcare.webhooks.deduplication.duplicates},
 * {@code uploadcare.webhooks.deduplication.lease.expiries} and
 * {@code uploadcare.webhooks.deduplication.store.errors}, each tagged with the
 * {@code store}.
 */
public interface WebhookDeduplicationMetrics {

	/** Records nothing. */
	WebhookDeduplicationMetrics NONE = new WebhookDeduplicationMetrics() {
	};

	/**
	 * A claim was granted.
	 * @param takenOver whether it took over another claim's expired lease
	 */
	default void claimed(boolean takenOver) {
	}

	/**
	 * A delivery was not published again.
	 * @param inProgress {@code true} when another claim was still running (answered 409),
	 * {@code false} when the delivery was already handled (answered 200)
	 */
	default void duplicateSuppressed(boolean inProgress) {
	}

	/**
	 * A lease expired before its claim was completed or released.
	 * @param kind how it was noticed
	 */
	default void leaseExpired(LeaseExpiry kind) {
	}

	/**
	 * The store failed.
	 * @param operation {@code claim}, {@code complete}, {@code release} or {@code purge}
	 */
	default void storeError(String operation) {
	}

	/** How an expired lease was noticed. */
	enum LeaseExpiry {

		/** Another claim took the delivery over (e.g. its instance crashed). */
		TAKEN_OVER,

		/**
		 * The instance whose listeners ran found on completing that its lease had
		 * expired: the listeners may have run a second time elsewhere.
		 */
		OUTLIVED

	}

}
