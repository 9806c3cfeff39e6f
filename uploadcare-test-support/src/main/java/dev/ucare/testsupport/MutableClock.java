package dev.ucare.testsupport;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * A clock in UTC that moves only when a test tells it to, for code that takes a
 * {@link Clock}: expiries, leases, rate limits are tested by moving the clock, never by
 * waiting. Safe to read from other threads.
 */
public final class MutableClock extends Clock {

	private volatile Instant now;

	/**
	 * @param start the instant the clock shows until moved
	 */
	public MutableClock(Instant start) {
		if (start == null) {
			throw new IllegalArgumentException("start must not be null");
		}
		this.now = start;
	}

	/**
	 * Moves the clock.
	 * @param duration how far (forward when positive)
	 */
	public void advance(Duration duration) {
		if (duration == null) {
			throw new IllegalArgumentException("duration must not be null");
		}
		now = now.plus(duration);
	}

	/**
	 * Sets the clock.
	 * @param instant the instant the clock shows from now on
	 */
	public void set(Instant instant) {
		if (instant == null) {
			throw new IllegalArgumentException("instant must not be null");
		}
		now = instant;
	}

	@Override
	public ZoneId getZone() {
		return ZoneOffset.UTC;
	}

	/** The same clock: it always shows UTC. */
	@Override
	public Clock withZone(ZoneId zone) {
		if (zone == null) {
			throw new IllegalArgumentException("zone must not be null");
		}
		return this;
	}

	@Override
	public Instant instant() {
		return now;
	}

}
