package dev.ucare.client;

/**
 * The server refused the credentials (HTTP 401 or 403): wrong public key, wrong secret,
 * bad signature, or a clock too far from the server's.
 */
public class UploadcareAuthenticationException extends UploadcareException {

	public UploadcareAuthenticationException(String message, int status, String detail, String requestId) {
		super(message, status, detail, requestId);
	}

	public UploadcareAuthenticationException(String message, int status, String detail, String requestId,
			Throwable cause) {
		super(message, status, detail, requestId, cause);
	}

	public UploadcareAuthenticationException(String message) {
		super(message);
	}

}
