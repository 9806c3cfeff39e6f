package dev.ucare.client.upload;

import dev.ucare.client.files.FileInfo;

/**
 * What became of one source of an {@code uploadAll}.
 *
 * @param index position of the source in the input list
 * @param source the source
 * @param file the uploaded file, or {@code null} when it failed
 * @param failure why it failed, or {@code null} when it succeeded
 */
public record UploadOutcome(int index, UploadSource source, FileInfo file, RuntimeException failure) {

	/** Whether this source was uploaded. */
	public boolean succeeded() {
		return failure == null;
	}
}
