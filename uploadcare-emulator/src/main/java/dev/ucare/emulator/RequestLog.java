package dev.ucare.emulator;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * The requests received since start or the last {@link UploadcareEmulator#reset()}, for
 * assertions: a ring buffer that keeps the latest {@link #capacity()} requests (see
 * {@link UploadcareEmulator.Builder#requestLogSize(int)}), so that a long-running
 * emulator's memory stays bounded.
 */
public final class RequestLog {

	private static final class Entry {

		final String listener;

		final String method;

		final String path;

		final @Nullable String query;

		final Map<String, List<String>> headers;

		final long start;

		volatile long end;

		volatile int status;

		Entry(String listener, String method, String path, @Nullable String query, Map<String, List<String>> headers,
				long start) {
			this.listener = listener;
			this.method = method;
			this.path = path;
			this.query = query;
			this.headers = headers;
			this.start = start;
		}

		LoggedRequest snapshot() {
			// end is written after status: read it first, so that an ended entry is
			// never seen without its status
			long ended = end;
			return new LoggedRequest(listener, method, path, query, headers, status, start, ended);
		}

	}

	/** Default number of requests kept. */
	public static final int DEFAULT_CAPACITY = 5000;

	private final ArrayDeque<Entry> entries = new ArrayDeque<>();

	private final int capacity;

	private long dropped;

	RequestLog(int capacity) {
		this.capacity = requireCapacity(capacity);
	}

	/** {@code capacity}, refused unless at least 1. */
	static int requireCapacity(int capacity) {
		if (capacity < 1) {
			throw new IllegalArgumentException("request log size must be at least 1, was " + capacity);
		}
		return capacity;
	}

	/**
	 * @return the most requests kept; older ones are forgotten first
	 */
	public int capacity() {
		return capacity;
	}

	/**
	 * @return how many requests were forgotten to stay within {@link #capacity()} since
	 * start or the last {@link #clear()}
	 */
	public long dropped() {
		synchronized (entries) {
			return dropped;
		}
	}

	Object begin(String listener, String method, String path, @Nullable String query,
			Map<String, List<String>> headers) {
		Entry e = new Entry(listener, method, path, query, redacted(headers), System.nanoTime());
		synchronized (entries) {
			if (entries.size() == capacity) {
				entries.removeFirst();
				dropped++;
			}
			entries.addLast(e);
		}
		return e;
	}

	/** Placeholder for the secret part of a logged {@code Authorization} header. */
	static final String REDACTED = "<redacted>";

	/**
	 * A copy of the headers whose {@code Authorization} values keep only the scheme and
	 * the public key: {@code Uploadcare.Simple pk:secret} and {@code Uploadcare pk:sig}
	 * become {@code Uploadcare.Simple pk:<redacted>} and
	 * {@code Uploadcare pk:<redacted>}; any other scheme keeps only its name.
	 */
	static Map<String, List<String>> redacted(Map<String, List<String>> headers) {
		Map<String, List<String>> copy = new LinkedHashMap<>();
		headers.forEach((name, values) -> copy.put(name, name.equalsIgnoreCase("Authorization")
				? values.stream().map(RequestLog::redactAuthorization).toList() : List.copyOf(values)));
		return Collections.unmodifiableMap(copy);
	}

	static String redactAuthorization(String value) {
		String trimmed = value.trim();
		int space = trimmed.indexOf(' ');
		if (space < 0) {
			return REDACTED;
		}
		String scheme = trimmed.substring(0, space);
		String credentials = trimmed.substring(space + 1).trim();
		int colon = credentials.indexOf(':');
		if (scheme.startsWith("Uploadcare") && colon >= 0) {
			return scheme + " " + credentials.substring(0, colon) + ":" + REDACTED;
		}
		return scheme + " " + REDACTED;
	}

	/**
	 * Closes an entry just before its response headers are sent, so that a client that
	 * has its response finds its request complete in the log. Its end is when the
	 * response started, so that a client which waits for a response before sending its
	 * next request is never seen overlapping with itself; requests that got no response
	 * end now.
	 */
	void end(Object handle, int status, long respondedNanos) {
		Entry e = (Entry) handle;
		e.status = status;
		e.end = respondedNanos != 0 ? respondedNanos : System.nanoTime();
	}

	/**
	 * @return the requests kept (the latest {@link #capacity()}), in arrival order
	 */
	public List<LoggedRequest> all() {
		synchronized (entries) {
			return entries.stream().map(Entry::snapshot).toList();
		}
	}

	/**
	 * @return requests whose raw path contains a match of {@code pathRegex}
	 */
	public List<LoggedRequest> matching(String pathRegex) {
		Pattern p = Pattern.compile(Arguments.notNull(pathRegex, "pathRegex"));
		return all().stream().filter(r -> p.matcher(r.path()).find()).toList();
	}

	/**
	 * @return the number of requests whose raw path contains a match of {@code pathRegex}
	 */
	public int count(String pathRegex) {
		return matching(pathRegex).size();
	}

	/**
	 * The largest number of requests to paths matching {@code pathRegex} (find semantics)
	 * that were being handled at the same time. Requests still in flight count as ending
	 * now.
	 */
	public int maxConcurrent(String pathRegex) {
		List<LoggedRequest> requests = matching(pathRegex);
		long now = System.nanoTime();
		List<long[]> events = new ArrayList<>();
		for (LoggedRequest r : requests) {
			events.add(new long[] { r.startNanos(), 1 });
			events.add(new long[] { r.inFlight() ? now : r.endNanos(), -1 });
		}
		// ends sort before starts at the same instant
		events.sort((a, b) -> a[0] != b[0] ? Long.compare(a[0], b[0]) : Long.compare(a[1], b[1]));
		int current = 0;
		int max = 0;
		for (long[] event : events) {
			current += (int) event[1];
			max = Math.max(max, current);
		}
		return max;
	}

	/** Forgets all requests. */
	public void clear() {
		synchronized (entries) {
			entries.clear();
			dropped = 0;
		}
	}

}
