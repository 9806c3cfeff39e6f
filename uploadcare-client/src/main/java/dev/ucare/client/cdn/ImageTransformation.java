package dev.ucare.client.cdn;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

import dev.ucare.client.internal.Arguments;

import org.jspecify.annotations.Nullable;

/**
 * An immutable, ordered list of CDN image operations, built with {@link #builder()} or
 * read from an effects string with {@link #parse(String)}.
 *
 * <pre>{@code
 * ImageTransformation t = ImageTransformation.builder().preview(160, 160).grayscale().flip().build();
 * t.effects();      // "preview/160x160/-/grayscale/-/flip/"
 * t.path(uuid);     // "<uuid>/-/preview/160x160/-/grayscale/-/flip/"
 * }</pre>
 *
 * Every operation is stored without its {@code -/} marker and without a trailing slash,
 * e.g. {@code resize/220x}. {@code detect_faces} and {@code gif2video} are written right
 * after the UUID (no {@code -/}), so the builder only accepts them as the first
 * operation.
 */
public final class ImageTransformation {

	private static final ImageTransformation EMPTY = new ImageTransformation(List.of());

	private final List<String> operations;

	private ImageTransformation(List<String> operations) {
		this.operations = List.copyOf(operations);
	}

	/** A new builder with no operations. */
	public static Builder builder() {
		return new Builder();
	}

	/** The transformation with no operations. */
	public static ImageTransformation empty() {
		return EMPTY;
	}

	/**
	 * Reads an effects string in any of the usual spellings: {@code effect/flip/},
	 * {@code -/resize/10x/}, {@code /-/resize/10x/-/flip}, {@code resize/10x/-/flip/}.
	 * {@code null} or blank gives {@link #empty()}.
	 * @throws InvalidCdnUrlException naming the operation that is empty, not URI-safe, or
	 * holds a dot segment, an empty segment, {@code ?}, {@code #}, a backslash, a
	 * percent-encoded slash or a control character
	 */
	public static ImageTransformation parse(@Nullable String effects) {
		if (effects == null || effects.isBlank()) {
			return EMPTY;
		}
		String s = effects.strip();
		while (s.startsWith("/")) {
			s = s.substring(1);
		}
		if (s.startsWith("-/")) {
			s = s.substring(2);
		}
		while (s.endsWith("/")) {
			s = s.substring(0, s.length() - 1);
		}
		if (s.isEmpty() || s.equals("-")) {
			return EMPTY;
		}
		return of(Arrays.asList(s.split("/-/", -1)));
	}

	/**
	 * A transformation from raw operations such as {@code "resize/220x"}.
	 * @throws InvalidCdnUrlException naming an operation that is empty, not URI-safe,
	 * contains a {@code -} segment, or could change the path (see {@link #parse})
	 */
	public static ImageTransformation of(List<String> operations) {
		Arguments.notNull(operations, "operations").forEach(CdnSyntax::requireOperation);
		return operations.isEmpty() ? EMPTY : new ImageTransformation(operations);
	}

	/** The operations in order, e.g. {@code [quality/best, preview/160x160]}. */
	public List<String> operations() {
		return operations;
	}

	/** Whether there are no operations. */
	public boolean isEmpty() {
		return operations.isEmpty();
	}

	/**
	 * Operations joined with {@code /-/} and ending in {@code /}, or {@code ""} when
	 * empty.
	 */
	public String effects() {
		return operations.isEmpty() ? "" : String.join("/-/", operations) + "/";
	}

	/**
	 * The CDN path for a file, e.g. {@code <uuid>/-/resize/220x/}; a leading
	 * {@code detect_faces} or {@code gif2video} has no {@code -/}. The UUID is validated.
	 */
	public String path(String uuid) {
		StringBuilder path = new StringBuilder(UploadcareIds.requireUuid(uuid)).append('/');
		CdnSyntax.appendOperations(path, operations);
		return path.toString();
	}

	/** This transformation's operations followed by {@code next}'s. */
	public ImageTransformation then(ImageTransformation next) {
		List<String> all = new ArrayList<>(operations);
		all.addAll(Arguments.notNull(next, "next").operations);
		return of(all);
	}

	/** A builder starting with this transformation's operations. */
	public Builder toBuilder() {
		Builder builder = new Builder();
		builder.operations.addAll(operations);
		return builder;
	}

	@Override
	public boolean equals(@Nullable Object other) {
		return other instanceof ImageTransformation t && t.operations.equals(operations);
	}

	@Override
	public int hashCode() {
		return operations.hashCode();
	}

