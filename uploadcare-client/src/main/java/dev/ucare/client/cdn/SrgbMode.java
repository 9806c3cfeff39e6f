package dev.ucare.client.cdn;

import java.util.Locale;

/** Modes of the {@code srgb} colour-profile operation. */
public enum SrgbMode {

	FAST, ICC, KEEP_PROFILE;

	/** The value as written in a CDN URL. */
	public String value() {
		return name().toLowerCase(Locale.ROOT);
	}

}
