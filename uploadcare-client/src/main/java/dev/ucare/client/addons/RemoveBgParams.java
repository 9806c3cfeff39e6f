package dev.ucare.client.addons;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.ucare.client.internal.Arguments;

import org.jspecify.annotations.Nullable;

/**
 * Parameters of the {@code remove_bg} add-on. Only parameters that were set are sent; the
 * service's defaults apply to the rest. Build with {@link #builder()}; invalid values
 * throw {@link IllegalArgumentException} at once.
 */
public final class RemoveBgParams {

	private static final Pattern LENGTH = Pattern.compile("(\\d+(?:\\.\\d+)?)(px|%)?");

	private static final Pattern PERCENT = Pattern.compile("(\\d+(?:\\.\\d+)?)%");

	private final Map<String, Object> values;

	private RemoveBgParams(Map<String, Object> values) {
		this.values = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(values));
	}

	/** A new builder. */
	public static Builder builder() {
		return new Builder();
	}

	/** Wire names to values, in the order they were set. */
	Map<String, Object> toMap() {
		return values;
	}

	@Override
	public boolean equals(@Nullable Object o) {
		return o instanceof RemoveBgParams p && p.values.equals(values);
	}

	@Override
	public int hashCode() {
		return values.hashCode();
	}

	@Override
	public String toString() {
		return "RemoveBgParams" + values;
	}

	/** {@code type_level}: classification detail of the foreground. */
	public enum TypeLevel {

		/** No classification (service default). */
		NONE("none"),
		/** Coarse classes. */
		LEVEL_1("1"),
		/** Detailed classes. */
		LEVEL_2("2"),
		/** The latest classification. */
		LATEST("latest");

		private final String value;

		TypeLevel(String value) {
			this.value = value;
		}

		/** Wire value. */
		public String value() {
			return value;
		}

	}

	/** {@code type}: the kind of foreground to keep. */
	public enum ForegroundType {

		/** Detected automatically. */
		AUTO,
		/** A person. */
		PERSON,
		/** A product. */
		PRODUCT,
		/** A car. */
		CAR;

		/** Wire value. */
		public String value() {
			return name().toLowerCase(Locale.ROOT);
		}

	}

	/** {@code channels}: what the result image carries. */
	public enum Channels {

		/** Colour and alpha (service default). */
		RGBA,
		/** The alpha mask only. */
		ALPHA;

		/** Wire value. */
		public String value() {
			return name().toLowerCase(Locale.ROOT);
		}

	}

	/** Builds {@link RemoveBgParams}. */
	public static final class Builder {

		private final Map<String, Object> values = new LinkedHashMap<>();

		private Builder() {
		}

		/** {@code crop}: crop off empty regions (default false). */
		public Builder crop(boolean crop) {
			values.put("crop", crop);
			return this;
		}

		/**
		 * {@code crop_margin}: margin around the cropped subject, e.g. {@code 30px},
		 * {@code 30%} or {@code 0} (default {@code "0"}).
		 */
		public Builder cropMargin(String cropMargin) {
			Arguments.notNull(cropMargin, "cropMargin");
			values.put("crop_margin", length("crop_margin", cropMargin));
			return this;
		}

		/**
		 * {@code scale}: size of the subject relative to the image, e.g. {@code 80%} (10%
		 * to 100%).
		 */
		public Builder scale(String scale) {
			Arguments.notNull(scale, "scale");
			double percent = percent("scale", scale);
			if (percent < 10 || percent > 100) {
				throw new IllegalArgumentException("scale must be between 10% and 100%: '" + scale + "'");
			}
			values.put("scale", scale);
			return this;
		}

		/** {@code add_shadow}: add an artificial shadow (default false). */
		public Builder addShadow(boolean addShadow) {
			values.put("add_shadow", addShadow);
			return this;
		}

		/** {@code type_level}: classification detail of the foreground (default none). */
		public Builder typeLevel(TypeLevel typeLevel) {
			values.put("type_level", Arguments.notNull(typeLevel, "typeLevel").value());
			return this;
		}

		/** {@code type}: the kind of foreground to keep. */
		public Builder type(ForegroundType type) {
			values.put("type", Arguments.notNull(type, "type").value());
			return this;
		}

		/** {@code semitransparency}: keep semi-transparent regions (default true). */
		public Builder semitransparency(boolean semitransparency) {
			values.put("semitransparency", semitransparency);
			return this;
		}

		/** {@code channels}: full image or alpha mask (default rgba). */
		public Builder channels(Channels channels) {
			values.put("channels", Arguments.notNull(channels, "channels").value());
			return this;
		}

		/**
		 * {@code roi}: region of interest {@code "x1 y1 x2 y2"}, each in px or %, e.g.
		 * {@code "0% 0% 100% 100%"} (default the whole image).
		 */
		public Builder roi(String roi) {
			String[] parts = Arguments.notNull(roi, "roi").strip().split("\\s+");
			if (parts.length != 4) {
				throw new IllegalArgumentException("roi must be four coordinates 'x1 y1 x2 y2': '" + roi + "'");
			}
			for (String part : parts) {
				if (!part.endsWith("px") && !part.endsWith("%")) {
					throw new IllegalArgumentException("roi coordinates need a unit, px or %: '" + roi + "'");
				}
				length("roi", part);
			}
			values.put("roi", String.join(" ", parts));
			return this;
		}

		/**
		 * {@code roi} in pixels: from ({@code x1}, {@code y1}) to ({@code x2},
		 * {@code y2}).
		 */
		public Builder roi(int x1, int y1, int x2, int y2) {
			if (x1 < 0 || y1 < 0 || x2 <= x1 || y2 <= y1) {
				throw new IllegalArgumentException(
						"roi must satisfy 0 <= x1 < x2 and 0 <= y1 < y2: " + x1 + " " + y1 + " " + x2 + " " + y2);
			}
			return roi(x1 + "px " + y1 + "px " + x2 + "px " + y2 + "px");
		}

		/**
		 * {@code position}: {@code original} (default without {@code scale}),
		 * {@code center} (default with it), or one or two percentages such as {@code 50%}
		 * or {@code 0% 100%}.
		 */
		public Builder position(String position) {
			String value = Arguments.notNull(position, "position").strip();
			if (!value.equals("original") && !value.equals("center")) {
				String[] parts = value.split("\\s+");
				if (parts.length < 1 || parts.length > 2 || value.isEmpty()) {
					throw new IllegalArgumentException(
							"position must be original, center, or one or two percentages: '" + position + "'");
				}
				for (String part : parts) {
					double percent = percent("position", part);
					if (percent > 100) {
						throw new IllegalArgumentException("position must be between 0% and 100%: '" + position + "'");
					}
				}
				value = String.join(" ", parts);
			}
			values.put("position", value);
			return this;
		}

		/** The immutable parameters. */
		public RemoveBgParams build() {
			return new RemoveBgParams(new LinkedHashMap<>(values));
		}

		private static String length(String name, String value) {
			if (!LENGTH.matcher(value.strip()).matches()) {
				throw new IllegalArgumentException(name + " must look like 30px, 30% or 0: '" + value + "'");
			}
			return value.strip();
		}

		private static double percent(String name, String value) {
			Matcher matcher = PERCENT.matcher(value.strip());
			if (!matcher.matches()) {
				throw new IllegalArgumentException(name + " must be a percentage such as 80%: '" + value + "'");
			}
			return Double.parseDouble(matcher.group(1));
		}

	}

}
