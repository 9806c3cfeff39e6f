package dev.ucare.client.cdn;

import java.util.Locale;

/** Output formats of a {@code gif2video} conversion. */
public enum Gif2VideoFormat {

	MP4, WEBM;

	/** The value as written in a CDN URL. */
	public String value() {
		return name().toLowerCase(Locale.ROOT);
	}

}
