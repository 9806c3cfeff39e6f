package dev.ucare.client.webhooks;

import java.nio.charset.StandardCharsets;

import dev.ucare.client.internal.Arguments;
import dev.ucare.client.internal.Hashing;

/**
 * The {@code X-Uc-Signature} value Uploadcare sends with signed webhooks:
 * {@code v1=<lowercase hex HMAC-SHA256(key = UTF-8 secret, message = raw body)>}. Useful
 * for tests and for verifying deliveries; see {@link WebhookSignatureVerifier}.
 */
public final class WebhookSignatures {

	/** The signature scheme prefix. */
	public static final String V1_PREFIX = "v1=";

	/** The HTTP header carrying the signature. */
	public static final String HEADER = "X-Uc-Signature";

	private WebhookSignatures() {
	}

	/**
	 * The header value for {@code body} signed with {@code secret}.
	 * @throws IllegalArgumentException when {@code body} or {@code secret} is null or the
	 * secret is empty
	 */
	public static String sign(byte[] body, String secret) {
		Arguments.notNull(body, "body");
		Arguments.notEmpty(secret, "secret");
		return V1_PREFIX + Hashing.hmacHex(Hashing.HMAC_SHA256, secret.getBytes(StandardCharsets.UTF_8), body);
	}

}
