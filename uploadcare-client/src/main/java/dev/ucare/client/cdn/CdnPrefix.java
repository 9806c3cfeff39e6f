package dev.ucare.client.cdn;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;

import dev.ucare.client.internal.Arguments;
import dev.ucare.client.internal.Hashing;

/**
 * The per-project CDN subdomain prefix: the first 10 characters of base-36 (digits,
 * lowercase letters, no zero padding) of SHA-256 of the public key read as an unsigned
 * big-endian integer. {@code demopublickey} gives {@code 1s4oyld5dc}.
 */
public final class CdnPrefix {

	/** The DNS zone of per-project subdomains. */
	public static final String ZONE = "ucarecd.net";

	private static final int LENGTH = 10;

	private CdnPrefix() {
	}

	/**
	 * The prefix for {@code publicKey}.
	 * @throws IllegalArgumentException when the key is null or blank
	 */
	public static String of(String publicKey) {
		if (Arguments.notNull(publicKey, "publicKey").isBlank()) {
			throw new IllegalArgumentException("Public key must not be blank: '" + publicKey + "'");
		}
		String base36 = new BigInteger(1, Hashing.sha256(publicKey.getBytes(StandardCharsets.UTF_8))).toString(36);
		return base36.length() <= LENGTH ? base36 : base36.substring(0, LENGTH);
	}

}
