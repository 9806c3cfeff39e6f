package dev.ucare.boot.autoconfigure.uploader;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.security.authentication.AuthenticationTrustResolver;
import org.springframework.security.authentication.AuthenticationTrustResolverImpl;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The default {@link UploadSignaturePolicy} with Spring Security: a signature for every
 * authenticated (not anonymous) user. CSRF protection is Spring Security's: with it on,
 * requests without the token never reach the endpoint.
 */
public final class AuthenticatedUploadSignaturePolicy implements UploadSignaturePolicy {

	static final String REFUSAL = "Sign in to upload files";

	private final AuthenticationTrustResolver trustResolver = new AuthenticationTrustResolverImpl();

	@Override
	public UploadSignatureDecision decide(HttpServletRequest request) {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return trustResolver.isAuthenticated(authentication) ? UploadSignatureDecision.allow()
				: UploadSignatureDecision.unauthenticated(REFUSAL);
	}

}
