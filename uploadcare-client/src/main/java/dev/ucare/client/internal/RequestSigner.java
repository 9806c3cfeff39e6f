package dev.ucare.client.internal;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Locale;

/**
 * Uploadcare's signed REST scheme: HMAC-SHA1 over
 * {@code METHOD\nmd5(body)\ncontent-type\ndate\nURI} keyed with the secret, where URI is
 * the raw path plus {@code ?query} exactly as sent.
 */
public final class RequestSigner {

	private static final String[] DAYS = { "Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun" };

	private static final String[] MONTHS = { "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct",
			"Nov", "Dec" };

	private RequestSigner() {
	}

	/**
	 * The {@code Date} header value for {@code instant}: RFC 1123 in GMT with a
	 * zero-padded day, as every Uploadcare SDK and the docs use
	 * ({@code Sat, 02 Oct 2021 00:00:00 GMT}). Written by hand: a
	 * {@code DateTimeFormatter} with names would load the JVM's locale data on the first
	 * request.
	 */
	public static String formatDate(Instant instant) {
		LocalDateTime time = LocalDateTime.ofEpochSecond(instant.getEpochSecond(), 0, ZoneOffset.UTC);
		StringBuilder out = new StringBuilder(29).append(DAYS[time.getDayOfWeek().ordinal()]).append(", ");
		twoDigits(out, time.getDayOfMonth()).append(' ').append(MONTHS[time.getMonthValue() - 1]).append(' ');
		String year = Integer.toString(time.getYear());
		out.append("0".repeat(Math.max(0, 4 - year.length()))).append(year).append(' ');
		twoDigits(out, time.getHour()).append(':');
		twoDigits(out, time.getMinute()).append(':');
		return twoDigits(out, time.getSecond()).append(" GMT").toString();
	}

	private static StringBuilder twoDigits(StringBuilder out, int value) {
		return out.append((char) ('0' + value / 10)).append((char) ('0' + value % 10));
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
