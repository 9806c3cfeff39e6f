package dev.ucare.boot.autoconfigure.uploader;

/**
 * Records what the signature endpoint answered. The Micrometer implementation
 * ({@code UploadcareMeters}) counts {@code uploadcare.uploader.signatures} with tag
 * {@code outcome}.
 */
@FunctionalInterface
public interface UploadSignatureMetrics {

	/** Records nothing. */
	UploadSignatureMetrics NONE = outcome -> {
	};

	/** What the endpoint answered. */
	enum Outcome {

		/** A signature was issued. */
		ISSUED,

		/** The policy refused. */
		REFUSED,

		/** The client asked too often. */
		THROTTLED;

		/** The tag value. */
		public String tag() {
			return name().toLowerCase(java.util.Locale.ROOT);
		}

	}

	/** Records one answer. */
	void record(Outcome outcome);

	/**
	 * Called once when the signature endpoint is set up, so that an implementation can
	 * create its meters (at 0) before the first request.
	 */
	default void signatureEndpointCreated() {
	}

}
