package dev.ucare.client;

import org.jspecify.annotations.Nullable;

/**
 * An Upload API operation failed: a rejected upload, a from-URL job that ended in
 * {@code error}, or a multipart upload that could not complete.
 */
public class UploadcareUploadException extends UploadcareException {

	public UploadcareUploadException(String message, int status, @Nullable String detail, @Nullable String requestId) {
		super(message, status, detail, requestId);
	}

	public UploadcareUploadException(String message, int status, @Nullable String detail, @Nullable String requestId,
			@Nullable Throwable cause) {
		super(message, status, detail, requestId, cause);
	}

	public UploadcareUploadException(String message) {
		super(message);
	}

}
