package dev.ucare.client.conversion;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import dev.ucare.client.internal.Arguments;

import org.jspecify.annotations.Nullable;

/**
 * Video conversion: {@code <uuid>/video/} followed, in this order and when set, by
 * {@code -/format/<f>/}, {@code -/size/<W>x<H>[/<mode>]/}, {@code -/quality/
 *
<q>/}, {@code -/cut/<start>/<length>/} and {@code -/thumbs~<N>/}. Build with
 * {@link #builder()}; immutable.
 */
public final class VideoTransformation implements Transformation {

	/**
	 * Seconds ({@code 5}, {@code 5.5}) or {@code [H:]M:SS[.fff]}, e.g. {@code 2:30.535},
	 * {@code 0:00:05}.
	 */
	private static final Pattern TIME = Pattern.compile("(?:\\d+|(?:\\d+:)?[0-5]?\\d:[0-5]\\d)(?:\\.\\d+)?");

	private final List<String> operations;

	private VideoTransformation(List<String> operations) {
		this.operations = List.copyOf(operations);
	}

	/** A new builder. */
	public static Builder builder() {
		return new Builder();
	}

	@Override
	public ConversionKind kind() {
		return ConversionKind.VIDEO;
	}

	@Override
	public String path(String uuid) {
		return ConversionPaths.path(uuid, kind(), operations);
	}

	@Override
	public boolean equals(@Nullable Object o) {
		return o instanceof VideoTransformation t && t.operations.equals(operations);
	}

	@Override
	public int hashCode() {
		return operations.hashCode();
	}

	@Override
	public String toString() {
		return "VideoTransformation" + operations;
	}

	/**
	 * Builds a {@link VideoTransformation}; invalid values throw
	 * {@link IllegalArgumentException} at once.
	 */
	public static final class Builder {

		private @Nullable VideoFormat format;

		private @Nullable String size;

		private @Nullable VideoQuality quality;

		private @Nullable String cut;

		private @Nullable Integer thumbs;

		private Builder() {
		}

		/** {@code -/format/mp4|webm|ogg/}. */
		public Builder format(VideoFormat format) {
			this.format = Arguments.notNull(format, "format");
			return this;
		}

		/**
		 * {@code -/size/<W>x<H>/}; either dimension may be {@code null}, but not both.
		 */
		public Builder size(@Nullable Integer width, @Nullable Integer height) {
			return size(width, height, null);
		}

		/**
		 * {@code -/size/<W>x<H>/<mode>/}; either dimension may be {@code null},
		 * {@code mode} too.
		 */
		public Builder size(@Nullable Integer width, @Nullable Integer height, @Nullable ResizeMode mode) {
			if (width == null && height == null) {
				throw new IllegalArgumentException("size needs a width or a height: null x null");
			}
			String value = dimension("width", width) + "x" + dimension("height", height);
			this.size = mode == null ? value : value + "/" + mode.value();
			return this;
		}

		private static String dimension(String name, @Nullable Integer value) {
			return value == null ? "" : String.valueOf(ConversionPaths.atLeast("size " + name, value, 1));
		}

		/**
		 * {@code -/quality/
		 *
		<q>/}.
		 */
		public Builder quality(VideoQuality quality) {
			this.quality = Arguments.notNull(quality, "quality");
			return this;
		}

		/**
		 * {@code -/cut/<start>/<length>/}. Times are seconds or {@code [H:]M:SS[.fff]}
		 * such as {@code 2:30.535}; {@code length} may also be {@code end}.
		 */
		public Builder cut(String start, String length) {
			this.cut = time("cut start", start) + "/" + ("end".equals(length) ? length : time("cut length", length));
			return this;
		}

		private static String time(String name, @Nullable String value) {
			if (value == null || !TIME.matcher(value).matches()) {
				throw new IllegalArgumentException(name + " must look like 2:30.535, 0:00:05 or 5: '" + value + "'");
			}
			return value;
		}

		/** {@code -/thumbs~<N>/}: N thumbnails, 1 to 50. */
		public Builder thumbs(int count) {
			if (count < 1 || count > 50) {
				throw new IllegalArgumentException("thumbs must be between 1 and 50: " + count);
			}
			this.thumbs = count;
			return this;
		}

		/** The immutable transformation. */
		public VideoTransformation build() {
			List<String> ops = new ArrayList<>();
			if (format != null) {
				ops.add("format/" + format.value());
			}
			if (size != null) {
				ops.add("size/" + size);
			}
			if (quality != null) {
				ops.add("quality/" + quality.value());
			}
			if (cut != null) {
				ops.add("cut/" + cut);
			}
			if (thumbs != null) {
				ops.add("thumbs~" + thumbs);
			}
			return new VideoTransformation(ops);
		}

	}

}
