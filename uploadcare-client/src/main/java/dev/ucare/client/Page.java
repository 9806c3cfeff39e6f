package dev.ucare.client;

import java.util.List;
import java.util.Map;

/**
 * One page of a REST list (files or groups). Iterate with {@code next}, never with
 * {@code total}: the server's totals can be stale or even negative.
 *
 * @param results items of this page
 * @param next absolute URL of the next page, or {@code null} on the last page
 * @param previous absolute URL of the previous page, or {@code null}
 * @param total the server's item count (informational only)
 * @param perPage page size the server used
 * @param totals per-category counts ({@code removed}, {@code stored}, {@code unstored})
 * for file lists; empty otherwise
 * @param <T> item type
 */
public record Page<T>(List<T> results, String next, String previous, long total, int perPage,
		Map<String, Long> totals) {

	public Page {
		results = results == null ? List.of() : List.copyOf(results);
		totals = totals == null ? Map.of() : Map.copyOf(totals);
	}

	/** Whether the server announced a next page. */
	public boolean hasNext() {
		return next != null && !next.isBlank();
	}
}
