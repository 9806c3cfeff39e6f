package dev.ucare.client;

/**
 * The client is not configured for the requested operation, e.g. a REST call without a
 * secret key.
 */
public class UploadcareConfigurationException extends UploadcareException {

	public UploadcareConfigurationException(String message, int status, String detail, String requestId) {
		super(message, status, detail, requestId);
	}

	public UploadcareConfigurationException(String message, int status, String detail, String requestId,
			Throwable cause) {
		super(message, status, detail, requestId, cause);
	}

	public UploadcareConfigurationException(String message) {
		super(message);
	}

}
