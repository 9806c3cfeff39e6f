package dev.ucare.client.cdn;

import java.net.URI;
import java.util.Locale;

import dev.ucare.client.internal.Arguments;

/**
 * The base URL that CDN links are built on: Uploadcare's default host
 * ({@link #ucarecdn()}), a custom CNAME or proxy ({@link #of(URI)}), or the project's own
 * subdomain {@code https://<prefix>.ucarecd.net/} ({@link #forProject(String)}). The URI
 * is always absolute http(s), without query or fragment, and ends in {@code /}.
 *
 * @param uri the normalised base URI
 */
public record CdnBase(URI uri) {

	/** {@code https://ucarecdn.com/}. */
	public static final URI DEFAULT_URI = URI.create("https://ucarecdn.com/");

	/** Validates the URI and adds a trailing slash to its path when missing. */
	public CdnBase {
		Arguments.notNull(uri, "uri");
		if (uri.getScheme() == null || uri.getRawAuthority() == null || uri.getHost() == null
				|| !(uri.getScheme().equalsIgnoreCase("https") || uri.getScheme().equalsIgnoreCase("http"))
				|| uri.getRawQuery() != null || uri.getRawFragment() != null) {
			throw new IllegalArgumentException("CDN base must be an absolute http(s) URL without query: '" + uri + "'");
		}
		String path = uri.getRawPath() == null ? "" : uri.getRawPath();
		if (!path.endsWith("/")) {
			uri = URI.create(uri.getScheme().toLowerCase(Locale.ROOT) + "://" + uri.getRawAuthority() + path + "/");
		}
	}

	/** Uploadcare's default CDN, {@code https://ucarecdn.com/}. */
	public static CdnBase ucarecdn() {
		return new CdnBase(DEFAULT_URI);
	}

	/**
	 * A custom base such as {@code https://cdn.example.com/} or
	 * {@code https://example.com/files/}.
	 */
	public static CdnBase of(URI uri) {
		return new CdnBase(uri);
	}

	/**
	 * A custom base from text.
	 * @throws IllegalArgumentException naming the value when it is not an absolute
	 * http(s) URL
	 */
	public static CdnBase of(String uri) {
		Arguments.notNull(uri, "uri");
		try {
			return new CdnBase(URI.create(uri.strip()));
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalArgumentException("CDN base must be an absolute http(s) URL: '" + uri + "'", ex);
		}
	}

	/**
	 * The project's subdomain base {@code https://<prefix>.ucarecd.net/}; see
	 * {@link CdnPrefix#of(String)}.
	 */
	public static CdnBase forProject(String publicKey) {
		return new CdnBase(URI.create("https://" + CdnPrefix.of(publicKey) + "." + CdnPrefix.ZONE + "/"));
	}
}
