package dev.ucare.client.secure;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;

/**
 * Akamai secure delivery with URL tokens ({@code exp=<exp>~hmac=<hex>}), signing
 * {@code exp=<exp>~url=<escaped path>} where the path is form-encoded with lowercase
 * {@code %xx} and {@code ~} as {@code %7e}. A token covers exactly one path, so wildcards
 * are rejected. A full URL keeps its path as is; a bare UUID or path gets a leading and
 * trailing {@code /}. Immutable and thread-safe; {@link #toString()} hides the secret.
 */
public final class AkamaiUrlTokenBuilder extends AkamaiTokenSupport {

	/** Tokens valid for 300 seconds. */
	public AkamaiUrlTokenBuilder(String cdnHost, String hexSecret) {
		this(cdnHost, hexSecret, DEFAULT_WINDOW);
	}

	/** Tokens valid for {@code window} (whole seconds). */
	public AkamaiUrlTokenBuilder(String cdnHost, String hexSecret, Duration window) {
		this(cdnHost, hexSecret, window, Clock.systemUTC());
	}

	/**
	 * @param cdnHost the secure CDN host, e.g. {@code cdn.example.com}, without scheme
	 * @param hexSecret the Akamai key as hex; it is decoded to bytes for HMAC-SHA256
	 * @param window token lifetime, at least one second
	 * @param clock the time source for the expiry
	 * @throws IllegalArgumentException on a bad host, secret, window or null clock
	 */
	public AkamaiUrlTokenBuilder(String cdnHost, String hexSecret, Duration window, Clock clock) {
		super(cdnHost, hexSecret, window, clock);
	}

	@Override
	public URI url(String uuidPathOrUrl, boolean wildcard) {
		return signedUri(signedPath(uuidPathOrUrl), token(uuidPathOrUrl, wildcard));
	}

	@Override
	public String token(String uuidPathOrUrl, boolean wildcard) {
		if (wildcard) {
			throw new IllegalArgumentException(
					"URL tokens sign one exact path; wildcards need AkamaiAclTokenBuilder: '" + uuidPathOrUrl + "'");
		}
		long exp = expiry();
		return "exp=" + exp + "~hmac=" + hmac("exp=" + exp + "~url=" + formEncode(signedPath(uuidPathOrUrl)));
	}

	private static String signedPath(String uuidPathOrUrl) {
		String path = path(uuidPathOrUrl);
		boolean url = uuidPathOrUrl.contains("://");
		return url || path.endsWith("/") ? path : path + "/";
	}

}
