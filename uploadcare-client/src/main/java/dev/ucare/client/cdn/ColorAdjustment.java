package dev.ucare.client.cdn;

import java.util.Locale;

/** Colour adjustment operations and the value range each accepts. */
public enum ColorAdjustment {

	BRIGHTNESS(-100, 100), EXPOSURE(-500, 500), GAMMA(0, 1000), CONTRAST(-100, 500), SATURATION(-100, 500),
	VIBRANCE(-100, 500), WARMTH(-100, 100);

	private final int min;

	private final int max;

	ColorAdjustment(int min, int max) {
		this.min = min;
		this.max = max;
	}

	/** The operation name as written in a CDN URL. */
	public String value() {
		return name().toLowerCase(Locale.ROOT);
	}

	/** Smallest accepted value. */
	public int min() {
		return min;
	}

	/** Largest accepted value. */
	public int max() {
		return max;
	}

}
