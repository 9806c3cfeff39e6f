package dev.ucare.client.cdn;

import java.util.Locale;

/** Modes of the {@code strip_meta} operation. */
public enum StripMetaMode {

	ALL, NONE, SENSITIVE;

	/** The value as written in a CDN URL. */
	public String value() {
		return name().toLowerCase(Locale.ROOT);
	}

}
