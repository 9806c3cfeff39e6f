package dev.ucare.client.cdn;

import java.util.Locale;
import java.util.regex.Pattern;

import dev.ucare.client.internal.Arguments;

import org.jspecify.annotations.Nullable;

import org.springframework.lang.Contract;

/**
 * Validation of Uploadcare file UUIDs ({@code 8-4-4-4-12} hex) and group ids
 * ({@code <uuid>~<N>}, N ≥ 1). Both are accepted in either case and returned in
 * lowercase.
 */
public final class UploadcareIds {

	static final String UUID_REGEX = "[0-9a-f]{8}-(?:[0-9a-f]{4}-){3}[0-9a-f]{12}";

	private static final Pattern UUID = Pattern.compile(UUID_REGEX, Pattern.CASE_INSENSITIVE);

	private static final Pattern GROUP = Pattern.compile("(" + UUID_REGEX + ")~([1-9][0-9]{0,8})",
			Pattern.CASE_INSENSITIVE);

	private UploadcareIds() {
	}

	/** Whether {@code value} is a file UUID. */
	@Contract("null -> false")
	public static boolean isUuid(@Nullable String value) {
		return value != null && UUID.matcher(value).matches();
	}

	/**
	 * Whether {@code value} is a group id such as
	 * {@code d496a4df-0b36-4281-8156-268ae9524d4a~2}.
	 */
	@Contract("null -> false")
	public static boolean isGroupId(@Nullable String value) {
		return value != null && GROUP.matcher(value).matches();
	}

	/**
	 * Returns the lowercase UUID.
	 * @throws IllegalArgumentException naming the value when it is not a UUID
	 */
	public static String requireUuid(@Nullable String value) {
		if (!isUuid(value)) {
			throw new IllegalArgumentException("Not an Uploadcare file UUID: '" + value + "'");
		}
		return value.toLowerCase(Locale.ROOT);
	}

	/**
	 * Returns the lowercase group id.
	 * @throws IllegalArgumentException naming the value when it is not a
	 * {@code <uuid>~<N>} group id
	 */
	public static String requireGroupId(@Nullable String value) {
		if (!isGroupId(value)) {
			throw new IllegalArgumentException("Not an Uploadcare group id (<uuid>~<N>): '" + value + "'");
		}
		return value.toLowerCase(Locale.ROOT);
	}

	/** The file count N of a valid group id. */
	public static int groupSize(String groupId) {
		String id = requireGroupId(Arguments.notNull(groupId, "groupId"));
		return Integer.parseInt(id.substring(id.indexOf('~') + 1));
	}

}
