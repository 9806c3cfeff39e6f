package dev.ucare.client.upload;

/**
 * Receives an upload's progress: {@code done} never decreases and ends at {@code total}.
 * Direct uploads report once, when the file is accepted; multipart uploads after every
 * part; from-URL uploads on every status poll that carries a size, and once at the end.
 * Calls never overlap (they may come from different threads, one at a time). Exceptions
 * thrown by the listener are ignored.
 */
@FunctionalInterface
public interface UploadProgressListener {

	/** A listener that ignores everything. */
	UploadProgressListener NONE = progress -> {
	};

	void onProgress(UploadProgress progress);

}