	/** The effects string. */
	@Override
	public String toString() {
		return effects();
	}

	/**
	 * Builds an {@link ImageTransformation}; every method validates its arguments at once
	 * and throws {@link IllegalArgumentException} naming the offending value. Operations
	 * keep the order of the calls. Not thread-safe; the built transformation is.
	 */
	public static final class Builder {

		private final List<String> operations = new ArrayList<>();

		private Builder() {
		}

		private Builder add(String name, @Nullable Object... parameters) {
			String op = Arrays.stream(parameters)
				.filter(Objects::nonNull)
				.map(String::valueOf)
				.collect(Collectors.joining("/"));
			operations.add(CdnSyntax.requireOperation(op.isEmpty() ? name : name + "/" + op));
			return this;
		}

		private Builder directive(String name) {
			if (!operations.isEmpty()) {
				throw new IllegalArgumentException(name + " must be the first operation, after: " + operations);
			}
			return add(name);
		}

		private static String size(String op, @Nullable Integer width, @Nullable Integer height) {
			if (width != null) {
				CdnSyntax.positive(op + " width", width);
			}
			if (height != null) {
				CdnSyntax.positive(op + " height", height);
			}
			return (width == null ? "" : width.toString()) + "x" + (height == null ? "" : height.toString());
		}

		/** {@code preview}: downscale to fit the default bounds. */
		public Builder preview() {
			return add("preview");
		}

		/**
		 * {@code preview/<W>x<H>}; either side may be {@code null}, both {@code null}
		 * gives {@code preview}.
		 */
		public Builder preview(@Nullable Integer width, @Nullable Integer height) {
			return width == null && height == null ? preview() : add("preview", size("preview", width, height));
		}

		/** {@code resize/<W>x<H>}; one side may be {@code null}, e.g. {@code 220x}. */
		public Builder resize(@Nullable Integer width, @Nullable Integer height) {
			if (width == null && height == null) {
				throw new IllegalArgumentException("resize needs a width or a height: null x null");
			}
			return add("resize", size("resize", width, height));
		}

		/** {@code stretch/on|off|fill}. */
		public Builder stretch(StretchMode mode) {
			return add("stretch", Arguments.notNull(mode, "stretch mode").value());
		}

		/** {@code smart_resize/<W>x<H>}. */
		public Builder smartResize(int width, int height) {
			return add("smart_resize", size("smart_resize", width, height));
		}

		/** {@code crop/<W>x<H>} from the top-left corner. */
		public Builder crop(int width, int height) {
			return add("crop", size("crop", width, height));
		}

		/** {@code crop/<W>x<H>/<alignment>}. */
		public Builder crop(int width, int height, CropAlignment alignment) {
			return add("crop", size("crop", width, height), Arguments.notNull(alignment, "crop alignment").value());
		}

		/** {@code crop/<W>x<H>/<x>,<y>} with pixel offsets. */
		public Builder crop(int width, int height, int x, int y) {
			return add("crop", size("crop", width, height), Position.at(x, y).value());
		}

		/**
		 * {@code crop/<W>x<H>/<x>,<y>} with pixel or percent offsets ({@code 50%} becomes
		 * {@code 50p}).
		 */
		public Builder crop(int width, int height, String x, String y) {
			return add("crop", size("crop", width, height), Position.at(x, y).value());
		}

		/** {@code scale_crop/<W>x<H>}. */
		public Builder scaleCrop(int width, int height) {
			return add("scale_crop", size("scale_crop", width, height));
		}

		/** {@code scale_crop/<W>x<H>/<mode>}. */
		public Builder scaleCrop(int width, int height, ScaleCropMode mode) {
			return add("scale_crop", size("scale_crop", width, height),
					Arguments.notNull(mode, "scale_crop mode").value());
		}

		/** {@code scale_crop/<W>x<H>/<x>p,<y>p}, offsets in percent 0–100. */
		public Builder scaleCrop(int width, int height, int xPercent, int yPercent) {
			CdnSyntax.range("scale_crop x offset", xPercent, 0, 100);
			CdnSyntax.range("scale_crop y offset", yPercent, 0, 100);
			return add("scale_crop", size("scale_crop", width, height), xPercent + "p," + yPercent + "p");
		}

		/** {@code border_radius/<r>[,<r>…]}: one to four radii in pixels or percent. */
		public Builder borderRadius(String... radii) {
			return borderRadius(List.of(Arguments.notNull(radii, "radii")), null);
		}

