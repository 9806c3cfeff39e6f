package dev.ucare.client.conversion;

import java.util.Locale;

/** Quality levels of video conversion. */
public enum VideoQuality {

	NORMAL, BETTER, BEST, LIGHTER, LIGHTEST;

	/** The value as written in the conversion path. */
	public String value() {
		return name().toLowerCase(Locale.ROOT);
	}

}
