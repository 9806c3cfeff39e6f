package dev.ucare.boot.autoconfigure.uploader;

import org.jspecify.annotations.Nullable;

import org.springframework.util.Assert;

/**
 * What an {@link UploadSignaturePolicy} decided about one request for an upload
 * signature.
 *
 * @param allowed whether a signature is issued
 * @param status HTTP status of a refusal (401 or 403); 200 when allowed
 * @param reason why it was refused, shown to the caller; {@code null} when allowed
 */
public record UploadSignatureDecision(boolean allowed, int status, @Nullable String reason) {

	private static final UploadSignatureDecision ALLOW = new UploadSignatureDecision(true, 200, null);

	public UploadSignatureDecision {
		if (allowed && status != 200 || !allowed && (status < 400 || status > 499)) {
			throw new IllegalArgumentException("A grant has status 200, a refusal a 4xx status: " + status);
		}
		if (!allowed) {
			Assert.notNull(reason, "a refusal needs a reason");
		}
	}

	/** A signature is issued. */
	public static UploadSignatureDecision allow() {
		return ALLOW;
	}

	/** Refused with 403 Forbidden. */
	public static UploadSignatureDecision deny(String reason) {
		return new UploadSignatureDecision(false, 403, reason);
	}

	/** Refused with 401 Unauthorized: the caller must sign in first. */
	public static UploadSignatureDecision unauthenticated(String reason) {
		return new UploadSignatureDecision(false, 401, reason);
	}

}
