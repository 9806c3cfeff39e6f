package dev.ucare.client;

import org.jspecify.annotations.Nullable;

/**
 * The server refused the credentials (HTTP 401 or 403): wrong public key, wrong secret,
 * bad signature, or a clock too far from the server's.
 */
public class UploadcareAuthenticationException extends UploadcareException {

	public UploadcareAuthenticationException(String message, int status, @Nullable String detail,
			@Nullable String requestId) {
		super(message, status, detail, requestId);
	}

	public UploadcareAuthenticationException(String message, int status, @Nullable String detail,
			@Nullable String requestId, @Nullable Throwable cause) {
		super(message, status, detail, requestId, cause);
	}

	public UploadcareAuthenticationException(String message) {
		super(message);
	}

}
