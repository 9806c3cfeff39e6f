package dev.ucare.client.cdn;

import java.util.Locale;

/** Vertical alignment of overlay text ({@code text_align}). */
public enum VerticalAlignment {

	TOP, CENTER, BOTTOM;

	/** The value as written in a CDN URL. */
	public String value() {
		return name().toLowerCase(Locale.ROOT);
	}

}
