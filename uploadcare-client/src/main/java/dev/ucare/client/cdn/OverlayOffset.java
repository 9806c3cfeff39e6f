package dev.ucare.client.cdn;

import java.util.Locale;

/** Named placements for overlays, text and rectangles. */
public enum OverlayOffset {

	LEFT, RIGHT, TOP, BOTTOM, CENTER;

	/** The value as written in a CDN URL. */
	public String value() {
		return name().toLowerCase(Locale.ROOT);
	}

}
