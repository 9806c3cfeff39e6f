package dev.ucare.client;

import org.jspecify.annotations.Nullable;

/**
 * A wait (from-URL upload, conversion, add-on) passed its deadline before the job
 * finished.
 */
public class UploadcareTimeoutException extends UploadcareException {

	public UploadcareTimeoutException(String message, int status, @Nullable String detail, @Nullable String requestId) {
		super(message, status, detail, requestId);
	}

	public UploadcareTimeoutException(String message, int status, @Nullable String detail, @Nullable String requestId,
			@Nullable Throwable cause) {
		super(message, status, detail, requestId, cause);
	}

	public UploadcareTimeoutException(String message) {
		super(message);
	}

}
