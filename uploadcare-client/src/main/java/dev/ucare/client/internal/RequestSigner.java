package dev.ucare.client.internal;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Uploadcare's signed REST scheme: HMAC-SHA1 over
 * {@code METHOD\nmd5(body)\ncontent-type\ndate\nURI} keyed with the secret, where URI is
 * the raw path plus {@code ?query} exactly as sent.
 */
public final class RequestSigner {

	/**
	 * RFC 1123 with a zero-padded day, as every Uploadcare SDK and the docs use
	 * ({@code Sat, 02 Oct 2021 ...}).
	 */
	private static final DateTimeFormatter DATE = DateTimeFormatter
		.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.US)
		.withZone(ZoneOffset.UTC);

	private RequestSigner() {
	}

	/** The {@code Date} header value for {@code instant}. */
	public static String formatDate(Instant instant) {
		return DATE.format(instant);
	}

	/** The string to sign, five parts joined with LF and no trailing newline. */
	public static String stringToSign(String method, byte[] body, String contentType, String date, String uri) {
		return String.join("\n", method.toUpperCase(Locale.ROOT), Hashing.md5Hex(body), contentType, date, uri);
	}

	/** Lowercase hex HMAC-SHA1 signature of a request. */
	public static String sign(String secretKey, String method, byte[] body, String contentType, String date,
			String uri) {
		return Hashing.hmacHex(Hashing.HMAC_SHA1, secretKey, stringToSign(method, body, contentType, date, uri));
	}

}
