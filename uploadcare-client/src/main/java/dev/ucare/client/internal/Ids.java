package dev.ucare.client.internal;

import java.util.Locale;

import dev.ucare.client.cdn.UploadcareIds;

/**
 * Checks of ids that end up in request paths, so that a bad argument fails with a typed
 * error before anything is sent (the syntax itself is {@link UploadcareIds}').
 */
public final class Ids {

	private Ids() {
	}

	/** {@code uuid} lowercased, or an error naming the argument when it is not a UUID. */
	public static String uuid(String uuid) {
		if (!UploadcareIds.isUuid(uuid)) {
			throw new IllegalArgumentException("Not a file UUID: '" + uuid + "'");
		}
		return uuid.toLowerCase(Locale.ROOT);
	}

	/** {@code groupId} ({@code <uuid>~<count>}), or an error naming it. */
	public static String groupId(String groupId) {
		if (!UploadcareIds.isGroupId(groupId)) {
			throw new IllegalArgumentException("Not a group id (<uuid>~<count>): '" + groupId + "'");
		}
		return groupId.toLowerCase(Locale.ROOT);
	}

}
