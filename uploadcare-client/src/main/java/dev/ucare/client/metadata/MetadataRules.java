package dev.ucare.client.metadata;

import java.util.Map;
import java.util.regex.Pattern;

import dev.ucare.client.internal.Arguments;

/**
 * Uploadcare's documented metadata rules, checked before anything is sent: keys of 1–64
 * characters from {@code A-Z a-z 0-9 _ - . :}, values of 1–512 characters, at most 50
 * keys per file.
 */
public final class MetadataRules {

	public static final int MAX_KEY_LENGTH = 64;

	public static final int MAX_VALUE_LENGTH = 512;

	public static final int MAX_KEYS = 50;

	private static final Pattern KEY = Pattern.compile("[-_.:A-Za-z0-9]{1," + MAX_KEY_LENGTH + "}");

	private MetadataRules() {
	}

	/** {@code key}, or an error saying which rule it breaks. */
	public static String key(String key) {
		if (Arguments.notNull(key, "key").isEmpty()) {
			throw new IllegalArgumentException("Metadata key is empty");
		}
		if (key.length() > MAX_KEY_LENGTH) {
			throw new IllegalArgumentException("Metadata key '" + abbreviate(key) + "' is " + key.length()
					+ " characters long; the limit is " + MAX_KEY_LENGTH);
		}
		if (!KEY.matcher(key).matches()) {
			throw new IllegalArgumentException("Metadata key '" + key + "' has characters outside A-Z a-z 0-9 _ - . :");
		}
		return key;
	}

	/** {@code value}, or an error naming the key whose value breaks the rules. */
	public static String value(String key, String value) {
		Arguments.notNull(key, "key");
		if (Arguments.notNull(value, "value").isEmpty()) {
			throw new IllegalArgumentException("Metadata value of key '" + key + "' is empty");
		}
		if (value.length() > MAX_VALUE_LENGTH) {
			throw new IllegalArgumentException("Metadata value of key '" + key + "' is " + value.length()
					+ " characters long; the limit is " + MAX_VALUE_LENGTH);
		}
		return value;
	}

	/** Checks every entry and the number of keys. */
	public static void validate(Map<String, String> metadata) {
		if (Arguments.notNull(metadata, "metadata").size() > MAX_KEYS) {
			throw new IllegalArgumentException("Metadata has " + metadata.size() + " keys; the limit is " + MAX_KEYS);
		}
		metadata.forEach((key, value) -> value(key(key), value));
	}

	private static String abbreviate(String key) {
		return key.length() <= 20 ? key : key.substring(0, 20) + "…";
	}

}
