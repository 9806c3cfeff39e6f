package dev.ucare.sample.web;

import java.util.regex.Pattern;

import dev.ucare.client.Store;
import dev.ucare.sample.BadInputException;

/** Input checks shared by the controllers. */
final class WebSupport {

	private static final Pattern UUID = Pattern
		.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

	private WebSupport() {
	}

	/**
	 * The store choice of an upload form: {@code auto} (the project's setting),
	 * {@code true} (store) or {@code false} (don't store).
	 */
	static Store store(String choice) {
		String value = (choice == null) ? "" : choice.trim().toLowerCase(java.util.Locale.ROOT);
		return switch (value) {
			case "", "auto" -> Store.AUTO;
			case "true" -> Store.TRUE;
			case "false" -> Store.FALSE;
			default -> throw new BadInputException(
					"'" + choice + "' is not a store choice: choose auto, true (store) or false (don't store).");
		};
	}

	/** What happened to an uploaded file, in words. */
	static String storeOutcome(boolean stored, Store choice) {
		String outcome = stored ? "stored permanently" : "not stored: Uploadcare removes it after 24 hours";
		return outcome + " (store: " + switch (choice) {
			case AUTO -> "auto, the project's setting";
			case TRUE -> "store";
			case FALSE -> "don't store";
		} + ")";
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
