package dev.ucare.client;

/**
 * No usable response arrived: connection refused or reset, timeout while reading, DNS
 * failure.
 */
public class UploadcareNetworkException extends UploadcareException {

	public UploadcareNetworkException(String message, Throwable cause) {
		super(message, cause);
	}

}
