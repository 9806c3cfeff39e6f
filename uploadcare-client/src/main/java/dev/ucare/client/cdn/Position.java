package dev.ucare.client.cdn;

import dev.ucare.client.internal.Arguments;

import org.jspecify.annotations.Nullable;

/**
 * Where an overlay, text or rectangle goes: either a named {@link OverlayOffset} or
 * {@code x,y} coordinates in pixels or percent ({@code %} is stored as {@code p}).
 * Exactly one of {@code offset} and the coordinates is set.
 *
 * @param offset named placement, or {@code null} when coordinates are used
 * @param x horizontal coordinate, or {@code null}
 * @param y vertical coordinate, or {@code null}
 */
public record Position(@Nullable OverlayOffset offset, @Nullable String x, @Nullable String y) {

	/** Validates that exactly one form is used and escapes percent values. */
	public Position {
		if (offset == null) {
			x = CdnSyntax.amount("x", x);
			y = CdnSyntax.amount("y", y);
		}
		else if (x != null || y != null) {
			throw new IllegalArgumentException("A position is either an offset or coordinates, not both: " + offset
					+ " and '" + x + "," + y + "'");
		}
	}

	/** A named placement such as {@link OverlayOffset#CENTER}. */
	public static Position of(OverlayOffset offset) {
		return new Position(Arguments.notNull(offset, "offset"), null, null);
	}

	/** Pixel coordinates. */
	public static Position at(int x, int y) {
		return new Position(null, String.valueOf(x), String.valueOf(y));
	}

	/** Pixel or percent coordinates, e.g. {@code at("50%", "50%")}. */
	public static Position at(String x, String y) {
		return new Position(null, x, y);
	}

	/** Whether this is an {@code x,y} pair rather than a named offset. */
	public boolean isCoordinates() {
		return offset == null;
	}

	/** The CDN form: {@code center} or {@code 50p,50p}. */
	public String value() {
		return offset != null ? offset.value() : x + "," + y;
	}
}
