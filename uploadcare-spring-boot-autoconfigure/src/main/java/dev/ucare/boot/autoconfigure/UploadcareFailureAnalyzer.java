package dev.ucare.boot.autoconfigure;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Explains a missing Uploadcare public key at start-up. */
class UploadcareFailureAnalyzer extends AbstractFailureAnalyzer<UploadcarePublicKeyMissingException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, UploadcarePublicKeyMissingException cause) {
		return new FailureAnalysis("""
				The Uploadcare client could not be created: no public key is configured.

				Property 'uploadcare.public-key' is not set.""", """
				Set 'uploadcare.public-key' (environment variable UPLOADCARE_PUBLIC_KEY) to your project's public key \
				from the Uploadcare dashboard (API keys). Set 'uploadcare.secret-key' (UPLOADCARE_SECRET_KEY) as well \
				to use the REST API; without it only uploads and CDN URLs work. To provide the client yourself, \
				define an UploadcareClient bean.""", cause);
	}

}
