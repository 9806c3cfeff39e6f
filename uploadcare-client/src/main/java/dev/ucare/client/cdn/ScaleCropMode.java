package dev.ucare.client.cdn;

import java.util.Locale;

/** Modes of the {@code scale_crop} operation. */
public enum ScaleCropMode {

	CENTER, SMART, SMART_FACES_OBJECTS, SMART_FACES_POINTS, SMART_OBJECTS_FACES_POINTS, SMART_OBJECTS_FACES,
	SMART_OBJECTS_POINTS, SMART_POINTS, SMART_OBJECTS, SMART_FACES;

	/** The value as written in a CDN URL. */
	public String value() {
		return name().toLowerCase(Locale.ROOT);
	}

}
