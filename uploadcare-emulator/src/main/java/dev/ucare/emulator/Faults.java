package dev.ucare.emulator;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;

/**
 * Fault injection for tests. Every method registers a rule that applies to all three
 * listeners unless narrowed with {@link FaultRule#forPaths(java.util.regex.Pattern)}.
 * Rules are cleared by {@link #clear()} and {@link UploadcareEmulator#reset()}.
 *
 * <pre>{@code
 * emulator.faults().throttle(2, 1).forPaths("^/base/");
 * emulator.faults().latency(Duration.ofMillis(200));
 * }</pre>
 */
public final class Faults {

	private final List<FaultRule> rules = new CopyOnWriteArrayList<>();

	Faults() {
	}

	/** Delays every matching request by {@code delay}. */
	public FaultRule latency(Duration delay) {
		Arguments.notNull(delay, "delay");
		return latency(request -> delay);
	}

	/** Delays every matching request by the duration computed for it. */
	public FaultRule latency(Function<RequestInfo, Duration> delay) {
		Arguments.notNull(delay, "delay");
		return add(new FaultRule(FaultRule.Kind.LATENCY, Integer.MAX_VALUE, 0, 0, delay));
	}

	/**
	 * Answers the next {@code n} matching requests with 429 and
	 * {@code Retry-After: retryAfterSeconds}.
	 */
	public FaultRule throttle(int n, int retryAfterSeconds) {
		return add(new FaultRule(FaultRule.Kind.THROTTLE, n, 429, retryAfterSeconds, null));
	}

	/**
	 * Answers the next {@code n} matching requests with {@code status} (e.g. 503) and an
	 * API-style error body.
	 */
	public FaultRule fail(int status, int n) {
		return add(new FaultRule(FaultRule.Kind.FAIL, n, status, 0, null));
	}

	/**
	 * For the next {@code n} matching requests: reads the request, starts a 200 response
	 * announcing a body, sends only part of it and closes the TCP connection, so the
	 * client sees a connection error.
	 */
	public FaultRule dropConnection(int n) {
		return add(new FaultRule(FaultRule.Kind.DROP_CONNECTION, n, 200, 0, null));
	}

	/**
	 * @return the registered rules, in registration order
	 */
	public List<FaultRule> rules() {
		return List.copyOf(rules);
	}

	/** Removes every rule. */
	public void clear() {
		rules.clear();
	}

	private FaultRule add(FaultRule rule) {
		rules.add(rule);
		return rule;
	}

	/** Total latency of matching latency rules. */
	Duration latencyFor(RequestInfo request) {
		Duration total = Duration.ZERO;
		for (FaultRule rule : rules) {
			if (rule.kind() == FaultRule.Kind.LATENCY && rule.matches(request)) {
				total = total.plus(rule.latencyFor(request));
			}
		}
		return total;
	}

	/**
	 * Consumes and returns the first counted rule matching the request, or {@code null}.
	 */
	@Nullable FaultRule takeCountedFault(RequestInfo request) {
		for (FaultRule rule : rules) {
			if (rule.kind() != FaultRule.Kind.LATENCY && rule.matches(request) && rule.tryConsume()) {
				return rule;
			}
		}
		return null;
	}

}