		/**
		 * {@code border_radius/<r>[,…][/<vr>[,…]]}: one to four radii, optionally one to
		 * four vertical radii; {@code %} becomes {@code p}.
		 */
		public Builder borderRadius(List<String> radii, @Nullable List<String> verticalRadii) {
			return add("border_radius", radii("radius", Arguments.notNull(radii, "radii")),
					verticalRadii == null || verticalRadii.isEmpty() ? null : radii("vertical radius", verticalRadii));
		}

		private static String radii(String name, List<String> values) {
			if (values.isEmpty() || values.size() > 4) {
				throw new IllegalArgumentException("border_radius takes 1 to 4 values: " + values);
			}
			return values.stream()
				.map(v -> CdnSyntax.amount("border_radius " + name, v))
				.collect(Collectors.joining(","));
		}

		/** {@code setfill/<hex colour>}. */
		public Builder setfill(String color) {
			return add("setfill", CdnSyntax.color("setfill colour", Arguments.notNull(color, "color")));
		}

		/** {@code zoom_objects/<1-100>}. */
		public Builder zoomObjects(int zoom) {
			return add("zoom_objects", CdnSyntax.range("zoom_objects", zoom, 1, 100));
		}

		/** {@code format/jpeg|png|webp|auto|preserve}. */
		public Builder format(ImageFormat format) {
			return add("format", Arguments.notNull(format, "format").value());
		}

		/** {@code format/mp4|webm}, for use after {@link #gif2video()}. */
		public Builder format(Gif2VideoFormat format) {
			return add("format", Arguments.notNull(format, "gif2video format").value());
		}

		/** {@code quality/<level>}. */
		public Builder quality(ImageQuality quality) {
			return add("quality", Arguments.notNull(quality, "quality").value());
		}

		/** {@code quality/<level>}, for use after {@link #gif2video()}. */
		public Builder quality(Gif2VideoQuality quality) {
			return add("quality", Arguments.notNull(quality, "gif2video quality").value());
		}

		/** {@code progressive/yes}. */
		public Builder progressive() {
			return progressive(true);
		}

		/** {@code progressive/yes|no}. */
		public Builder progressive(boolean progressive) {
			return add("progressive", progressive ? "yes" : "no");
		}

		/** {@code rasterize} (SVG to raster). */
		public Builder rasterize() {
			return add("rasterize");
		}

		/** {@code strip_meta/all|none|sensitive}. */
		public Builder stripMeta(StripMetaMode mode) {
			return add("strip_meta", Arguments.notNull(mode, "strip_meta mode").value());
		}

		/**
		 * {@code <uuid>/detect_faces/}: face coordinates as JSON. Must be the first
		 * operation.
		 */
		public Builder detectFaces() {
			return directive("detect_faces");
		}

		/**
		 * {@code <uuid>/gif2video/}: animated image to video. Must be the first
		 * operation.
		 */
		public Builder gif2video() {
			return directive("gif2video");
		}

		/**
		 * {@code gif2video} followed by {@code format} and {@code quality} when not
		 * {@code null}.
		 */
		public Builder gif2video(@Nullable Gif2VideoFormat format, @Nullable Gif2VideoQuality quality) {
			gif2video();
			if (format != null) {
				format(format);
			}
			return quality == null ? this : quality(quality);
		}

		/**
		 * {@code <adjustment>}, e.g. {@code brightness}, with the service's default
		 * value.
		 */
		public Builder adjust(ColorAdjustment adjustment) {
			return add(Arguments.notNull(adjustment, "colour adjustment").value());
		}

		/**
		 * {@code <adjustment>/<value>}, within the adjustment's range (see
		 * {@link ColorAdjustment#min()}).
		 */
		public Builder adjust(ColorAdjustment adjustment, int value) {
			Arguments.notNull(adjustment, "colour adjustment");
			return add(adjustment.value(),
					CdnSyntax.range(adjustment.value(), value, adjustment.min(), adjustment.max()));
		}

		/** {@code brightness/<-100..100>}. */
		public Builder brightness(int value) {
			return adjust(ColorAdjustment.BRIGHTNESS, value);
		}

		/** {@code exposure/<-500..500>}. */
		public Builder exposure(int value) {
			return adjust(ColorAdjustment.EXPOSURE, value);
		}

		/** {@code gamma/<0..1000>}. */
		public Builder gamma(int value) {
			return adjust(ColorAdjustment.GAMMA, value);
		}

		/** {@code contrast/<-100..500>}. */
		public Builder contrast(int value) {
			return adjust(ColorAdjustment.CONTRAST, value);
		}

