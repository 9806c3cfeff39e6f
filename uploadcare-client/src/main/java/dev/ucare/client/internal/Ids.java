package dev.ucare.client.internal;

import java.util.regex.Pattern;

import dev.ucare.client.UploadcareInvalidRequestException;

/** Checks of ids that end up in request paths, so that a bad argument fails before anything is sent. */
public final class Ids {

    private static final Pattern UUID = Pattern.compile("[0-9a-fA-F]{8}-(?:[0-9a-fA-F]{4}-){3}[0-9a-fA-F]{12}");

    private static final Pattern GROUP_ID = Pattern.compile("[0-9a-fA-F]{8}-(?:[0-9a-fA-F]{4}-){3}[0-9a-fA-F]{12}~[1-9][0-9]*");

    private Ids() {
    }

    /** {@code uuid} lowercased, or an error naming the argument when it is not a UUID. */
    public static String uuid(String uuid) {
        if (uuid == null || !UUID.matcher(uuid).matches()) {
            throw new UploadcareInvalidRequestException("Not a file UUID: '" + uuid + "'");
        }
        return uuid.toLowerCase(java.util.Locale.ROOT);
    }

    /** {@code groupId} ({@code <uuid>~<count>}), or an error naming it. */
    public static String groupId(String groupId) {
        if (groupId == null || !GROUP_ID.matcher(groupId).matches()) {
            throw new UploadcareInvalidRequestException("Not a group id (<uuid>~<count>): '" + groupId + "'");
        }
        return groupId.toLowerCase(java.util.Locale.ROOT);
    }

    /** Whether {@code value} is a bare UUID. */
    public static boolean isUuid(String value) {
        return value != null && UUID.matcher(value).matches();
    }
}
