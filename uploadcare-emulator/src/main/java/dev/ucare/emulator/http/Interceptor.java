package dev.ucare.emulator.http;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * What a listener asks of the emulator's test features for each request: to log it, how
 * long to delay it and which fault to inject. Keeps the HTTP plumbing free of the public
 * fault and request-log API.
 */
public interface Interceptor {

	/** Starts logging a request; returns a handle for {@link #end}. */
	public Object begin(String listener, String method, String path, @Nullable String query,
			Map<String, List<String>> headers);

	/**
	 * Ends a logged request: its status and when its response started (0: none). Called
	 * just before the response headers are sent, or when the request ended without a
	 * response.
	 */
	public void end(Object handle, int status, long respondedNanos);

	/** The latency to add to a request ({@link Duration#ZERO} for none). */
	public Duration latency(String listener, String method, String path, @Nullable String query);

	/** Takes the counted fault that answers this request, or {@code null}. */
	public @Nullable InjectedFault takeFault(String listener, String method, String path, @Nullable String query);

	/** A counted fault to answer with. */
	public record InjectedFault(Kind kind, int status, int retryAfterSeconds) {

		/** What the fault does. */
		public enum Kind {

			THROTTLE, FAIL, DROP_CONNECTION

		}

	}

}
