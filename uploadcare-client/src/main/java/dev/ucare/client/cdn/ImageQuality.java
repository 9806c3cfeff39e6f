package dev.ucare.client.cdn;

import java.util.Locale;

/** Levels of the image {@code quality} operation. */
public enum ImageQuality {

	NORMAL, BETTER, BEST, LIGHTER, LIGHTEST, SMART, SMART_RETINA;

	/** The value as written in a CDN URL. */
	public String value() {
		return name().toLowerCase(Locale.ROOT);
	}

}
