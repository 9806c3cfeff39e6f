package dev.ucare.emulator.rest;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import dev.ucare.emulator.http.ApiError;
import dev.ucare.emulator.http.Call;
import dev.ucare.emulator.http.Times;

import org.jspecify.annotations.Nullable;

/**
 * Cursor pagination as the REST API does it: {@code from=<ts>&offset=k} /
 * {@code to=<ts>&offset=k}. A cursor (T, k) denotes the k-th item whose timestamp equals
 * T in list order (or the first item past T).
 */
public final class Pager {

	public record Page<T>(List<T> items, @Nullable String next, @Nullable String previous, int perPage) {
	}

	/** Largest page the REST API serves. */
	public static final int MAX_LIMIT = 1000;

	private Pager() {
	}

	public static <T> Page<T> page(List<T> sorted, Function<T, Instant> time, boolean descending, Call call,
			String baseUrl) {
		int limit = intParam(call, "limit", 100);
		if (limit < 1 || limit > MAX_LIMIT) {
			throw ApiError.badRequest("`limit` must be an integer between 1 and " + MAX_LIMIT + ", was " + limit + ".");
		}
		int offset = intParam(call, "offset", 0);
		if (offset < 0) {
			throw ApiError.badRequest("`offset` must be a non-negative integer, was " + offset + ".");
		}
		int start;
		int end;
		String from = call.queryParam("from");
		String to = call.queryParam("to");
		if (from != null) {
			Instant t = Times.parseIso(from);
			if (t == null) {
				throw ApiError.badRequest("`from` parameter must be a valid ISO 8601 datetime.");
			}
			start = Math.min(sorted.size(), position(sorted, time, descending, t) + offset);
			end = Math.min(sorted.size(), start + limit);
		}
		else if (to != null) {
			Instant t = Times.parseIso(to);
			if (t == null) {
				throw ApiError.badRequest("`to` parameter must be a valid ISO 8601 datetime.");
			}
			end = Math.min(sorted.size(), position(sorted, time, descending, t) + offset);
			start = Math.max(0, end - limit);
		}
		else {
			start = 0;
			end = Math.min(sorted.size(), limit);
		}
		String next = end < sorted.size() ? link(sorted, time, call, baseUrl, "from", end) : null;
		String previous = start > 0 ? link(sorted, time, call, baseUrl, "to", start) : null;
		return new Page<>(new ArrayList<>(sorted.subList(start, end)), next, previous, limit);
	}

	private static <T> int position(List<T> sorted, Function<T, Instant> time, boolean descending, Instant t) {
		for (int i = 0; i < sorted.size(); i++) {
			Instant ti = time.apply(sorted.get(i));
			boolean reached = descending ? !ti.isAfter(t) : !ti.isBefore(t);
			if (reached) {
				return i;
			}
		}
		return sorted.size();
	}

	private static <T> String link(List<T> sorted, Function<T, Instant> time, Call call, String baseUrl,
			String direction, int index) {
		Instant t = time.apply(sorted.get(index));
		int first = index;
		while (first > 0 && time.apply(sorted.get(first - 1)).equals(t)) {
			first--;
		}
		StringBuilder url = new StringBuilder(baseUrl).append('?');
		for (Map.Entry<String, List<String>> e : call.query().entrySet()) {
			if (e.getKey().equals("from") || e.getKey().equals("to") || e.getKey().equals("offset")) {
				continue;
			}
			for (String v : e.getValue()) {
				url.append(encode(e.getKey())).append('=').append(encode(v)).append('&');
			}
		}
		url.append(direction).append('=').append(encode(Times.cursor(t))).append("&offset=").append(index - first);
		return url.toString();
	}

	private static String encode(String s) {
		return URLEncoder.encode(s, StandardCharsets.UTF_8);
	}

	private static int intParam(Call call, String name, int fallback) {
		String value = call.queryParam(name);
		if (value == null || value.isEmpty()) {
			return fallback;
		}
		try {
			return Integer.parseInt(value.trim());
		}
		catch (NumberFormatException e) {
			throw ApiError.badRequest("`" + name + "` must be an integer, was \"" + value + "\".");
		}
	}

}
