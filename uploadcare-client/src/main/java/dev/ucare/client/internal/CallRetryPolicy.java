package dev.ucare.client.internal;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.ThreadLocalRandom;

import dev.ucare.client.RetrySettings;
import dev.ucare.client.UploadcareException;
import dev.ucare.client.UploadcareNetworkException;
import dev.ucare.client.UploadcareObserver;
import dev.ucare.client.UploadcareThrottledException;

import org.jspecify.annotations.Nullable;

import org.springframework.core.retry.RetryPolicy;
import org.springframework.util.backoff.BackOff;
import org.springframework.util.backoff.BackOffExecution;

/**
 * The retry policy of one call. {@link org.springframework.core.retry.RetryTemplate} asks
 * {@link #shouldRetry} with each failure right before it asks the back-off for the next
 * delay, so one instance per call can honour the {@code Retry-After} of the very response
 * that failed. Without one it waits a jittered exponential delay (between half and all of
 * {@code initialDelay × multiplier^(retry-1)}, capped at {@code maxDelay}).
 */
final class CallRetryPolicy implements RetryPolicy, BackOff, BackOffExecution {

	private final RetrySettings settings;

	private final boolean idempotent;

	private final String api;

	private final UploadcareObserver observer;

	private @Nullable Throwable lastFailure;

	private int retries;

	CallRetryPolicy(RetrySettings settings, boolean idempotent, String api, UploadcareObserver observer) {
		this.settings = settings;
		this.idempotent = idempotent;
		this.api = api;
		this.observer = observer;
	}

	@Override
	public boolean shouldRetry(Throwable failure) {
		this.lastFailure = failure;
		return reason(failure) != null;
	}

	@Override
	public BackOff getBackOff() {
		return this;
	}

	@Override
	public BackOffExecution start() {
		return this;
	}

	@Override
	public long nextBackOff() {
		if (retries >= settings.maxRetries()) {
			return STOP;
		}
		Duration delay = delayFor(lastFailure, retries + 1);
		if (delay.compareTo(settings.maxDelay()) > 0) {
			return STOP;
		}
		retries++;
		try {
			observer.onRetry(api, Objects.requireNonNullElse(reason(lastFailure), "unknown"), retries, delay);
		}
		catch (RuntimeException ignored) {
			// an observer never breaks a call
		}
		return delay.toMillis();
	}

	/**
	 * Why {@code failure} deserves a retry ({@code throttled}, {@code server_error},
	 * {@code network}), or null.
	 */
	@Nullable String reason(@Nullable Throwable failure) {
		if (failure instanceof UploadcareThrottledException) {
			return "throttled";
		}
		if (!idempotent) {
			return null;
		}
		if (failure instanceof UploadcareNetworkException) {
			return "network";
		}
		if (failure instanceof UploadcareException ex && ex.status() >= 500) {
			return "server_error";
		}
		return null;
	}

	private Duration delayFor(@Nullable Throwable failure, int retry) {
		if (failure instanceof UploadcareThrottledException throttled && throttled.retryAfter().isPresent()) {
			return throttled.retryAfter().get();
		}
		double base = settings.initialDelay().toMillis() * Math.pow(settings.multiplier(), retry - 1);
		long capped = (long) Math.min(base, settings.maxDelay().toMillis());
		long jittered = capped / 2
				+ (capped > 1 ? ThreadLocalRandom.current().nextLong(capped - capped / 2 + 1) : capped);
		return Duration.ofMillis(Math.min(jittered, settings.maxDelay().toMillis()));
	}

}
