package dev.ucare.client.conversion;

import java.util.Locale;

/** How video conversion fits the requested size. */
public enum ResizeMode {

	PRESERVE_RATIO, CHANGE_RATIO, SCALE_CROP, ADD_PADDING;

	/** The value as written in the conversion path. */
	public String value() {
		return name().toLowerCase(Locale.ROOT);
	}

}
