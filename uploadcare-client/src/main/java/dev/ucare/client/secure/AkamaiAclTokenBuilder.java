package dev.ucare.client.secure;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;

/**
 * Akamai secure delivery with ACL tokens ({@code exp=<exp>~acl=<acl>~hmac=<hex>}), as
 * Uploadcare documents it. The ACL is {@code /<path>/} (or {@code /<path>/*} with a
 * wildcard) with {@code ~} written as {@code %7e}; the URL is
 * {@code https://<cdnHost>/<path>/?token=…}. Immutable and thread-safe;
 * {@link #toString()} hides the secret.
 */
public final class AkamaiAclTokenBuilder extends AkamaiTokenSupport {

	/** Tokens valid for 300 seconds. */
	public AkamaiAclTokenBuilder(String cdnHost, String hexSecret) {
		this(cdnHost, hexSecret, DEFAULT_WINDOW);
	}

	/** Tokens valid for {@code window} (whole seconds). */
	public AkamaiAclTokenBuilder(String cdnHost, String hexSecret, Duration window) {
		this(cdnHost, hexSecret, window, Clock.systemUTC());
	}

	/**
	 * @param cdnHost the secure CDN host, e.g. {@code cdn.example.com}, without scheme
	 * @param hexSecret the Akamai key as hex; it is decoded to bytes for HMAC-SHA256
	 * @param window token lifetime, at least one second
	 * @param clock the time source for the expiry
	 * @throws IllegalArgumentException on a bad host, secret, window or null clock
	 */
	public AkamaiAclTokenBuilder(String cdnHost, String hexSecret, Duration window, Clock clock) {
		super(cdnHost, hexSecret, window, clock);
	}

	@Override
	public URI url(String uuidPathOrUrl, boolean wildcard) {
		String path = "/" + stripSlashes(path(uuidPathOrUrl)) + "/";
		return signedUri(path, token(uuidPathOrUrl, wildcard));
	}

	@Override
	public String token(String uuidPathOrUrl, boolean wildcard) {
		String acl = "/" + stripSlashes(path(uuidPathOrUrl)).replace("~", "%7e") + (wildcard ? "/*" : "/");
		String fields = "exp=" + expiry() + "~acl=" + acl;
		return fields + "~hmac=" + hmac(fields);
	}

}
