package dev.ucare.client.cdn;

import java.util.Locale;

/** Quality levels of a {@code gif2video} conversion. */
public enum Gif2VideoQuality {

	LIGHTEST, LIGHTER, NORMAL, BETTER, BEST;

	/** The value as written in a CDN URL. */
	public String value() {
		return name().toLowerCase(Locale.ROOT);
	}

}
