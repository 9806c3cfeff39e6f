package dev.ucare.client;

/**
 * The server rejected the request as invalid (HTTP 400, or 406 for an unsupported API
 * version), or the client refused to send it because an argument breaks a documented
 * rule.
 */
public class UploadcareInvalidRequestException extends UploadcareException {

	public UploadcareInvalidRequestException(String message, int status, String detail, String requestId) {
		super(message, status, detail, requestId);
	}

	public UploadcareInvalidRequestException(String message, int status, String detail, String requestId,
			Throwable cause) {
		super(message, status, detail, requestId, cause);
	}

	public UploadcareInvalidRequestException(String message) {
		super(message);
	}

}
