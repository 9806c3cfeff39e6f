package dev.ucare.boot.autoconfigure.persistence;

/** What the entity lifecycle does with a file after a commit. */
public enum EntityFileAction {

	/** Stores the file (or the group's files), see {@link UploadcareStore}. */
	STORE,

	/** Deletes the file (or the group's files), see {@link UploadcareDeleteOnRemove}. */
	DELETE;

	/** The value of the {@code action} meter tag. */
	public String tag() {
		return name().toLowerCase(java.util.Locale.ROOT);
	}

}
