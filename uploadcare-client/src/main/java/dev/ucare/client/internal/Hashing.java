package dev.ucare.client.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Digests and HMACs used across the client: REST request signing (HMAC-SHA1 over an MD5
 * of the body), signed uploads and webhook signatures (HMAC-SHA256), Akamai tokens and
 * the CDN prefix (SHA-256). A fresh {@link MessageDigest} per call keeps everything
 * thread-safe.
 */
public final class Hashing {

	public static final String HMAC_SHA1 = "HmacSHA1";

	public static final String HMAC_SHA256 = "HmacSHA256";

	private static final HexFormat HEX = HexFormat.of();

	/** Block size of SHA-1 and SHA-256, in bytes. */
	private static final int HMAC_BLOCK = 64;

	private Hashing() {
	}

	/** Lowercase hex HMAC of {@code message} under {@code key}. */
	public static String hmacHex(String algorithm, byte[] key, byte[] message) {
		return HEX.formatHex(hmac(algorithm, key, message));
	}

	/** Lowercase hex HMAC of the UTF-8 {@code message} under the UTF-8 {@code key}. */
	public static String hmacHex(String algorithm, String key, String message) {
		return hmacHex(algorithm, key.getBytes(StandardCharsets.UTF_8), message.getBytes(StandardCharsets.UTF_8));
	}

	/**
	 * Raw HMAC bytes (RFC 2104) of {@code message} under {@code key}, for
	 * {@link #HMAC_SHA1} or {@link #HMAC_SHA256}. Computed over the JDK's
	 * {@link MessageDigest}: the result is that of {@code javax.crypto.Mac}, without
	 * setting up the JCE framework (its provider list and crypto policy) on a fresh JVM's
	 * first signed request.
	 * @throws IllegalArgumentException for any other algorithm
	 */
	public static byte[] hmac(String algorithm, byte[] key, byte[] message) {
		MessageDigest digest = digest(switch (algorithm) {
			case HMAC_SHA1 -> "SHA-1";
			case HMAC_SHA256 -> "SHA-256";
			default -> throw new IllegalArgumentException("Unsupported HMAC algorithm: " + algorithm);
		});
		byte[] block = new byte[HMAC_BLOCK];
		byte[] k = (key.length > HMAC_BLOCK) ? digest.digest(key) : key;
		System.arraycopy(k, 0, block, 0, k.length);
		for (int i = 0; i < HMAC_BLOCK; i++) {
			block[i] ^= 0x36;
		}
		digest.update(block);
		byte[] inner = digest.digest(message);
		for (int i = 0; i < HMAC_BLOCK; i++) {
			block[i] ^= 0x36 ^ 0x5c;
		}
		digest.update(block);
		return digest.digest(inner);
	}

	/** Lowercase hex MD5 of {@code bytes}. */
	public static String md5Hex(byte[] bytes) {
		return HEX.formatHex(digest("MD5").digest(bytes));
	}

	/** SHA-256 digest of {@code bytes}. */
	public static byte[] sha256(byte[] bytes) {
		return digest("SHA-256").digest(bytes);
	}

	/** Lowercase hex of {@code bytes}. */
	public static String hex(byte[] bytes) {
		return HEX.formatHex(bytes);
	}

	/** Bytes of a hex string (either case). */
	public static byte[] unhex(String hex) {
		return HEX.parseHex(hex);
	}

	/** Constant-time comparison of two strings' UTF-8 bytes. */
	public static boolean constantTimeEquals(String a, String b) {
		return MessageDigest.isEqual(a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
	}

	private static MessageDigest digest(String algorithm) {
		try {
			return MessageDigest.getInstance(algorithm);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(algorithm + " is not available", ex);
		}
	}

}