		/** {@code saturation/<-100..500>}. */
		public Builder saturation(int value) {
			return adjust(ColorAdjustment.SATURATION, value);
		}

		/** {@code vibrance/<-100..500>}. */
		public Builder vibrance(int value) {
			return adjust(ColorAdjustment.VIBRANCE, value);
		}

		/** {@code warmth/<-100..100>}. */
		public Builder warmth(int value) {
			return adjust(ColorAdjustment.WARMTH, value);
		}

		/** {@code enhance} with the default strength. */
		public Builder enhance() {
			return add("enhance");
		}

		/** {@code enhance/<0-100>}. */
		public Builder enhance(int strength) {
			return add("enhance", CdnSyntax.range("enhance", strength, 0, 100));
		}

		/** {@code grayscale}. */
		public Builder grayscale() {
			return add("grayscale");
		}

		/** {@code invert}. */
		public Builder invert() {
			return add("invert");
		}

		/** {@code filter/<name>}. */
		public Builder filter(ImageFilter filter) {
			return add("filter", Arguments.notNull(filter, "filter").value());
		}

		/** {@code filter/<name>/<amount>}, amount −100 to 200. */
		public Builder filter(ImageFilter filter, int amount) {
			return add("filter", Arguments.notNull(filter, "filter").value(),
					CdnSyntax.range("filter amount", amount, -100, 200));
		}

		/** {@code srgb/fast|icc|keep_profile}. */
		public Builder srgb(SrgbMode mode) {
			return add("srgb", Arguments.notNull(mode, "srgb mode").value());
		}

		/** {@code max_icc_size/<N>}, N ≥ 0 (kilobytes). */
		public Builder maxIccSize(int threshold) {
			return add("max_icc_size", CdnSyntax.range("max_icc_size", threshold, 0, Integer.MAX_VALUE));
		}

		/** {@code blur} with the default strength. */
		public Builder blur() {
			return add("blur");
		}

		/** {@code blur/<strength>}, strength 0–5000. */
		public Builder blur(int strength) {
			return add("blur", CdnSyntax.range("blur strength", strength, 0, 5000));
		}

		/**
		 * {@code blur/<strength>/<amount>}: with a negative amount this is unsharp
		 * masking (−200 to 100).
		 */
		public Builder blur(int strength, int amount) {
			return add("blur", CdnSyntax.range("blur strength", strength, 0, 5000),
					CdnSyntax.range("blur amount", amount, -200, 100));
		}

		/** {@code blur_region/<W>x<H>/<x>,<y>}. */
		public Builder blurRegion(Dimensions size, Position at) {
			return add("blur_region", region(size, at));
		}

		/** {@code blur_region/<W>x<H>/<x>,<y>/<strength>}, strength 0–5000. */
		public Builder blurRegion(Dimensions size, Position at, int strength) {
			return add("blur_region", region(size, at), CdnSyntax.range("blur_region strength", strength, 0, 5000));
		}

		private static String region(Dimensions size, Position at) {
			Arguments.notNull(size, "blur_region size");
			Arguments.notNull(at, "at");
			if (!at.isCoordinates()) {
				throw new IllegalArgumentException("blur_region needs x,y coordinates: " + at);
			}
			return size.value() + "/" + at.value();
		}

		/** {@code blur_region/faces}. */
		public Builder blurFaces() {
			return add("blur_region", "faces");
		}

		/** {@code blur_region/faces/<strength>}, strength 0–5000. */
		public Builder blurFaces(int strength) {
			return add("blur_region", "faces", CdnSyntax.range("blur_region strength", strength, 0, 5000));
		}

		/** {@code sharp} with the default strength. */
		public Builder sharp() {
			return add("sharp");
		}

		/** {@code sharp/<0-20>}. */
		public Builder sharp(int strength) {
			return add("sharp", CdnSyntax.range("sharp strength", strength, 0, 20));
		}

		/**
		 * {@code overlay/<uuid>[/<W>x<H>][/<position>][/<opacity>p]}; {@code size},
		 * {@code position} and {@code opacityPercent} (0–100) may be {@code null}.
		 */
		public Builder overlay(String uuid, @Nullable Dimensions size, @Nullable Position position,
				@Nullable Integer opacityPercent) {
			return overlayOf(UploadcareIds.requireUuid(uuid), size, position, opacityPercent);
		}

		/** {@code overlay/<uuid>}. */
		public Builder overlay(String uuid) {
			return overlay(uuid, null, null, null);
		}

