package dev.ucare.client.conversion;

import java.util.Locale;

/** Target containers of video conversion. */
public enum VideoFormat {

	MP4, WEBM, OGG;

	/** The value as written in the conversion path. */
	public String value() {
		return name().toLowerCase(Locale.ROOT);
	}

}
