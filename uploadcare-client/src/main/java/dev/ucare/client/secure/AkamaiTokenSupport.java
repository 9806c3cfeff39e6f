package dev.ucare.client.secure;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.ucare.client.internal.Arguments;
import dev.ucare.client.internal.Hashing;

/**
 * The parts shared by both Akamai token builders: handle to path, expiry, HMAC-SHA256 and
 * URL assembly.
 */
abstract sealed class AkamaiTokenSupport implements SecureUrlBuilder
		permits AkamaiAclTokenBuilder, AkamaiUrlTokenBuilder {

	/** The default token lifetime, 300 seconds. */
	static final Duration DEFAULT_WINDOW = Duration.ofSeconds(300);

	private static final Pattern HOST = Pattern.compile("[A-Za-z0-9](?:[A-Za-z0-9.-]*[A-Za-z0-9])?(?::\\d{1,5})?");

	private static final Pattern HEX = Pattern.compile("(?:[0-9a-fA-F]{2})+");

	private static final Pattern URL = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*://[^/?#]*([^?#]*)");

	private static final String FORM_SAFE = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_.-~,";

	private final String cdnHost;

	private final byte[] key;

	private final Duration window;

	private final Clock clock;

	AkamaiTokenSupport(String cdnHost, String hexSecret, Duration window, Clock clock) {
		if (cdnHost == null || !HOST.matcher(cdnHost).matches()) {
			throw new IllegalArgumentException(
					"cdnHost must be a host name without scheme or path, e.g. " + "cdn.example.com: '" + cdnHost + "'");
		}
		String secret = hexSecret == null ? "" : hexSecret.replaceAll("\\s", "");
		if (!HEX.matcher(secret).matches()) {
			throw new IllegalArgumentException("hexSecret must be a non-empty, even-length hex string (got "
					+ (hexSecret == null ? "null" : hexSecret.length() + " characters") + ")");
		}
		Arguments.atLeastOneSecond(window, "window");
		Arguments.notNull(clock, "clock");
		this.cdnHost = cdnHost;
		this.key = Hashing.unhex(secret);
		this.window = window;
		this.clock = clock;
	}

	/**
	 * The path of a handle: a URL's raw path, or the handle itself; always starting with
	 * {@code /}.
	 */
	static String path(String uuidPathOrUrl) {
		if (Arguments.notNull(uuidPathOrUrl, "uuidPathOrUrl").isBlank()) {
			throw new IllegalArgumentException("Expected a UUID, CDN path or URL: '" + uuidPathOrUrl + "'");
		}
		String handle = uuidPathOrUrl.strip();
		Matcher url = URL.matcher(handle);
		String path = url.find() ? url.group(1) : handle;
		return path.startsWith("/") ? path : "/" + path;
	}

	static String stripSlashes(String path) {
		int start = 0;
		int end = path.length();
		while (start < end && path.charAt(start) == '/') {
			start++;
		}
		while (end > start && path.charAt(end - 1) == '/') {
			end--;
		}
		if (start == end) {
			throw new IllegalArgumentException("Expected a UUID, CDN path or URL, got an empty path: '" + path + "'");
		}
		return path.substring(start, end);
	}

	/**
	 * Form-style URL encoding as Python's {@code quote_plus(path, safe=",")}: space to
	 * {@code +}, lowercase {@code %xx} for everything else but unreserved characters and
	 * {@code ,}, and finally {@code ~} to {@code %7e}.
	 */
	static String formEncode(String path) {
		StringBuilder out = new StringBuilder();
		for (byte b : path.getBytes(StandardCharsets.UTF_8)) {
			int c = b & 0xff;
			if (c == '~') {
				out.append("%7e");
			}
			else if (c < 0x80 && FORM_SAFE.indexOf(c) >= 0) {
				out.append((char) c);
			}
			else if (c == ' ') {
				out.append('+');
			}
			else {
				out.append('%').append(Character.forDigit(c >> 4, 16)).append(Character.forDigit(c & 0xf, 16));
			}
		}
		return out.toString();
	}

	/** {@code floor(now) + window}, in UNIX seconds. */
	final long expiry() {
		return clock.instant().getEpochSecond() + window.getSeconds();
	}

	/** Lowercase hex HMAC-SHA256 of {@code message} under the decoded secret. */
	final String hmac(String message) {
		return Hashing.hmacHex(Hashing.HMAC_SHA256, key, message.getBytes(StandardCharsets.US_ASCII));
	}

	/** {@code https://<cdnHost><path>?token=<token>}. */
	final URI signedUri(String path, String token) {
		return URI.create("https://" + cdnHost + path + "?token=" + token);
	}

	/** The configured CDN host. */
	public String cdnHost() {
		return cdnHost;
	}

	/** The token lifetime. */
	public Duration window() {
		return window;
	}

	@Override
	public String toString() {
		return getClass().getSimpleName() + "[cdnHost=" + cdnHost + ", window=" + window + ", secret=****]";
	}

}
