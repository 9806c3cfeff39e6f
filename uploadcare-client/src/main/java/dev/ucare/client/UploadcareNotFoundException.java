package dev.ucare.client;

/**
 * The file, group, webhook or job does not exist (HTTP 404).
 */
public class UploadcareNotFoundException extends UploadcareException {

	public UploadcareNotFoundException(String message, int status, String detail, String requestId) {
		super(message, status, detail, requestId);
	}

	public UploadcareNotFoundException(String message, int status, String detail, String requestId, Throwable cause) {
		super(message, status, detail, requestId, cause);
	}

	public UploadcareNotFoundException(String message) {
		super(message);
	}

}
