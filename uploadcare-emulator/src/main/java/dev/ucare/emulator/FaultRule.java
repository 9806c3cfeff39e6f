package dev.ucare.emulator;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * One fault registered with {@link Faults}. Counted faults (throttle, fail, drop) answer
 * the next {@code n} matching requests and then stop; latency applies to every matching
 * request until {@link Faults#clear()} or {@link UploadcareEmulator#reset()}.
 */
public final class FaultRule {

	/** What the rule does to a matching request. */
	public enum Kind {

		/** Delay the request. */
		LATENCY,
		/** Answer 429 with {@code Retry-After}. */
		THROTTLE,
		/** Answer a fixed status code. */
		FAIL,
		/** Send part of a response body, then cut the TCP connection. */
		DROP_CONNECTION

	}

	private final Kind kind;

	private final AtomicInteger remaining;

	private final int status;

	private final int retryAfterSeconds;

	/** How long to delay a request: latency rules only. */
	private final @Nullable Function<RequestInfo, Duration> latency;

	private volatile @Nullable Pattern paths;

	FaultRule(Kind kind, int count, int status, int retryAfterSeconds,
			@Nullable Function<RequestInfo, Duration> latency) {
		this.kind = kind;
		this.remaining = new AtomicInteger(count);
		this.status = status;
		this.retryAfterSeconds = retryAfterSeconds;
		this.latency = latency;
	}

	/**
	 * Restricts the rule to requests whose raw path contains a match of {@code pattern}
	 * ({@link java.util.regex.Matcher#find()} semantics).
	 * @return this rule
	 */
	public FaultRule forPaths(Pattern pattern) {
		this.paths = Arguments.notNull(pattern, "pattern");
		return this;
	}

	/** Same as {@link #forPaths(Pattern)} with a regex string. */
	public FaultRule forPaths(String regex) {
		return forPaths(Pattern.compile(Arguments.notNull(regex, "regex")));
	}

	/**
	 * @return the kind of fault
	 */
	public Kind kind() {
		return kind;
	}

	/**
	 * @return how many more requests a counted fault will hit (always
	 * {@code Integer.MAX_VALUE} for latency)
	 */
	public int remaining() {
		return kind == Kind.LATENCY ? Integer.MAX_VALUE : Math.max(0, remaining.get());
	}

	int status() {
		return status;
	}

	int retryAfterSeconds() {
		return retryAfterSeconds;
	}

	boolean matches(RequestInfo request) {
		Pattern p = paths;
		return p == null || p.matcher(request.path()).find();
	}

	Duration latencyFor(RequestInfo request) {
		if (latency == null) {
			return Duration.ZERO;
		}
		// a user's function may still answer null from code that is not null-checked
		Duration d = latency.apply(request);
		return (d != null) ? d : Duration.ZERO;
	}

	/** Atomically takes one use of a counted fault. */
	boolean tryConsume() {
		while (true) {
			int left = remaining.get();
			if (left <= 0) {
				return false;
			}
			if (remaining.compareAndSet(left, left - 1)) {
				return true;
			}
		}
	}

}
