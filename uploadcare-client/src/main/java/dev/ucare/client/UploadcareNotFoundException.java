package dev.ucare.client;

import org.jspecify.annotations.Nullable;

/**
 * The file, group, webhook or job does not exist (HTTP 404).
 */
public class UploadcareNotFoundException extends UploadcareException {

	public UploadcareNotFoundException(String message, int status, @Nullable String detail,
			@Nullable String requestId) {
		super(message, status, detail, requestId);
	}

	public UploadcareNotFoundException(String message, int status, @Nullable String detail, @Nullable String requestId,
			@Nullable Throwable cause) {
		super(message, status, detail, requestId, cause);
	}

	public UploadcareNotFoundException(String message) {
		super(message);
	}

}
