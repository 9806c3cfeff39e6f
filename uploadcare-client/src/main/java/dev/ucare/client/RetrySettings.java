package dev.ucare.client;

import java.time.Duration;

import dev.ucare.client.internal.Arguments;

/**
 * How API calls are retried. HTTP 429 is retried for every request, waiting the server's
 * {@code Retry-After} (or a jittered exponential backoff when the header is missing or
 * malformed); 5xx responses and connection failures are retried only for idempotent
 * requests.
 *
 * @param maxRetries retries after the first attempt; 0 disables retrying
 * @param initialDelay first backoff delay when the server gives no {@code Retry-After}
 * @param multiplier growth of the backoff delay from one retry to the next
 * @param maxDelay longest single wait; a {@code Retry-After} beyond it ends the retries
 * at once
 */
public record RetrySettings(int maxRetries, Duration initialDelay, double multiplier, Duration maxDelay) {

	/** Three retries starting at 500 ms, doubling, at most 30 s per wait. */
	public static final RetrySettings DEFAULTS = new RetrySettings(3, Duration.ofMillis(500), 2.0,
			Duration.ofSeconds(30));

	/** No retries at all. */
	public static final RetrySettings NONE = new RetrySettings(0, Duration.ZERO, 1.0, Duration.ZERO);

	public RetrySettings {
		if (maxRetries < 0) {
			throw new IllegalArgumentException("maxRetries must be >= 0, was " + maxRetries);
		}
		Arguments.notNegative(initialDelay, "initialDelay");
		Arguments.backoffMultiplier(multiplier);
		Arguments.notNull(maxDelay, "maxDelay");
		if (maxDelay.compareTo(initialDelay) < 0) {
			throw new IllegalArgumentException("maxDelay must be >= initialDelay, was " + maxDelay);
		}
	}
}
