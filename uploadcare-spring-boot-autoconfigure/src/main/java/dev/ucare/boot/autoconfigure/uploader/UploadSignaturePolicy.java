package dev.ucare.boot.autoconfigure.uploader;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Decides who may get a signature for browser uploads from the signature endpoint
 * ({@code uploadcare.uploader.signed-uploads=true}). Declare one as a bean; without one,
 * the default requires an authenticated user when Spring Security is on the classpath
 * (CSRF protection applies as the application configures it), and otherwise refuses every
 * request, saying that no policy is declared.
 *
 * <pre>{@code
 * &#64;Bean
 * UploadSignaturePolicy uploadSignaturePolicy() {
 *     return request -> request.getUserPrincipal() != null ? UploadSignatureDecision.allow()
 *             : UploadSignatureDecision.unauthenticated("Sign in to upload files");
 * }
 * }</pre>
 */
@FunctionalInterface
public interface UploadSignaturePolicy {

	/**
	 * @param request the request for a signature
	 * @return whether to issue one
	 */
	UploadSignatureDecision decide(HttpServletRequest request);

	/**
	 * Issues a signature to everyone: signed uploads then only stop uploads that bypass
	 * the application's pages. An explicit opt-out of access control.
	 */
	static UploadSignaturePolicy permitAll() {
		return request -> UploadSignatureDecision.allow();
	}

	/**
	 * Issues signatures only to scripts of the application's own pages: the browser's
	 * {@code Sec-Fetch-Site} header must say {@code same-origin}, or, from browsers that
	 * do not send it, the {@code Origin} header must name this server. Stops other sites
	 * from using the endpoint through their visitors' browsers; it does not stop a script
	 * outside a browser, which can forge both headers.
	 */
	static UploadSignaturePolicy sameOrigin() {
		return SameOriginPolicy.INSTANCE;
	}

	/** Both policies must allow; the first refusal wins. */
	default UploadSignaturePolicy and(UploadSignaturePolicy other) {
		return request -> {
			UploadSignatureDecision first = decide(request);
			return first.allowed() ? other.decide(request) : first;
		};
	}

}
