package dev.ucare.boot.autoconfigure.uploader;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The default {@link UploadSignaturePolicy} without Spring Security: refuses every
 * request and says why, until the application declares its own policy.
 */
final class UndeclaredUploadSignaturePolicy implements UploadSignaturePolicy {

	static final String REFUSAL = "Upload signatures are refused: the application declares no UploadSignaturePolicy "
			+ "bean to say who may upload (see 'Browser uploads' in the uploadcare-spring-boot README)";

	@Override
	public UploadSignatureDecision decide(HttpServletRequest request) {
		return UploadSignatureDecision.deny(REFUSAL);
	}

}
