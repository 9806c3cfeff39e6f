package dev.ucare.client;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

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
public record Page<T>(List<T> results, @Nullable String next, @Nullable String previous, long total, int perPage,
		Map<String, Long> totals) {

	/**
	 * A page; {@code null} results or totals (the server left them out) read as empty.
	 */
	public Page(@Nullable List<T> results, @Nullable String next, @Nullable String previous, long total, int perPage,
			@Nullable Map<String, Long> totals) {
		this.results = (results != null) ? List.copyOf(results) : List.of();
		this.next = next;
		this.previous = previous;
		this.total = total;
		this.perPage = perPage;
		this.totals = (totals != null) ? Map.copyOf(totals) : Map.of();
	}

	/** Whether the server announced a next page. */
	public boolean hasNext() {
		return next != null && !next.isBlank();
	}
}
