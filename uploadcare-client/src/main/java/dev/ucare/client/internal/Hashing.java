package dev.ucare.client.internal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Digests and HMACs used across the client: REST request signing (HMAC-SHA1 over an MD5
 * of the body), signed uploads and webhook signatures (HMAC-SHA256), Akamai tokens and
 * the CDN prefix (SHA-256). A fresh {@link Mac} per call keeps everything thread-safe.
 */
public final class Hashing {

	public static final String HMAC_SHA1 = "HmacSHA1";

	public static final String HMAC_SHA256 = "HmacSHA256";

	private static final HexFormat HEX = HexFormat.of();

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

	/** Raw HMAC bytes. */
	public static byte[] hmac(String algorithm, byte[] key, byte[] message) {
		try {
			Mac mac = Mac.getInstance(algorithm);
			mac.init(new SecretKeySpec(key, algorithm));
			return mac.doFinal(message);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("HMAC " + algorithm + " is not available", ex);
		}
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
