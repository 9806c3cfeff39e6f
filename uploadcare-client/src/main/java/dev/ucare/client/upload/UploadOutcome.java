package dev.ucare.client.upload;

import dev.ucare.client.files.FileInfo;
import dev.ucare.client.internal.Arguments;

import org.jspecify.annotations.Nullable;

/**
 * What became of one source of an {@code uploadAll}.
 *
 * @param index position of the source in the input list
 * @param source the source
 * @param file the uploaded file, or {@code null} when it failed
 * @param failure why it failed, or {@code null} when it succeeded
 */
public record UploadOutcome(int index, UploadSource source, @Nullable FileInfo file,
		@Nullable RuntimeException failure) {

	/**
	 * @throws IllegalArgumentException when {@code source} is {@code null}
	 */
	public UploadOutcome {
		Arguments.notNull(source, "source");
	}

	/** Whether this source was uploaded. */
	public boolean succeeded() {
		return failure == null;
	}
}
