package dev.ucare.boot.autoconfigure.uploader;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Counts signature requests per client in fixed windows and refuses those over the limit.
 * Remembers at most {@value #MAX_CLIENTS} clients; past that, finished windows are
 * forgotten first.
 */
public final class UploadSignatureRateLimiter {

	static final int MAX_CLIENTS = 100_000;

	private final int limit;

	private final long periodMillis;

	private final Clock clock;

	private final ConcurrentMap<String, Window> windows = new ConcurrentHashMap<>();

	/**
	 * @param limit requests allowed per period and client; 0 or less allows everything
	 * @param period length of a window
	 * @param clock the time source
	 */
	public UploadSignatureRateLimiter(int limit, Duration period, Clock clock) {
		this.limit = limit;
		this.periodMillis = Math.max(1, period.toMillis());
		this.clock = clock;
	}

	/**
	 * Counts one request of {@code client}.
	 * @return 0 when allowed, else the seconds until the client may ask again
	 */
	public long acquire(String client) {
		if (limit <= 0) {
			return 0;
		}
		long now = clock.millis();
		long start = now - Math.floorMod(now, periodMillis);
		if (windows.size() >= MAX_CLIENTS) {
			windows.values().removeIf(w -> w.start < start);
			if (windows.size() >= MAX_CLIENTS) {
				windows.clear();
			}
		}
		Window window = windows.compute(client,
				(key, w) -> w == null || w.start != start ? new Window(start, 1) : new Window(start, w.count + 1));
		if (window.count <= limit) {
			return 0;
		}
		return Math.max(1, (start + periodMillis - now + 999) / 1000);
	}

	private record Window(long start, int count) {
	}

}
