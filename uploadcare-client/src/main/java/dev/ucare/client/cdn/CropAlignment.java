package dev.ucare.client.cdn;

import java.util.Locale;

/** Alignment of a {@code crop} area inside the source image. */
public enum CropAlignment {

	CENTER, TOP, RIGHT, BOTTOM, LEFT;

	/** The value as written in a CDN URL. */
	public String value() {
		return name().toLowerCase(Locale.ROOT);
	}

}
