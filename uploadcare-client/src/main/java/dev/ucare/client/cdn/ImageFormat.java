package dev.ucare.client.cdn;

import java.util.Locale;

/** Output formats of the {@code format} operation. */
public enum ImageFormat {

	JPEG, PNG, WEBP, AUTO, PRESERVE;

	/** The value as written in a CDN URL. */
	public String value() {
		return name().toLowerCase(Locale.ROOT);
	}

}
