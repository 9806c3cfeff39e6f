package dev.ucare.emulator.http;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.jspecify.annotations.Nullable;

/** Digest and HMAC helpers producing lowercase hex. */
public final class Hashes {

	private Hashes() {
	}

	public static String hmacHex(String algorithm, String key, byte[] message) {
		try {
			Mac mac = Mac.getInstance(algorithm);
			mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), algorithm));
			return HexFormat.of().formatHex(mac.doFinal(message));
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException(e);
		}
	}

	public static String hmacSha256(String key, String message) {
		return hmacHex("HmacSHA256", key, message.getBytes(StandardCharsets.UTF_8));
	}

	public static String hmacSha256(String key, byte[] message) {
		return hmacHex("HmacSHA256", key, message);
	}

	public static String hmacSha1(String key, String message) {
		return hmacHex("HmacSHA1", key, message.getBytes(StandardCharsets.UTF_8));
	}

	public static MessageDigest digest(String algorithm) {
		try {
			return MessageDigest.getInstance(algorithm);
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException(e);
		}
	}

	public static String hex(String algorithm, byte[] data) {
		return HexFormat.of().formatHex(digest(algorithm).digest(data));
	}

	/** Constant-time comparison of two strings. */
	public static boolean same(@Nullable String a, @Nullable String b) {
		if (a == null || b == null) {
			return false;
		}
		return MessageDigest.isEqual(a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
	}

}
