package dev.ucare.sample.web;

import java.util.regex.Pattern;

import dev.ucare.sample.BadInputException;

/** Input checks shared by the controllers. */
final class WebSupport {

	private static final Pattern UUID = Pattern
		.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

	private WebSupport() {
	}

	/** {@code uuid}, trimmed, when it looks like a file UUID. */
	static String uuid(String uuid) {
		String value = uuid == null ? "" : uuid.trim();
		if (!UUID.matcher(value).matches()) {
			throw new BadInputException("'" + value + "' is not a file UUID (expected 8-4-4-4-12 hex digits).");
		}
		return value.toLowerCase(java.util.Locale.ROOT);
	}

}
