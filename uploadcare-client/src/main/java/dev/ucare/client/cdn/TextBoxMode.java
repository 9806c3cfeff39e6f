package dev.ucare.client.cdn;

import java.util.Locale;

/** Background box modes of overlay text ({@code text_box}). */
public enum TextBoxMode {

	NONE, FIT, LINE, FILL;

	/** The value as written in a CDN URL. */
	public String value() {
		return name().toLowerCase(Locale.ROOT);
	}

}
