package dev.ucare.boot.autoconfigure.webhooks;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Consumer;

/**
 * Writes at most one line per interval; the next line says how many were left out in
 * between. Thread-safe.
 */
final class RateLimitedLog {

	private final Consumer<String> sink;

	private final Duration interval;

	private final Clock clock;

	private Instant nextAllowed = Instant.MIN;

	private long suppressed;

	RateLimitedLog(Consumer<String> sink, Duration interval, Clock clock) {
		this.sink = sink;
		this.interval = interval;
		this.clock = clock;
	}

	/**
	 * Logs {@code message} unless a line was logged within the interval.
	 * @return whether it was logged
	 */
	boolean log(String message) {
		String line;
		synchronized (this) {
			Instant now = clock.instant();
			if (now.isBefore(nextAllowed)) {
				suppressed++;
				return false;
			}
			line = (suppressed == 0) ? message
					: message + " (" + suppressed + " more like it since the previous message, not logged)";
			suppressed = 0;
			nextAllowed = now.plus(interval);
		}
		sink.accept(line);
		return true;
	}

}
