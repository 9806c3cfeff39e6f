package dev.ucare.boot.autoconfigure.webhooks.deduplication;

import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Unique claim tokens: a random prefix per store instance and a counter (cheaper than a
 * random UUID per claim).
 */
public final class ClaimTokens {

	private final String prefix = UUID.randomUUID().toString().substring(0, 18);

	private final AtomicLong counter = new AtomicLong();

	/** A token no other claim has. */
	public String next() {
		return prefix + "-" + Long.toString(counter.incrementAndGet(), 36);
	}

}
