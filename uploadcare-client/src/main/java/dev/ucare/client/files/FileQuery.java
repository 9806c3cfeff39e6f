package dev.ucare.client.files;

import java.time.OffsetDateTime;

/**
 * Filters and ordering of a file list. Build with {@link #builder()}; {@link #all()}
 * lists everything.
 *
 * @param limit page size, 1–1000 ({@code null}: the server's default of 100)
 * @param ordering order by upload time
 * @param from start from this upload time (inclusive), matching the ordering
 * @param stored only stored ({@code true}) or only unstored ({@code false}) files;
 * {@code null} for both
 * @param removed only removed files ({@code true}) or only present ones ({@code false},
 * the server's default)
 * @param includeAppdata whether each file carries its add-on {@code appdata}
 */
public record FileQuery(Integer limit, Ordering ordering, OffsetDateTime from, Boolean stored, Boolean removed,
		boolean includeAppdata) {

	public FileQuery {
		if (limit != null && (limit < 1 || limit > 1000)) {
			throw new IllegalArgumentException("limit must be between 1 and 1000, was " + limit);
		}
	}

	/** Every file that is not removed, oldest first. */
	public static FileQuery all() {
		return builder().build();
	}

	public static Builder builder() {
		return new Builder();
	}

	/** Order of a file list. */
	public enum Ordering {

		/** Oldest first ({@code datetime_uploaded}). */
		UPLOADED_ASC("datetime_uploaded"),

		/** Newest first ({@code -datetime_uploaded}). */
		UPLOADED_DESC("-datetime_uploaded");

		private final String wireValue;

		Ordering(String wireValue) {
			this.wireValue = wireValue;
		}

		public String wireValue() {
			return wireValue;
		}

	}

	/** Builder of {@link FileQuery}. */
	public static final class Builder {

		private Integer limit;

		private Ordering ordering;

		private OffsetDateTime from;

		private Boolean stored;

		private Boolean removed;

		private boolean includeAppdata;

		public Builder limit(int limit) {
			this.limit = limit;
			return this;
		}

		public Builder ordering(Ordering ordering) {
			this.ordering = ordering;
			return this;
		}

		public Builder from(OffsetDateTime from) {
			this.from = from;
			return this;
		}

		public Builder stored(Boolean stored) {
			this.stored = stored;
			return this;
		}

		public Builder removed(Boolean removed) {
			this.removed = removed;
			return this;
		}

		public Builder includeAppdata(boolean includeAppdata) {
			this.includeAppdata = includeAppdata;
			return this;
		}

		public FileQuery build() {
			return new FileQuery(limit, ordering, from, stored, removed, includeAppdata);
		}

	}
}
