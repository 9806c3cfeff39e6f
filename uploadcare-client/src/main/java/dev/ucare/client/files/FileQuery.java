package dev.ucare.client.files;

import java.time.OffsetDateTime;

import org.jspecify.annotations.Nullable;

/**
 * Filters and ordering of a file list. Build with {@link #builder()}; {@link #all()}
 * lists everything.
 *
 * @param limit page size, 1–1000 ({@code null}: the server's default of 100)
 * @param ordering order by upload time ({@code null}: the server's, oldest first)
 * @param from start from this upload time (inclusive), matching the ordering;
 * {@code null} for the first file
 * @param stored only stored ({@code true}) or only unstored ({@code false}) files;
 * {@code null} for both
 * @param removed only removed files ({@code true}) or only present ones ({@code false});
 * {@code null} for the server's default, present ones
 * @param includeAppdata whether each file carries its add-on {@code appdata}
 */
public record FileQuery(@Nullable Integer limit, @Nullable Ordering ordering, @Nullable OffsetDateTime from,
		@Nullable Boolean stored, @Nullable Boolean removed, boolean includeAppdata) {

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

		private @Nullable Integer limit;

		private @Nullable Ordering ordering;

		private @Nullable OffsetDateTime from;

		private @Nullable Boolean stored;

		private @Nullable Boolean removed;

		private boolean includeAppdata;

		public Builder limit(int limit) {
			this.limit = limit;
			return this;
		}

		public Builder ordering(@Nullable Ordering ordering) {
			this.ordering = ordering;
			return this;
		}

		public Builder from(@Nullable OffsetDateTime from) {
			this.from = from;
			return this;
		}

		public Builder stored(@Nullable Boolean stored) {
			this.stored = stored;
			return this;
		}

		public Builder removed(@Nullable Boolean removed) {
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
