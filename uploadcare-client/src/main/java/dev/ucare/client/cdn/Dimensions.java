package dev.ucare.client.cdn;

/**
 * Width and height of an overlay, text box, rectangle or blurred region, each in pixels
 * ({@code 50}) or percent ({@code 50%} or {@code 50p}). Percent signs are stored as
 * {@code p}, the form the CDN expects.
 *
 * @param width width, already escaped
 * @param height height, already escaped
 */
public record Dimensions(String width, String height) {

	/** Validates both values and escapes {@code %} to {@code p}. */
	public Dimensions {
		width = CdnSyntax.amount("width", width);
		height = CdnSyntax.amount("height", height);
	}

	/** Pixel dimensions. */
	public static Dimensions of(int width, int height) {
		return new Dimensions(String.valueOf(width), String.valueOf(height));
	}

	/** Pixel or percent dimensions, e.g. {@code of("50%", "33%")}. */
	public static Dimensions of(String width, String height) {
		return new Dimensions(width, height);
	}

	/** The CDN form, e.g. {@code 50px33p}. */
	public String value() {
		return width + "x" + height;
	}
}
