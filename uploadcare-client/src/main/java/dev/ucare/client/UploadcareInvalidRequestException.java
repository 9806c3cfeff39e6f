package dev.ucare.client;

import org.jspecify.annotations.Nullable;

/**
 * Uploadcare rejected the request as invalid (HTTP 400, or 406 for an unsupported API
 * version), or rejected part of it in its answer (e.g. a conversion path). A bad argument
 * the client detects itself is an {@link IllegalArgumentException} instead, and nothing
 * is sent.
 */
public class UploadcareInvalidRequestException extends UploadcareException {

	public UploadcareInvalidRequestException(String message, int status, @Nullable String detail,
			@Nullable String requestId) {
		super(message, status, detail, requestId);
	}

	public UploadcareInvalidRequestException(String message, int status, @Nullable String detail,
			@Nullable String requestId, @Nullable Throwable cause) {
		super(message, status, detail, requestId, cause);
	}

	public UploadcareInvalidRequestException(String message) {
		super(message);
	}

}
