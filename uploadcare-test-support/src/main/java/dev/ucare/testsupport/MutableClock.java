package dev.ucare.testsupport;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * A test clock in UTC that moves only when told to; safe to read from other threads.
 */
public final class MutableClock extends Clock {

	private volatile Instant now;

	/**
	 * A clock standing at {@code start}.
	 * @param start the first instant it tells
	 */
	public MutableClock(Instant start) {
		this.now = start;
	}

	/**
	 * Moves the clock forward.
	 * @param duration how far
	 */
	public void advance(Duration duration) {
		this.now = this.now.plus(duration);
	}

	/**
	 * Sets the clock.
	 * @param instant the instant it tells from now on
	 */
	public void set(Instant instant) {
		this.now = instant;
	}

	@Override
	public ZoneId getZone() {
		return ZoneOffset.UTC;
	}

	/** This clock: it always tells UTC. */
	@Override
	public Clock withZone(ZoneId zone) {
		return this;
	}

	@Override
	public Instant instant() {
		return this.now;
	}

}
