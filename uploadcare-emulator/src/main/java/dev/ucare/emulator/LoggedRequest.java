package dev.ucare.emulator;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * One request the emulator received.
 *
 * @param listener {@code upload}, {@code rest} or {@code cdn}
 * @param method HTTP method
 * @param path raw path
 * @param query raw query string or {@code null}
 * @param headers request headers (names as received)
 * @param status response status, or 0 while in flight / when the connection was dropped
 * before a status; an entry gets its status before the response is sent, so a request
 * whose response a client has is never in flight in the log
 * @param startNanos {@link System#nanoTime()} when the emulator started handling it
 * @param endNanos {@link System#nanoTime()} when its response started (or it ended
 * without one), 0 while in flight
 */
public record LoggedRequest(String listener, String method, String path, @Nullable String query,
		Map<String, List<String>> headers, int status, long startNanos, long endNanos) {

	/**
	 * @return whether the request was still being handled when this snapshot was taken
	 */
	public boolean inFlight() {
		return endNanos == 0;
	}

	/**
	 * @return the first value of a header (case-insensitive), or {@code null}
	 */
	public @Nullable String header(String name) {
		Arguments.notNull(name, "name");
		for (Map.Entry<String, List<String>> e : headers.entrySet()) {
			if (e.getKey().equalsIgnoreCase(name) && !e.getValue().isEmpty()) {
				return e.getValue().get(0);
			}
		}
		return null;
	}
}
