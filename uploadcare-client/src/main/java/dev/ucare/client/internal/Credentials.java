package dev.ucare.client.internal;

import org.jspecify.annotations.Nullable;

/**
 * A project's key pair. The secret is optional (upload-only mode) and never appears in
 * {@link #toString()}.
 *
 * @param publicKey the project's public key
 * @param secretKey the project's secret key, or {@code null}
 */
public record Credentials(String publicKey, @Nullable String secretKey) {

	public Credentials {
		if (publicKey == null || publicKey.isBlank()) {
			throw new IllegalArgumentException("publicKey is required");
		}
		if (secretKey != null && secretKey.isBlank()) {
			secretKey = null;
		}
	}

	/**
	 * Whether a secret key is present, i.e. REST calls and signed uploads are possible.
	 */
	public boolean hasSecret() {
		return secretKey != null;
	}

	@Override
	public String toString() {
		return "Credentials[publicKey=" + publicKey + ", secretKey=" + (secretKey == null ? "<none>" : "******") + "]";
	}
}
