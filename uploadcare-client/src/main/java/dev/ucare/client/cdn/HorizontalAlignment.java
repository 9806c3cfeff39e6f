package dev.ucare.client.cdn;

import java.util.Locale;

/** Horizontal alignment of overlay text ({@code text_align}). */
public enum HorizontalAlignment {

	LEFT, CENTER, RIGHT;

	/** The value as written in a CDN URL. */
	public String value() {
		return name().toLowerCase(Locale.ROOT);
	}

}
