package dev.ucare.boot.autoconfigure.uploader;

import java.net.URI;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

/** See {@link UploadSignaturePolicy#sameOrigin()}. */
enum SameOriginPolicy implements UploadSignaturePolicy {

	INSTANCE;

	static final String REFUSAL = "Upload signatures are only issued to this application's own pages";

	@Override
	public UploadSignatureDecision decide(HttpServletRequest request) {
		String site = request.getHeader("Sec-Fetch-Site");
		if (site != null) {
			return site.equalsIgnoreCase("same-origin") ? UploadSignatureDecision.allow()
					: UploadSignatureDecision.deny(REFUSAL);
		}
		String origin = request.getHeader("Origin");
		if (origin == null) {
			return UploadSignatureDecision.deny(REFUSAL);
		}
		try {
			URI uri = URI.create(origin.strip());
			int port = uri.getPort() != -1 ? uri.getPort() : "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
			boolean same = uri.getHost() != null && uri.getScheme() != null
					&& uri.getScheme().toLowerCase(Locale.ROOT).equals(request.getScheme().toLowerCase(Locale.ROOT))
					&& uri.getHost().equalsIgnoreCase(request.getServerName()) && port == request.getServerPort();
			return same ? UploadSignatureDecision.allow() : UploadSignatureDecision.deny(REFUSAL);
		}
		catch (IllegalArgumentException ex) {
			return UploadSignatureDecision.deny(REFUSAL);
		}
	}

}
