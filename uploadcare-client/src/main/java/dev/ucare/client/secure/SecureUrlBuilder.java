package dev.ucare.client.secure;

import java.net.URI;

/**
 * Signs CDN links for secure delivery. Plug in your own implementation to use another
 * CDN's token scheme. Inputs may be a bare UUID, a UUID with operations
 * ({@code <uuid>/-/resize/640x/}), a group id or path, or a full URL, whose path is then
 * used. Implementations must be thread-safe.
 */
public interface SecureUrlBuilder {

	/** A signed URL for {@code uuidPathOrUrl}, valid for that exact path. */
	default URI url(String uuidPathOrUrl) {
		return url(uuidPathOrUrl, false);
	}

	/** A signed URL; with {@code wildcard} the token also covers every sub-path. */
	URI url(String uuidPathOrUrl, boolean wildcard);

	/** Only the token for {@code uuidPathOrUrl}. */
	default String token(String uuidPathOrUrl) {
		return token(uuidPathOrUrl, false);
	}

	/** Only the token; with {@code wildcard} it also covers every sub-path. */
	String token(String uuidPathOrUrl, boolean wildcard);

}
