package dev.ucare.client.cdn;

import java.util.Locale;

/**
 * Values of the {@code stretch} operation: what to do when the source is smaller than the
 * target.
 */
public enum StretchMode {

	ON, OFF, FILL;

	/** The value as written in a CDN URL. */
	public String value() {
		return name().toLowerCase(Locale.ROOT);
	}

}
