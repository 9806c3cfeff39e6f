package dev.ucare.client;

import java.time.Duration;

import dev.ucare.client.internal.Arguments;

/**
 * How a wait for a server-side job (from-URL upload, conversion, add-on) polls: the
 * interval starts at {@code initialInterval}, grows by {@code multiplier} up to
 * {@code maxInterval}, and the wait fails with an {@link UploadcareTimeoutException} once
 * {@code timeout} has passed.
 *
 * @param initialInterval first wait between two polls
 * @param maxInterval longest wait between two polls
 * @param multiplier growth of the interval from one poll to the next
 * @param timeout overall deadline of the wait
 */
public record WaitSettings(Duration initialInterval, Duration maxInterval, double multiplier, Duration timeout) {

	/** 250 ms growing by 1.5× up to 5 s, for at most 5 minutes. */
	public static final WaitSettings DEFAULTS = new WaitSettings(Duration.ofMillis(250), Duration.ofSeconds(5), 1.5,
			Duration.ofMinutes(5));

	public WaitSettings {
		Arguments.notNull(initialInterval, "initialInterval");
		if (initialInterval.isNegative() || initialInterval.isZero()) {
			throw new IllegalArgumentException("initialInterval must be > 0, was " + initialInterval);
		}
		Arguments.notNull(maxInterval, "maxInterval");
		if (maxInterval.compareTo(initialInterval) < 0) {
			throw new IllegalArgumentException("maxInterval must be >= initialInterval, was " + maxInterval);
		}
		Arguments.backoffMultiplier(multiplier);
		Arguments.notNegative(timeout, "timeout");
	}

	/** These settings with another overall deadline. */
	public WaitSettings withTimeout(Duration timeout) {
		return new WaitSettings(initialInterval, maxInterval, multiplier, timeout);
	}
}
