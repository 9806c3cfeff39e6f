package dev.ucare.client;

import java.time.Duration;

/**
 * Receives notable client events, e.g. to feed metrics. Implementations must be fast and
 * thread-safe; they are called on the calling or uploading thread. Exceptions they throw
 * are ignored.
 */
public interface UploadcareObserver {

	/** An observer that ignores everything. */
	UploadcareObserver NONE = new UploadcareObserver() {
	};

	/**
	 * A request is about to be retried.
	 * @param api {@code "rest"} or {@code "upload"}
	 * @param reason {@code "throttled"}, {@code "server_error"} or {@code "network"}
	 * @param attempt number of the retry about to run, from 1
	 * @param delay wait before it
	 */
	default void onRetry(String api, String reason, int attempt, Duration delay) {
	}

	/**
	 * An upload finished, successfully or not.
	 * @param method {@code "direct"}, {@code "multipart"} or {@code "url"}
	 * @param bytes bytes sent (or reported by the server for URL uploads; 0 when unknown)
	 * @param duration wall time of the whole upload
	 * @param success whether it produced a file
	 */
	default void onUpload(String method, long bytes, Duration duration, boolean success) {
	}

}
