package dev.ucare.boot.autoconfigure.webhooks.deduplication;

import java.time.Duration;

/**
 * Remembers webhook deliveries so that each is handled once, also across instances that
 * share the store. A delivery is {@linkplain #claim claimed} before its listeners run
 * (for a lease, so that the claim of a crashed instance expires), {@linkplain #complete
 * completed} when they succeeded (remembered for the de-duplication window) and
 * {@linkplain #release released} when they failed (so that Uploadcare's next attempt is
 * handled). Expired entries are removed by {@link #purgeExpired()}, which the
 * auto-configuration calls on its own schedule.
 * <p>
 * Implementations are thread-safe and make each operation atomic in the shared store;
 * they signal an unreachable store by throwing a {@link RuntimeException} (e.g. Spring's
 * {@code DataAccessException}), which the endpoint answers with 503.
 *
 * @see InMemoryWebhookDeliveryStore
 */
public interface WebhookDeliveryStore {

	/** Short name used in logs, metric tags and health details, e.g. {@code jdbc}. */
	String name();

	/**
	 * Claims the delivery {@code key} for {@code lease}, unless it was completed within
	 * its window or another claim's lease is still running.
	 * @param key the delivery's key
	 * @param lease how long the claim holds
	 * @return the claim, {@linkplain DeliveryClaim#granted() granted} or not
	 */
	DeliveryClaim claim(String key, Duration lease);

	/**
	 * Marks a granted claim's delivery as handled, remembered for {@code retention}.
	 * @param claim a granted claim
	 * @param retention how long the delivery is remembered
	 * @return {@code false} when the claim's lease had expired and the delivery was taken
	 * over (or is gone), so its listeners may have run twice
	 */
	boolean complete(DeliveryClaim claim, Duration retention);

	/**
	 * Forgets a granted claim (its listeners failed), unless another claim has taken the
	 * delivery over since.
	 * @param claim a granted claim
	 */
	void release(DeliveryClaim claim);

	/**
	 * Removes expired entries.
	 * @return how many were removed (0 for stores whose entries expire by themselves)
	 */
	int purgeExpired();

	/**
	 * Checks that the store can be used (e.g. a round trip to the database); used by the
	 * health indicator.
	 * @throws RuntimeException when it cannot
	 */
	void check();

}
