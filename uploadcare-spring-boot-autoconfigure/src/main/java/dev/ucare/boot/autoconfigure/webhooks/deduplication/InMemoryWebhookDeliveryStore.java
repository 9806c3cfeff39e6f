package dev.ucare.boot.autoconfigure.webhooks.deduplication;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.util.Assert;

/**
 * A {@link WebhookDeliveryStore} in this instance's memory: de-duplicates deliveries that
 * reach the same instance only, and forgets them on restart. Bounded: beyond
 * {@code maxEntries} the least recently updated entries are forgotten. The default store.
 */
public final class InMemoryWebhookDeliveryStore implements WebhookDeliveryStore {

	private final Clock clock;

	private final int maxEntries;

	private final ClaimTokens tokens = new ClaimTokens();

	private final LinkedHashMap<String, Entry> entries = new LinkedHashMap<>();

	/**
	 * @param clock time source of leases and expiry
	 * @param maxEntries most deliveries remembered
	 */
	public InMemoryWebhookDeliveryStore(Clock clock, int maxEntries) {
		if (maxEntries < 1) {
			throw new IllegalArgumentException("maxEntries must be positive, was " + maxEntries);
		}
		Assert.notNull(clock, "clock must not be null");
		this.clock = clock;
		this.maxEntries = maxEntries;
	}

	@Override
	public String name() {
		return "memory";
	}

	@Override
	public synchronized DeliveryClaim claim(String key, Duration lease) {
		Assert.notNull(key, "key must not be null");
		Assert.notNull(lease, "lease must not be null");
		Instant now = clock.instant();
		Entry entry = entries.get(key);
		evictOldest(now);
		if (entry != null && entry.expiresAt().isAfter(now)) {
			return entry.completed() ? DeliveryClaim.completed(key) : DeliveryClaim.inProgress(key);
		}
		String token = tokens.next();
		put(key, new Entry(token, false, now.plus(lease)));
		return (entry != null && !entry.completed()) ? DeliveryClaim.takenOver(key, token)
				: DeliveryClaim.claimed(key, token);
	}

	@Override
	public synchronized boolean complete(DeliveryClaim claim, Duration retention) {
		Assert.notNull(claim, "claim must not be null");
		Assert.notNull(retention, "retention must not be null");
		String token = claim.token();
		Assert.isTrue(token != null, "Only a granted claim can be completed");
		Entry entry = entries.get(claim.key());
		boolean ours = entry != null && token.equals(entry.token()) && !entry.completed();
		if (ours || entry == null || !entry.expiresAt().isAfter(clock.instant())) {
			put(claim.key(), new Entry(token, true, clock.instant().plus(retention)));
		}
		return ours;
	}

	@Override
	public synchronized void release(DeliveryClaim claim) {
		Assert.notNull(claim, "claim must not be null");
		Entry entry = entries.get(claim.key());
		if (entry != null && !entry.completed() && entry.token().equals(claim.token())) {
			entries.remove(claim.key());
		}
	}

	@Override
	public synchronized int purgeExpired() {
		Instant now = clock.instant();
		int removed = 0;
		for (Iterator<Entry> it = entries.values().iterator(); it.hasNext();) {
			if (!it.next().expiresAt().isAfter(now)) {
				it.remove();
				removed++;
			}
		}
		return removed;
	}

	@Override
	public void check() {
	}

	/** Number of remembered deliveries. */
	public synchronized int size() {
		return entries.size();
	}

	private void put(String key, Entry entry) {
		entries.remove(key);
		entries.put(key, entry);
		while (entries.size() > maxEntries) {
			Iterator<String> it = entries.keySet().iterator();
			it.next();
			it.remove();
		}
	}

	/** Drops expired entries from the head (least recently updated first). */
	private void evictOldest(Instant now) {
		Iterator<Map.Entry<String, Entry>> it = entries.entrySet().iterator();
		while (it.hasNext()) {
			if (it.next().getValue().expiresAt().isAfter(now)) {
				break;
			}
			it.remove();
		}
	}

	private record Entry(String token, boolean completed, Instant expiresAt) {
	}

}
