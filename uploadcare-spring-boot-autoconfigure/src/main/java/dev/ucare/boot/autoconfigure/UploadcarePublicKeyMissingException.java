package dev.ucare.boot.autoconfigure;

/**
 * Thrown when the auto-configured Uploadcare client is needed but
 * {@code uploadcare.public-key} is not set. {@link UploadcareFailureAnalyzer} turns it
 * into a readable start-up report.
 */
public class UploadcarePublicKeyMissingException extends IllegalStateException {

	public UploadcarePublicKeyMissingException() {
		super("Uploadcare public key is not set (property 'uploadcare.public-key')");
	}

}