		/**
		 * {@code overlay/self[/<W>x<H>][/<position>][/<opacity>p]}: the image over
		 * itself.
		 */
		public Builder overlaySelf(@Nullable Dimensions size, @Nullable Position position,
				@Nullable Integer opacityPercent) {
			return overlayOf("self", size, position, opacityPercent);
		}

		private Builder overlayOf(String source, @Nullable Dimensions size, @Nullable Position position,
				@Nullable Integer opacity) {
			String alpha = opacity == null ? null : CdnSyntax.range("overlay opacity", opacity, 0, 100) + "p";
			return add("overlay", source, size == null ? null : size.value(),
					position == null ? null : position.value(), alpha);
		}

		/** {@code text_align/<h>/<v>}, applying to the next {@link #text}. */
		public Builder textAlign(HorizontalAlignment horizontal, VerticalAlignment vertical) {
			return add("text_align", Arguments.notNull(horizontal, "horizontal alignment").value(),
					Arguments.notNull(vertical, "vertical alignment").value());
		}

		/** {@code font/[<size>/][<colour>]}; either may be {@code null} but not both. */
		public Builder font(@Nullable Integer size, @Nullable String color) {
			if (size == null && color == null) {
				throw new IllegalArgumentException("font needs a size or a colour: null, null");
			}
			return add("font", size == null ? null : CdnSyntax.positive("font size", size),
					color == null ? null : CdnSyntax.color("font colour", color));
		}

		/**
		 * {@code text_box/<mode>[/<colour>[/<padding>]]}; colour and padding may be
		 * {@code null}.
		 */
		public Builder textBox(TextBoxMode mode, @Nullable String color, @Nullable Integer padding) {
			if (color == null && padding != null) {
				throw new IllegalArgumentException("text_box padding needs a colour: padding " + padding);
			}
			return add("text_box", Arguments.notNull(mode, "text_box mode").value(),
					color == null ? null : CdnSyntax.color("text_box colour", color),
					padding == null ? null : CdnSyntax.range("text_box padding", padding, 0, Integer.MAX_VALUE));
		}

		/** {@code text_box/<mode>}. */
		public Builder textBox(TextBoxMode mode) {
			return textBox(mode, null, null);
		}

		/**
		 * {@code text/<W>x<H>/<position>/<escaped text>}. The text is escaped:
		 * {@code ~}→{@code ~~}, {@code /}→{@code ~s}, newline→{@code ~n}, then UTF-8
		 * percent-encoding ({@code %20} for a space).
		 */
		public Builder text(String text, Dimensions size, Position position) {
			if (Arguments.notNull(text, "text").isEmpty()) {
				throw new IllegalArgumentException("text must not be empty: '" + text + "'");
			}
			return add("text", Arguments.notNull(size, "text size").value(),
					Arguments.notNull(position, "text position").value(), CdnSyntax.escapeText(text));
		}

		/** {@code rect/<colour>/<W>x<H>/<position>}: a solid rectangle. */
		public Builder rect(String color, Dimensions size, Position position) {
			return add("rect", CdnSyntax.color("rect colour", Arguments.notNull(color, "color")),
					Arguments.notNull(size, "rect size").value(), Arguments.notNull(position, "rect position").value());
		}

		/** {@code autorotate/yes|no}. */
		public Builder autorotate(boolean enabled) {
			return add("autorotate", enabled ? "yes" : "no");
		}

		/**
		 * {@code rotate/<angle>}, counter-clockwise; the angle must be a multiple of 90.
		 */
		public Builder rotate(int angle) {
			if (angle % 90 != 0) {
				throw new IllegalArgumentException("rotate angle must be a multiple of 90: " + angle);
			}
			return add("rotate", angle);
		}

		/** {@code flip} (vertical). */
		public Builder flip() {
			return add("flip");
		}

		/** {@code mirror} (horizontal). */
		public Builder mirror() {
			return add("mirror");
		}

		/**
		 * Any other operation, raw, e.g. {@code "json"} or {@code "resize/200x/"};
		 * slashes at either end are dropped.
		 * @throws InvalidCdnUrlException naming the operation when it is empty, not
		 * URI-safe or could change the path (see {@link ImageTransformation#parse})
		 */
		public Builder operation(String operation) {
			ImageTransformation parsed = parse(operation);
			if (parsed.operations.size() != 1) {
				throw new IllegalArgumentException("Expected exactly one CDN operation: '" + operation + "'");
			}
			operations.add(parsed.operations.get(0));
			return this;
		}

		/** The immutable transformation. */
		public ImageTransformation build() {
			return operations.isEmpty() ? EMPTY : new ImageTransformation(operations);
		}

	}

}
