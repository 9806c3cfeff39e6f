package dev.ucare.client.upload;

import dev.ucare.client.UploadcareUploadException;
import dev.ucare.client.files.FileInfo;

/**
 * {@code startFromUrl} with duplicate checking found an earlier upload of the same URL,
 * so no job was started. {@link #file()} is that earlier file; {@code fromUrl} returns it
 * instead of failing.
 */
public class DuplicateUrlException extends UploadcareUploadException {

	private final transient FileInfo file;

	public DuplicateUrlException(String url, FileInfo file) {
		super(url + " was uploaded before as " + file.uuid(), 200, null, null);
		this.file = file;
	}

	/** The file uploaded earlier from the same URL. */
	public FileInfo file() {
		return file;
	}

}
