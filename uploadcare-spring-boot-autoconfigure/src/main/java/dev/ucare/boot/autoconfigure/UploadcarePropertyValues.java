package dev.ucare.boot.autoconfigure;

import java.net.URI;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

import org.springframework.util.Assert;
import org.springframework.util.StringUtils;

/**
 * The rules every property record of the starter applies to its values
 * ({@code uploadcare.*}, {@code uploadcare.webhooks.*},
 * {@code uploadcare.projects.<name>.*}): what counts as unset, what a base URL must be,
 * which properties hold secrets and how a secret is shown.
 */
public final class UploadcarePropertyValues {

	private UploadcarePropertyValues() {
	}

	/**
	 * The one rule for text values of the starter: {@code null}, blank, or still holding
	 * an unresolved {@code ${...}} placeholder (e.g.
	 * {@code uploadcare.secret-key=${UPLOADCARE_SECRET_KEY}} with the variable unset)
	 * means unset.
	 * @param value a bound or supplied value
	 * @return the value, or {@code null} when it counts as unset
	 */
	public static @Nullable String valueOrNull(@Nullable String value) {
		return (!StringUtils.hasText(value) || value.contains("${")) ? null : value;
	}

	/**
	 * How the starter shows a secret's value: in {@code toString()} and failure analyses.
	 */
	public static final String MASK = "******";

	/**
	 * A secret as the starter's {@code toString()} shows it.
	 * @param secret the secret, or {@code null}
	 * @return {@value #MASK} when the secret is set, {@code <none>} when it is not
	 */
	public static String masked(@Nullable Object secret) {
		return (secret != null) ? MASK : "<none>";
	}

	/**
	 * What a base URL of an Uploadcare API or of file links must be, as validation
	 * messages say it.
	 */
	public static final String BASE_URL_RULE = "must be an absolute http or https URL with a host and no query, "
			+ "e.g. https://api.uploadcare.com/";

	/**
	 * The one rule for the base URLs of the starter ({@code uploadcare.*.base-url},
	 * {@code uploadcare.projects.<name>.*.base-url}): {@value #BASE_URL_RULE}.
	 * @param url a configured base URL
	 * @return whether the client can use it
	 */
	public static boolean isBaseUrl(URI url) {
		Assert.notNull(url, "url must not be null");
		String scheme = url.getScheme();
		return url.isAbsolute() && ("http".equalsIgnoreCase(scheme) || "https".equalsIgnoreCase(scheme))
				&& url.getHost() != null && url.getRawQuery() == null && url.getRawFragment() == null;
	}

	/**
	 * The one rule for the base of file links that CDN settings ask for
	 * ({@code uploadcare.cdn.*}, {@code uploadcare.projects.<name>.cdn.*}): the base URL,
	 * else the custom CNAME (a host, or a URL with its scheme).
	 * @param baseUrl the configured base URL, or {@code null}
	 * @param cname the configured CNAME, or {@code null}
	 * @return the base, or {@code null} when neither is set (Uploadcare's CDN, or the
	 * project's subdomain)
	 */
	public static @Nullable URI cdnBaseUrl(@Nullable URI baseUrl, @Nullable String cname) {
		if (baseUrl != null) {
			return baseUrl;
		}
		if (cname == null) {
			return null;
		}
		String host = cname.trim();
		return URI.create(host.contains("://") ? host : "https://" + host + "/");
	}

	/**
	 * Whether a property of the starter holds a secret ({@code uploadcare.secret-key},
	 * {@code uploadcare.webhooks.signing-secret},
	 * {@code uploadcare.secure-delivery.secret} and any later {@code uploadcare.*secret}
	 * or {@code uploadcare.*secret-key}), whatever form its name takes:
	 * {@code uploadcare.secret-key}, {@code uploadcare.secretKey},
	 * {@code UPLOADCARE_SECRET_KEY}. Such values are never shown.
	 * @param name a property name, in any of its forms
	 * @return whether its value is a secret
	 */
	public static boolean isSecret(@Nullable String name) {
		String canonical = (name != null) ? name.replaceAll("[^A-Za-z0-9]", "").toLowerCase(Locale.ROOT) : "";
		return canonical.startsWith("uploadcare") && (canonical.endsWith("secret") || canonical.endsWith("secretkey"));
	}

}
