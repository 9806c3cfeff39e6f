package dev.ucare.boot.autoconfigure.persistence;

import dev.ucare.boot.autoconfigure.projects.UploadcareClients;
import dev.ucare.client.reference.FileReference;
import dev.ucare.client.reference.GroupReference;
import dev.ucare.client.reference.InvalidReferenceException;

import org.jspecify.annotations.Nullable;

/**
 * What an attribute's value refers to, for the lifecycle: a file or group of a project,
 * or a value that is not a reference. Two values are the same file when kind, id and
 * project agree; CDN operations do not matter.
 *
 * @param group whether it is a group
 * @param id the file UUID or group id; the offending text when {@link #invalid} is set
 * @param project the project, or {@code null} for the default one
 * @param invalid why the value is not a reference, or {@code null}
 */
record TrackedValue(boolean group, String id, @Nullable String project, @Nullable String invalid) {

	/**
	 * @param value a state value: a reference, text, or {@code null}
	 * @param defaultProject the attribute's project for references that name none
	 * @return the value, or {@code null} for {@code null} and blank text
	 */
	static @Nullable TrackedValue of(@Nullable Object value, @Nullable String defaultProject) {
		TrackedValue tracked = read(value, defaultProject);
		if (tracked != null && UploadcareClients.DEFAULT_PROJECT.equals(tracked.project())) {
			return new TrackedValue(tracked.group(), tracked.id(), null, tracked.invalid());
		}
		return tracked;
	}

	private static @Nullable TrackedValue read(@Nullable Object value, @Nullable String defaultProject) {
		Object reference = value;
		if (value instanceof CharSequence text) {
			try {
				reference = ReferenceColumns.read(text.toString());
			}
			catch (InvalidReferenceException ex) {
				return new TrackedValue(false, ex.value(), defaultProject,
						"is not an Uploadcare file or group reference: " + ex.getMessage());
			}
		}
		if (reference == null) {
			return null;
		}
		if (reference instanceof FileReference file) {
			return new TrackedValue(false, file.uuid(), (file.project() != null) ? file.project() : defaultProject,
					null);
		}
		if (reference instanceof GroupReference group) {
			return new TrackedValue(true, group.id(), (group.project() != null) ? group.project() : defaultProject,
					null);
		}
		return new TrackedValue(false, String.valueOf(reference), defaultProject,
				"is a " + reference.getClass().getName() + ", not an Uploadcare reference");
	}

	boolean isValid() {
		return invalid == null;
	}

	/** The project's name, {@value UploadcareClients#DEFAULT_PROJECT} for the default. */
	String projectName() {
		return (project != null) ? project : UploadcareClients.DEFAULT_PROJECT;
	}

}
