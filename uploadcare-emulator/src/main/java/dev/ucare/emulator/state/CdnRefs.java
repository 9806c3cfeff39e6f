package dev.ucare.emulator.state;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * Parses file references: a UUID, {@code <uuid>/-/<effects>/}, or a CDN URL with either.
 */
public final class CdnRefs {

	private static final Pattern REF = Pattern.compile(
			"^(?:https?://[^/]+)?/?([0-9a-fA-F]{8}-(?:[0-9a-fA-F]{4}-){3}[0-9a-fA-F]{12})(?:/(?:-/((?:[^/]+/)+))?([^/]*))?$");

	private CdnRefs() {
	}

	/**
	 * @return {@code uuid} or {@code uuid/-/effects/}, or {@code null} when not a file
	 * reference
	 */
	public static @Nullable String fileRef(@Nullable String value) {
		if (value == null) {
			return null;
		}
		Matcher m = REF.matcher(value.trim());
		if (!m.matches()) {
			return null;
		}
		String uuid = m.group(1).toLowerCase();
		return m.group(2) == null ? uuid : uuid + "/-/" + m.group(2);
	}

	/**
	 * @return the UUID of a file reference, or {@code null}
	 */
	public static @Nullable String uuid(@Nullable String value) {
		String ref = fileRef(value);
		if (ref == null) {
			return null;
		}
		int slash = ref.indexOf('/');
		return slash < 0 ? ref : ref.substring(0, slash);
	}

}
