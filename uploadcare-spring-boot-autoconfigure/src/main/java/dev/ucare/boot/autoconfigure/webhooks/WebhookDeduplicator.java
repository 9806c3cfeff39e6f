package dev.ucare.boot.autoconfigure.webhooks;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Remembers deliveries (SHA-256 of event name and raw body) for a window, so that a
 * repeated delivery is published once. Bounded: beyond {@code maxEntries} the oldest are
 * forgotten. Thread-safe.
 */
final class WebhookDeduplicator {

	private final Duration window;

	private final Clock clock;

	private final int maxEntries;

	private final LinkedHashMap<String, Instant> seen = new LinkedHashMap<>();

	WebhookDeduplicator(Duration window, Clock clock, int maxEntries) {
		this.window = window;
		this.clock = clock;
		this.maxEntries = maxEntries;
	}

	boolean enabled() {
		return window != null && !window.isNegative() && !window.isZero();
	}

	/** The key of a delivery. */
	static String key(String eventName, byte[] body) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			digest.update(eventName.getBytes(StandardCharsets.UTF_8));
			digest.update((byte) 0);
			digest.update(body);
			return Base64.getEncoder().encodeToString(digest.digest());
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * {@code true} when {@code key} was not seen within the window; it is then
	 * remembered.
	 */
	synchronized boolean claim(String key) {
		Instant now = clock.instant();
		evict(now);
		Instant until = seen.get(key);
		if (until != null && until.isAfter(now)) {
			return false;
		}
		seen.remove(key);
		seen.put(key, now.plus(window));
		while (seen.size() > maxEntries) {
			Iterator<String> it = seen.keySet().iterator();
			it.next();
			it.remove();
		}
		return true;
	}

	/**
	 * Forgets {@code key}, e.g. because its listeners failed and Uploadcare will deliver
	 * again.
	 */
	synchronized void release(String key) {
		seen.remove(key);
	}

	synchronized int size() {
		return seen.size();
	}

	private void evict(Instant now) {
		Iterator<Map.Entry<String, Instant>> it = seen.entrySet().iterator();
		while (it.hasNext()) {
			if (it.next().getValue().isAfter(now)) {
				break; // insertion order is expiry order
			}
			it.remove();
		}
	}

}
