package dev.ucare.boot.autoconfigure;

import dev.ucare.client.UploadcareConfigurationException;

/**
 * The auto-configured Uploadcare client cannot be created from the application's
 * configuration. Names the property at fault and what to do;
 * {@link UploadcareFailureAnalyzer} turns it into the start-up report.
 */
public class InvalidUploadcareConfigurationException extends IllegalStateException {

	private final String property;

	private final String action;

	InvalidUploadcareConfigurationException(String message, String property, String action, Throwable cause) {
		super(message, cause);
		this.property = property;
		this.action = action;
	}

	/**
	 * The property at fault.
	 * @return its name, e.g. {@code uploadcare.public-key}
	 */
	public String property() {
		return property;
	}

	/**
	 * What to change.
	 * @return the suggested action
	 */
	public String action() {
		return action;
	}

	/**
	 * Explains a failure to build the client from the sources it was configured from.
	 * @param failure what the client's builder threw
	 * @param connectionDetails the connection details in use
	 * @param properties the bound properties
	 * @return the explanation, or {@code failure} when it has no known configuration
	 * cause
	 */
	static RuntimeException explain(UploadcareConfigurationException failure,
			UploadcareConnectionDetails connectionDetails, UploadcareProperties properties) {
		if (UploadcarePropertyValues.valueOrNull(connectionDetails.getPublicKey()) == null) {
			return new InvalidUploadcareConfigurationException(
					"The Uploadcare client could not be created: no public key is configured", "uploadcare.public-key",
					"""
							Set 'uploadcare.public-key' (environment variable UPLOADCARE_PUBLIC_KEY) to your project's \
							public key from the Uploadcare dashboard (API keys). Set 'uploadcare.secret-key' \
							(UPLOADCARE_SECRET_KEY) as well to use the REST API; without it only uploads and CDN URLs \
							work. To provide the keys another way, define an UploadcareConnectionDetails bean; to \
							provide the client yourself, define an UploadcareClient bean.""", failure);
		}
		if (properties.upload().signed()
				&& UploadcarePropertyValues.valueOrNull(connectionDetails.getSecretKey()) == null) {
			return new InvalidUploadcareConfigurationException(
					"Signed uploads ('uploadcare.upload.signed=true') need the project's secret key, and none is configured",
					"uploadcare.upload.signed", """
							Set 'uploadcare.secret-key' (environment variable UPLOADCARE_SECRET_KEY) to your project's \
							secret key, or set 'uploadcare.upload.signed=false' if the project does not require signed \
							uploads.""", failure);
		}
		return failure;
	}

}
