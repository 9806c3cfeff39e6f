package dev.ucare.client.webhooks;

import java.util.Locale;

import dev.ucare.client.internal.Arguments;
import dev.ucare.client.internal.Hashing;

import org.jspecify.annotations.Nullable;

/**
 * Checks the {@code X-Uc-Signature} header of an incoming webhook against the raw request
 * body. The whole header string {@code v1=<hex>} is compared in constant time, its hex
 * digits in either case. Immutable and thread-safe; {@link #toString()} hides the secret.
 */
public final class WebhookSignatureVerifier {

	private final String secret;

	/**
	 * @param signingSecret the {@code signing_secret} set on the webhook
	 * @throws IllegalArgumentException when the secret is null or empty
	 */
	public WebhookSignatureVerifier(String signingSecret) {
		Arguments.notEmpty(signingSecret, "signingSecret");
		this.secret = signingSecret;
	}

	/**
	 * Whether {@code signatureHeader} is the {@code v1} signature of {@code rawBody}.
	 * Returns {@code false} (never throws) for a null body, a null, empty or malformed
	 * header, or another signature version.
	 * @param rawBody the request body exactly as received, before any JSON parsing
	 * @param signatureHeader the {@code X-Uc-Signature} header value
	 */
	public boolean verify(byte @Nullable [] rawBody, @Nullable String signatureHeader) {
		if (rawBody == null || signatureHeader == null || !signatureHeader.startsWith(WebhookSignatures.V1_PREFIX)) {
			return false;
		}
		// hex digits in either case: lowercasing the header reveals nothing about the
		// secret, and the comparison itself takes the same time wherever they differ
		return Hashing.constantTimeEquals(WebhookSignatures.sign(rawBody, secret),
				signatureHeader.toLowerCase(Locale.ROOT));
	}

	@Override
	public String toString() {
		return "WebhookSignatureVerifier[secret=****]";
	}

}
