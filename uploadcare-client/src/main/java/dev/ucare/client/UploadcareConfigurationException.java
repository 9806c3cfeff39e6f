package dev.ucare.client;

import org.jspecify.annotations.Nullable;

/**
 * The client is not configured for the requested operation, e.g. a REST call without a
 * secret key.
 */
public class UploadcareConfigurationException extends UploadcareException {

	public UploadcareConfigurationException(String message, int status, @Nullable String detail,
			@Nullable String requestId) {
		super(message, status, detail, requestId);
	}

	public UploadcareConfigurationException(String message, int status, @Nullable String detail,
			@Nullable String requestId, @Nullable Throwable cause) {
		super(message, status, detail, requestId, cause);
	}

	public UploadcareConfigurationException(String message) {
		super(message);
	}

}
