package dev.ucare.boot.autoconfigure;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;
import java.util.regex.Pattern;

import dev.ucare.boot.autoconfigure.webhooks.UploadcareWebhookProperties;
import dev.ucare.client.AuthScheme;
import dev.ucare.client.RetrySettings;
import dev.ucare.client.Store;
import dev.ucare.client.secure.AkamaiAclTokenBuilder;
import dev.ucare.client.secure.AkamaiUrlTokenBuilder;
import dev.ucare.client.secure.SecureUrlBuilder;
import dev.ucare.client.upload.UploadSettings;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.NestedConfigurationProperty;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.Assert;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.Errors;
import org.springframework.validation.Validator;

/**
 * Configuration properties for Uploadcare, bound from {@code uploadcare.*}. Validated
 * when bound, by the record itself (a {@link Validator}; not annotated
 * {@code @Validated}, which would start Bean Validation for no constraint): a bad value
 * stops start-up with the property's name. Values left unset take the client's defaults
 * ({@link dev.ucare.client.HttpSettings#DEFAULTS}, {@link RetrySettings#DEFAULTS},
 * {@link dev.ucare.client.UploadcareClient} base URLs). A blank text value, or one still
 * holding an unresolved {@code ${...}} placeholder, counts as unset
 * ({@link UploadcarePropertyValues#valueOrNull(String)}, the one rule for that).
 *
 * @param publicKey Project's public key; required by the client.
 * @param secretKey Project's secret key; without it the client runs in upload-only mode
 * and REST calls fail when used.
 * @param store Whether uploaded files are stored permanently: "auto" follows the
 * project's setting, "true" stores, "false" keeps them temporary.
 * @param upload Upload API settings.
 * @param rest REST API settings.
 * @param cdn CDN settings for built file URLs.
 * @param secureDelivery Signed CDN URLs (secure delivery); a SecureUrlBuilder bean exists
 * when its secret is set.
 * @param http HTTP client settings.
 * @param retry Retry settings for throttled and failed requests.
 * @param webhooks Incoming webhook endpoint settings (see
 * {@link UploadcareWebhookProperties}).
 * @param health Health indicator settings.
 */
