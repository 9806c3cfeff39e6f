package dev.ucare.client.groups;

import java.time.OffsetDateTime;

import org.jspecify.annotations.Nullable;

/**
 * Paging and ordering of a group list.
 *
 * @param limit page size ({@code null}: the server's default)
 * @param from start from this creation time, matching the ordering ({@code null}: from
 * the first group)
 * @param newestFirst whether to order by {@code -datetime_created}
 */
public record GroupQuery(@Nullable Integer limit, @Nullable OffsetDateTime from, boolean newestFirst) {

	public GroupQuery {
		if (limit != null && (limit < 1 || limit > 1000)) {
			throw new IllegalArgumentException("limit must be between 1 and 1000, was " + limit);
		}
	}

	/** Every group, oldest first. */
	public static GroupQuery all() {
		return new GroupQuery(null, null, false);
	}

	/** Pages of {@code limit} groups, oldest first. */
	public static GroupQuery limit(int limit) {
		return new GroupQuery(limit, null, false);
	}
}
