package dev.ucare.emulator;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import dev.ucare.emulator.http.Interceptor;

import org.jspecify.annotations.Nullable;

/** Connects the listeners to the fault rules and the request log of one emulator. */
final class Interception implements Interceptor {

	private final Faults faults;

	private final RequestLog log;

	Interception(Faults faults, RequestLog log) {
		this.faults = faults;
		this.log = log;
	}

	@Override
	public Object begin(String listener, String method, String path, @Nullable String query,
			Map<String, List<String>> headers) {
		return log.begin(listener, method, path, query, headers);
	}

	@Override
	public void end(Object handle, int status, long respondedNanos) {
		log.end(handle, status, respondedNanos);
	}

	@Override
	public Duration latency(String listener, String method, String path, @Nullable String query) {
		return faults.latencyFor(new RequestInfo(listener, method, path, query));
	}

	@Override
	public @Nullable InjectedFault takeFault(String listener, String method, String path, @Nullable String query) {
		FaultRule rule = faults.takeCountedFault(new RequestInfo(listener, method, path, query));
		if (rule == null) {
			return null;
		}
		InjectedFault.Kind kind = switch (rule.kind()) {
			case THROTTLE -> InjectedFault.Kind.THROTTLE;
			case FAIL -> InjectedFault.Kind.FAIL;
			case DROP_CONNECTION -> InjectedFault.Kind.DROP_CONNECTION;
			case LATENCY -> throw new IllegalStateException("latency is not a counted fault");
		};
		return new InjectedFault(kind, rule.status(), rule.retryAfterSeconds());
	}

}