@ConfigurationProperties("uploadcare")
public record UploadcareProperties(@Nullable String publicKey, @Nullable String secretKey,
		@DefaultValue("auto") Store store, @DefaultValue Upload upload, @DefaultValue Rest rest, @DefaultValue Cdn cdn,
		@DefaultValue SecureDelivery secureDelivery, @DefaultValue Http http, @DefaultValue Retry retry,
		@DefaultValue @NestedConfigurationProperty UploadcareWebhookProperties webhooks,
		@DefaultValue Health health) implements Validator {

	private static final Pattern HOST = Pattern.compile("[A-Za-z0-9](?:[A-Za-z0-9.-]*[A-Za-z0-9])?(?::\\d{1,5})?");

	private static final Pattern HEX = Pattern.compile("(?:[0-9a-fA-F]{2})+");

	public UploadcareProperties {
		publicKey = UploadcarePropertyValues.valueOrNull(publicKey);
		secretKey = UploadcarePropertyValues.valueOrNull(secretKey);
	}

	/** Whether a secret key is configured. */
	public boolean hasSecretKey() {
		return secretKey != null;
	}

	@Override
	public String toString() {
		return "UploadcareProperties[publicKey=" + publicKey + ", secretKey="
				+ UploadcarePropertyValues.masked(secretKey) + ", store=" + store + ", upload=" + upload + ", rest="
				+ rest + ", cdn=" + cdn + ", secureDelivery=" + secureDelivery + ", http=" + http + ", retry=" + retry
				+ ", webhooks=" + webhooks + ", health=" + health + "]";
	}

	@Override
	public boolean supports(Class<?> type) {
		return UploadcareProperties.class.isAssignableFrom(type);
	}

	/**
	 * Checks the values Uploadcare or the client would refuse, so that start-up fails
	 * naming the property instead of the first call failing.
	 */
	@Override
	public void validate(Object target, Errors errors) {
		UploadcareProperties properties = (UploadcareProperties) target;
		Checks checks = new Checks(errors);
		checks.url("upload.baseUrl", properties.upload().baseUrl());
		checks.url("rest.baseUrl", properties.rest().baseUrl());
		checks.url("cdn.baseUrl", properties.cdn().baseUrl());
		checks.between("upload.multipartThreshold", properties.upload().multipartThreshold(),
				UploadSettings.MIN_MULTIPART_SIZE, UploadSettings.MAX_DIRECT_SIZE,
				"Uploadcare's multipart uploads start at 10MB and its direct uploads end at 100000000 bytes");
		checks.between("upload.partSize", properties.upload().partSize(), UploadSettings.MIN_PART_SIZE,
				UploadSettings.MAX_PART_SIZE, "Uploadcare's multipart parts are 5MB to 5GB");
		checks.check("upload.concurrency", properties.upload().concurrency(), properties.upload().concurrency() >= 1,
				"must be at least 1");
		checks.atLeastASecond("upload.signatureTtl", properties.upload().signatureTtl());
		String cname = properties.cdn().cname();
		if (cname != null && cname.contains("://")) {
			checks.url("cdn.cname", URI.create(cname.trim()));
		}
		else {
			checks.host("cdn.cname", cname);
		}
		checks.positive("http.connectTimeout", properties.http().connectTimeout());
		checks.positive("http.readTimeout", properties.http().readTimeout());
		Retry retry = properties.retry();
		if (retry.maxRetries() != null) {
			checks.check("retry.maxRetries", retry.maxRetries(), retry.maxRetries() >= 0, "must be 0 or more");
		}
		checks.notNegative("retry.initialDelay", retry.initialDelay());
		if (retry.multiplier() != null) {
			checks.check("retry.multiplier", retry.multiplier(), retry.multiplier() >= 1.0, "must be 1.0 or more");
		}
		Duration initialDelay = Objects.requireNonNullElse(retry.initialDelay(), RetrySettings.DEFAULTS.initialDelay());
		if (retry.maxDelay() != null) {
			checks.check("retry.maxDelay", retry.maxDelay(), retry.maxDelay().compareTo(initialDelay) >= 0,
					"must not be shorter than uploadcare.retry.initial-delay (" + initialDelay + ")");
		}
		SecureDelivery secure = properties.secureDelivery();
		if (secure.isConfigured()) {
			if (secure.cdnHost() == null) {
				checks.reject("secureDelivery.cdnHost", null,
						"must be set when uploadcare.secure-delivery.secret is set: the host name of the CDN serving "
								+ "signed links, e.g. cdn.example.com");
			}
			checks.host("secureDelivery.cdnHost", secure.cdnHost());
			String secret = secure.secret();
			checks.check("secureDelivery.secret", secret,
					secret != null && HEX.matcher(secret.replaceAll("\\s", "")).matches(),
					"must be the CDN's token key as an even-length hexadecimal string");
			checks.atLeastASecond("secureDelivery.window", secure.window());
		}
		checks.positive("health.timeout", properties.health().timeout());
		checks.notNegative("health.cacheTtl", properties.health().cacheTtl());
	}

	/**
	 * Upload API settings.
	 *
	 * @param baseUrl Base URL of the Upload API, e.g. an emulator's.
	 * @param multipartThreshold File size from which uploads use the multipart API.
	 * @param partSize Size of one part of a multipart upload.
	 * @param concurrency Number of parts of one multipart upload sent in parallel.
	 * @param signed Whether to sign uploads with the secret key (needed when the project
	 * requires signed uploads).
	 * @param signatureTtl How long an upload signature stays valid.
	 */
	public record Upload(@Nullable URI baseUrl, @DefaultValue("10MB") DataSize multipartThreshold,
			@DefaultValue("5MB") DataSize partSize, @DefaultValue("4") int concurrency,
			@DefaultValue("false") boolean signed, @DefaultValue("60s") Duration signatureTtl) {
	}

	/**
	 * REST API settings.
	 *
	 * @param baseUrl Base URL of the REST API, e.g. an emulator's.
	 * @param authScheme How REST requests authenticate: "signed" (HMAC, the secret never
	 * leaves the process) or "simple" (sends the secret with every request).
	 */
	public record Rest(@Nullable URI baseUrl, @DefaultValue("signed") AuthScheme authScheme) {
	}

	/**
	 * CDN settings. The base URL wins over the custom CNAME, which wins over per-project
	 * subdomains; without any of them URLs use https://ucarecdn.com/.
	 *
	 * @param baseUrl Base URL of file links, e.g. an emulator's or a proxy's.
	 * @param cname Custom CNAME host serving the project's files, e.g. "cdn.example.com".
	 * @param projectSubdomain Whether to make file links use the project's own subdomain
	 * on ucarecd.net, derived from the public key.
	 */
	public record Cdn(@Nullable URI baseUrl, @Nullable String cname, @DefaultValue("false") boolean projectSubdomain) {

		public Cdn {
			cname = UploadcarePropertyValues.valueOrNull(cname);
		}

		/**
		 * The base of file links these settings ask for: the base URL, else the CNAME,
		 * else {@code null} (Uploadcare's CDN, or the project's subdomain).
		 */
		@Nullable URI resolvedBaseUrl() {
			return UploadcarePropertyValues.cdnBaseUrl(baseUrl, cname);
		}

	}

	/**
	 * Secure delivery (signed CDN links).
	 *
	 * @param type Token scheme: "acl" (token in the path, covers an ACL) or "url" (token
	 * in the query, covers one URL).
	 * @param cdnHost Host name of the CDN serving signed links, e.g. "cdn.example.com".
	 * @param secret Hexadecimal token secret shared with the CDN.
	 * @param window How long a signed link stays valid.
	 */
	public record SecureDelivery(@DefaultValue("acl") SecureDeliveryType type, @Nullable String cdnHost,
			@Nullable String secret, @DefaultValue("5m") Duration window) {

		public SecureDelivery {
			cdnHost = UploadcarePropertyValues.valueOrNull(cdnHost);
			secret = UploadcarePropertyValues.valueOrNull(secret);
		}

		/** Whether secure delivery is configured. */
		public boolean isConfigured() {
			return secret != null;
		}

		/** The builder of signed links these settings describe. */
		SecureUrlBuilder toSecureUrlBuilder() {
			Assert.state(cdnHost != null && secret != null,
					"uploadcare.secure-delivery.cdn-host and uploadcare.secure-delivery.secret must be set");
			return switch (type) {
				case ACL -> new AkamaiAclTokenBuilder(cdnHost, secret, window);
				case URL -> new AkamaiUrlTokenBuilder(cdnHost, secret, window);
			};
		}

		@Override
		public String toString() {
			return "SecureDelivery[type=" + type + ", cdnHost=" + cdnHost + ", secret="
					+ UploadcarePropertyValues.masked(secret) + ", window=" + window + "]";
		}
	}

	/** Token scheme of signed CDN links. */
	public enum SecureDeliveryType {

		/** Akamai token in the path, valid for an access control list. */
		ACL,

		/** Akamai token in the query string, valid for one URL. */
		URL

	}

	/**
	 * HTTP client settings. Unset values fall back to "spring.http.clients.*", then to
	 * the client's defaults (10s connect, 60s read).
	 *
	 * @param connectTimeout Connect timeout of API calls.
	 * @param readTimeout Read timeout of API calls.
	 */
	public record Http(@Nullable Duration connectTimeout, @Nullable Duration readTimeout) {
	}

	/**
	 * Retry settings. HTTP 429 is retried for every request; 5xx and connection failures
	 * only for idempotent ones. Unset values are the client's defaults.
	 *
	 * @param maxRetries Retries after the first attempt; 0 disables retrying.
	 * @param initialDelay First backoff delay when the server sends no Retry-After.
	 * @param multiplier Growth of the backoff delay from one retry to the next.
	 * @param maxDelay Longest single wait; a longer Retry-After ends the retries.
	 */
	public record Retry(@Nullable Integer maxRetries, @Nullable Duration initialDelay, @Nullable Double multiplier,
			@Nullable Duration maxDelay) {

		/**
		 * The client's retry settings: these values over {@link RetrySettings#DEFAULTS}.
		 */
		public RetrySettings toRetrySettings() {
			RetrySettings defaults = RetrySettings.DEFAULTS;
			return new RetrySettings(Objects.requireNonNullElse(maxRetries, defaults.maxRetries()),
					Objects.requireNonNullElse(initialDelay, defaults.initialDelay()),
					Objects.requireNonNullElse(multiplier, defaults.multiplier()),
					Objects.requireNonNullElse(maxDelay, defaults.maxDelay()));
		}
	}

	/**
	 * Health indicator settings (with Spring Boot Actuator; turn it off with
	 * "management.health.uploadcare.enabled").
	 *
	 * @param timeout How long the health check waits for the project info before
	 * reporting DOWN.
	 * @param cacheTtl How long a health result is reused before the API is called again.
	 */
	public record Health(@DefaultValue("3s") Duration timeout, @DefaultValue("30s") Duration cacheTtl) {
	}

	/** Records errors under the property's name relative to {@code uploadcare}. */
	private record Checks(Errors errors) {

		void check(String field, @Nullable Object value, boolean valid, String message) {
			if (!valid) {
				reject(field, value, message);
			}
		}

		void reject(String field, @Nullable Object value, String message) {
			errors.rejectValue(field, "invalid", message);
		}

		void url(String field, @Nullable URI url) {
			if (url != null) {
				check(field, url, UploadcarePropertyValues.isBaseUrl(url), UploadcarePropertyValues.BASE_URL_RULE);
			}
		}

		void host(String field, @Nullable String host) {
			if (host != null) {
				check(field, host, HOST.matcher(host.trim()).matches(),
						"must be a host name without scheme or path, e.g. cdn.example.com");
			}
		}

		void between(String field, DataSize size, long min, long max, String why) {
			check(field, size, size.toBytes() >= min && size.toBytes() <= max,
					"must be between " + min + " and " + max + " bytes: " + why);
		}

		void positive(String field, @Nullable Duration duration) {
			if (duration != null) {
				check(field, duration, !duration.isNegative() && !duration.isZero(), "must be positive");
			}
		}

		void notNegative(String field, @Nullable Duration duration) {
			if (duration != null) {
				check(field, duration, !duration.isNegative(), "must not be negative");
			}
		}

		void atLeastASecond(String field, Duration duration) {
			check(field, duration, duration.getSeconds() >= 1, "must be at least one second");
		}

	}

}
