package dev.ucare.client.cdn;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * Shared CDN path syntax: escaping, validation of raw operations and rendering of
 * operation lists.
 */
final class CdnSyntax {

	/** A path segment made of URI path characters or {@code %XX} escapes. */
	private static final Pattern SEGMENT = Pattern.compile("(?:[A-Za-z0-9\\-._~!$&'()*+,;=:@]|%[0-9A-Fa-f]{2})+");

	private static final Pattern AMOUNT = Pattern.compile("\\d+[%p]?");

	private static final Pattern COLOR = Pattern.compile("[0-9a-fA-F]{3}|[0-9a-fA-F]{4}|[0-9a-fA-F]{6}|[0-9a-fA-F]{8}");

	private static final String UNRESERVED = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~";

	/**
	 * Operations written right after the UUID, without the {@code -/} marker, when they
	 * come first.
	 */
	static final List<String> DIRECTIVES = List.of("detect_faces", "gif2video");

	private CdnSyntax() {
	}

	static boolean isDirective(String operation) {
		return DIRECTIVES.contains(operation);
	}

	/**
	 * Appends {@code -/op/} for every operation; a leading directive is written as
	 * {@code op/}.
	 */
	static void appendOperations(StringBuilder path, List<String> operations) {
		for (int i = 0; i < operations.size(); i++) {
			String op = operations.get(i);
			if (!(i == 0 && isDirective(op))) {
				path.append("-/");
			}
			path.append(op).append('/');
		}
	}

	/**
	 * Validates one raw operation such as {@code resize/200x}: safe, URI-safe segments
	 * ({@link #checkSegment}), none of them {@code -}.
	 * @throws InvalidCdnUrlException naming the operation and its bad part
	 */
	static String requireOperation(@Nullable String operation) {
		if (operation == null || operation.isEmpty()) {
			throw new InvalidCdnUrlException("Empty CDN operation: '" + operation + "'", "''");
		}
		String context = "CDN operation '" + operation + "'";
		for (String segment : operation.split("/", -1)) {
			checkSegment(context, segment);
			if (segment.equals("-") || !SEGMENT.matcher(segment).matches()) {
				throw new InvalidCdnUrlException(
						"Invalid " + context + ": segment '" + segment + "' has characters a CDN path cannot carry",
						segment);
			}
		}
		return operation;
	}

	/**
	 * Refuses a path segment that could make a client resolve the path to another
	 * resource: empty, a dot segment (also as {@code %2E}), {@code ?}, {@code #}, a
	 * backslash, a control character, a percent-encoded slash or control character.
	 * @param context names the input in the message
	 * @throws InvalidCdnUrlException naming the input and the bad part
	 */
	static void checkSegment(String context, String segment) {
		if (segment.isEmpty()) {
			throw new InvalidCdnUrlException("Invalid " + context + ": empty segment ''", "''");
		}
		String dots = segment.replace("%2e", ".").replace("%2E", ".");
		if (dots.equals(".") || dots.equals("..")) {
			throw new InvalidCdnUrlException("Invalid " + context + ": dot segment '" + segment + "'", segment);
		}
		for (int i = 0; i < segment.length(); i++) {
			char c = segment.charAt(i);
			if (c == '?' || c == '#' || c == '\\' || c < 0x20 || c == 0x7f) {
				String shown = c < 0x20 || c == 0x7f ? String.format("\\u%04x", (int) c) : String.valueOf(c);
				throw new InvalidCdnUrlException("Invalid " + context + ": '" + shown + "' in segment '" + segment
						+ "' (a query, fragment, backslash or control character)", shown);
			}
			if (c == '%' && isHex(segment, i + 1) && isHex(segment, i + 2)) {
				int value = Integer.parseInt(segment.substring(i + 1, i + 3), 16);
				if (value == '/' || value < 0x20 || value == 0x7f) {
					String escape = segment.substring(i, i + 3);
					throw new InvalidCdnUrlException(
							"Invalid " + context + ": percent-encoded " + (value == '/' ? "slash" : "control character")
									+ " '" + escape + "' in segment '" + segment + "'",
							escape);
				}
			}
		}
	}

	/**
	 * A pixel or percent amount ({@code 50}, {@code 50%}, {@code 50p}) with {@code %}
	 * written as {@code p}.
	 */
	static String amount(String name, @Nullable String value) {
		if (value == null || !AMOUNT.matcher(value).matches()) {
			throw new IllegalArgumentException(
					name + " must be a non-negative number of pixels or percent (e.g. 50, 50%, 50p): '" + value + "'");
		}
		return value.replace('%', 'p');
	}

	/** A hex colour of 3, 4, 6 or 8 digits, without {@code #}. */
	static String color(String name, @Nullable String value) {
		if (value == null || !COLOR.matcher(value).matches()) {
			throw new IllegalArgumentException(
					name + " must be a hex colour of 3, 4, 6 or 8 digits without '#': '" + value + "'");
		}
		return value;
	}

	static int range(String name, int value, int min, int max) {
		if (value < min || value > max) {
			throw new IllegalArgumentException(name + " must be between " + min + " and " + max + ": " + value);
		}
		return value;
	}

	static int positive(String name, int value) {
		if (value <= 0) {
			throw new IllegalArgumentException(name + " must be positive: " + value);
		}
		return value;
	}

	/**
	 * Overlay text: {@code ~}→{@code ~~}, {@code /}→{@code ~s}, newline→{@code ~n}, then
	 * UTF-8 {@code %XX}.
	 */
	static String escapeText(String text) {
		String escaped = percentEncode(text.replace("~", "~~").replace("/", "~s").replace("\n", "~n"));
		return escaped.equals("-") ? "%2D" : escaped;
	}

	/**
	 * Percent-encodes everything but RFC 3986 unreserved characters, with uppercase hex.
	 */
	static String percentEncode(String value) {
		StringBuilder out = new StringBuilder();
		for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
			int c = b & 0xff;
			if (c < 0x80 && UNRESERVED.indexOf(c) >= 0) {
				out.append((char) c);
			}
			else {
				out.append('%')
					.append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
					.append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
			}
		}
		return out.toString();
	}

	/** Decodes {@code %XX} escapes as UTF-8; a {@code +} stays a plus. */
	static String percentDecode(String value) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		int start = 0;
		for (int i = 0; i < value.length(); i++) {
			if (value.charAt(i) == '%' && isHex(value, i + 1) && isHex(value, i + 2)) {
				out.writeBytes(value.substring(start, i).getBytes(StandardCharsets.UTF_8));
				out.write(Integer.parseInt(value.substring(i + 1, i + 3), 16));
				i += 2;
				start = i + 1;
			}
		}
		out.writeBytes(value.substring(start).getBytes(StandardCharsets.UTF_8));
		return out.toString(StandardCharsets.UTF_8);
	}

	private static boolean isHex(String s, int i) {
		return i < s.length() && Character.digit(s.charAt(i), 16) >= 0;
	}

}
