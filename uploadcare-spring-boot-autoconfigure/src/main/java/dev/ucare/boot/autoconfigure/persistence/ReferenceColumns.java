package dev.ucare.boot.autoconfigure.persistence;

import dev.ucare.client.cdn.UploadcareIds;
import dev.ucare.client.reference.FileReference;
import dev.ucare.client.reference.GroupReference;
import dev.ucare.client.reference.InvalidReferenceException;

import org.jspecify.annotations.Nullable;

/**
 * How file and group references are stored in a text column, by
 * {@link FileReferenceConverter} and {@link GroupReferenceConverter}: as the reference's
 * CDN URL ({@code toString()}), which keeps the CDN operations (crop, resize...), the
 * filename and the CDN base the reference carried (references bound from forms and parsed
 * from URLs carry one), so that the column is a working link anyone can open; a reference
 * without a CDN base (made from a bare UUID) is stored as its UUID, with its operations
 * and filename as a path. Either way a reference read back equals the one written. A
 * reference that names its project gets a {@code #project=<name>} fragment, which
 * browsers and {@link FileReference#parse(String)} ignore:
 *
 * <pre>
 * https://ucarecdn.com/0b1c8a64-5a3f-4d1e-9a39-9e1c1f3a5d2e/-/crop/200x200/0,0/photo.jpg
 * https://ucarecdn.com/0b1c8a64-5a3f-4d1e-9a39-9e1c1f3a5d2e~3/#project=marketing
 * 0b1c8a64-5a3f-4d1e-9a39-9e1c1f3a5d2e/-/preview/
 * </pre>
 *
 * Values are at most a few hundred characters; give the column room for long CDN
 * operations, e.g. {@code @Column(length = 1024)}. Applications that keep references in
 * plain {@code String} attributes may use the same format with {@link #write(Object)} and
 * {@link #read(String)}, or any UUID or CDN URL: the lifecycle annotations read those
 * too.
 */
public final class ReferenceColumns {

	private static final String PROJECT = "#project=";

	private ReferenceColumns() {
	}

	/**
	 * The column value of a reference.
	 * @param reference a {@link FileReference} or {@link GroupReference}, or {@code null}
	 * @return its CDN URL (or UUID path without a CDN base) with the project fragment
	 * when it names one, or {@code null}
	 */
	public static @Nullable String write(@Nullable Object reference) {
		if (reference == null) {
			return null;
		}
		String project;
		String value;
		if (reference instanceof FileReference file) {
			project = file.project();
			value = (file.cdnBase() != null) ? file.toString() : file.path();
		}
		else if (reference instanceof GroupReference group) {
			project = group.project();
			value = (group.cdnBase() != null) ? group.toString() : group.id();
		}
		else {
			throw new IllegalArgumentException("Not an Uploadcare reference: " + reference.getClass().getName());
		}
		return (project != null) ? value + PROJECT + project : value;
	}

	/**
	 * Reads a file reference written by {@link #write(Object)}, or any UUID or file CDN
	 * URL.
	 * @param column the column value, or {@code null}
	 * @return the reference, or {@code null} for {@code null} or a blank value
	 * @throws InvalidReferenceException when the value is not a file reference
	 */
	public static @Nullable FileReference readFile(@Nullable String column) {
		return read(column, FileReference.class, "is a group, not a single file");
	}

	/**
	 * Reads a group reference written by {@link #write(Object)}, or any group id or group
	 * CDN URL.
	 * @param column the column value, or {@code null}
	 * @return the reference, or {@code null} for {@code null} or a blank value
	 * @throws InvalidReferenceException when the value is not a group reference
	 */
	public static @Nullable GroupReference readGroup(@Nullable String column) {
		return read(column, GroupReference.class, "is a single file, not a group (<uuid>~<N>)");
	}

	private static <T> @Nullable T read(@Nullable String column, Class<T> kind, String otherKind) {
		Object reference = read(column);
		if (reference != null && !kind.isInstance(reference)) {
			throw new InvalidReferenceException(InvalidReferenceException.Part.KIND, column, otherKind);
		}
		return kind.cast(reference);
	}

	/**
	 * Reads a file or group reference written by {@link #write(Object)}, or any UUID,
	 * group id or CDN URL.
	 * @param column the column value, or {@code null}
	 * @return a {@link FileReference} or {@link GroupReference}, or {@code null} for
	 * {@code null} or a blank value
	 * @throws InvalidReferenceException when the value is not a reference
	 */
	public static @Nullable Object read(@Nullable String column) {
		if (column == null || column.isBlank()) {
			return null;
		}
		String value = column.strip();
		String project = null;
		int fragment = value.lastIndexOf(PROJECT);
		if (fragment >= 0) {
			project = value.substring(fragment + PROJECT.length());
			value = value.substring(0, fragment);
		}
		if (isGroup(value)) {
			return GroupReference.parse(value).withProject(project);
		}
		return FileReference.parse(value).withProject(project);
	}

	private static boolean isGroup(String value) {
		String path = value.replaceFirst("^[A-Za-z][A-Za-z0-9+.-]*://[^/]*", "");
		for (String segment : path.split("/")) {
			if (UploadcareIds.isGroupId(segment)) {
				return true;
			}
			if (UploadcareIds.isUuid(segment)) {
				return false;
			}
		}
		return false;
	}

}
