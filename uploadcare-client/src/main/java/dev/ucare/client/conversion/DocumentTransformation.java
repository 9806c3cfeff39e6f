package dev.ucare.client.conversion;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import dev.ucare.client.internal.Arguments;

import org.jspecify.annotations.Nullable;

/**
 * Document conversion:
 * {@code <uuid>/document/[-/format/<fmt>/][-/page/<n>/][-/dpi/<n>/][-/quality/<n>/]}.
 * With no format the service picks the target. Build with {@link #builder()}; immutable.
 */
public final class DocumentTransformation implements Transformation {

	private final @Nullable DocumentFormat format;

	private final @Nullable Integer page;

	private final @Nullable Integer dpi;

	private final @Nullable Integer quality;

	private DocumentTransformation(Builder builder) {
		this.format = builder.format;
		this.page = builder.page;
		this.dpi = builder.dpi;
		this.quality = builder.quality;
	}

	/** A new builder. */
	public static Builder builder() {
		return new Builder();
	}

	/** The target format, or {@code null}. */
	public @Nullable DocumentFormat format() {
		return format;
	}

	/** The 1-based page for image targets, or {@code null}. */
	public @Nullable Integer page() {
		return page;
	}

	@Override
	public ConversionKind kind() {
		return ConversionKind.DOCUMENT;
	}

	@Override
	public String path(String uuid) {
		List<String> ops = new ArrayList<>();
		if (format != null) {
			ops.add("format/" + format.value());
		}
		if (page != null) {
			ops.add("page/" + page);
		}
		if (dpi != null) {
			ops.add("dpi/" + dpi);
		}
		if (quality != null) {
			ops.add("quality/" + quality);
		}
		return ConversionPaths.path(uuid, kind(), ops);
	}

	@Override
	public boolean equals(@Nullable Object o) {
		return o instanceof DocumentTransformation t && t.format == format && Objects.equals(t.page, page)
				&& Objects.equals(t.dpi, dpi) && Objects.equals(t.quality, quality);
	}

	@Override
	public int hashCode() {
		return Objects.hash(format, page, dpi, quality);
	}

	@Override
	public String toString() {
		return "DocumentTransformation[format=" + format + ", page=" + page + ", dpi=" + dpi + ", quality=" + quality
				+ "]";
	}

	/**
	 * Builds a {@link DocumentTransformation}; invalid values throw
	 * {@link IllegalArgumentException} at once.
	 */
	public static final class Builder {

		private @Nullable DocumentFormat format;

		private @Nullable Integer page;

		private @Nullable Integer dpi;

		private @Nullable Integer quality;

		private Builder() {
		}

		/** {@code -/format/<fmt>/}. */
		public Builder format(DocumentFormat format) {
			this.format = Arguments.notNull(format, "format");
			return this;
		}

		/**
		 * {@code -/page/<n>/}: one page (1-based) of a multi-page document, for image
		 * targets.
		 */
		public Builder page(int page) {
			this.page = ConversionPaths.atLeast("page", page, 1);
			return this;
		}

		/** {@code -/dpi/<n>/}: rendering resolution, as in the REST spec's examples. */
		public Builder dpi(int dpi) {
			this.dpi = ConversionPaths.atLeast("dpi", dpi, 1);
			return this;
		}

		/** {@code -/quality/<n>/}: output quality, as in the REST spec's examples. */
		public Builder quality(int quality) {
			this.quality = ConversionPaths.atLeast("quality", quality, 1);
			return this;
		}

		/** The immutable transformation. */
		public DocumentTransformation build() {
			return new DocumentTransformation(this);
		}

	}

}
