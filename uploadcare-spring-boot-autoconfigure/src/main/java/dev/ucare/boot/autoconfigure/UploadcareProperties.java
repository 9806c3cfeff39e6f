package dev.ucare.boot.autoconfigure;

import java.net.URI;
import java.time.Duration;

import dev.ucare.boot.autoconfigure.webhooks.UploadcareWebhookProperties;
import dev.ucare.client.AuthScheme;
import dev.ucare.client.RetrySettings;
import dev.ucare.client.Store;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.NestedConfigurationProperty;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.StringUtils;
import org.springframework.util.unit.DataSize;

/**
 * Configuration properties for Uploadcare, bound from {@code uploadcare.*}.
 *
 * @param publicKey Project's public key; required.
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
public record UploadcareProperties(String publicKey, String secretKey, @DefaultValue("auto") Store store,
		@DefaultValue Upload upload, @DefaultValue Rest rest, @DefaultValue Cdn cdn,
		@DefaultValue SecureDelivery secureDelivery, @DefaultValue Http http, @DefaultValue Retry retry,
		@DefaultValue @NestedConfigurationProperty UploadcareWebhookProperties webhooks, @DefaultValue Health health) {

	/** Whether a secret key is configured. */
	public boolean hasSecretKey() {
		return StringUtils.hasText(secretKey);
	}

	@Override
	public String toString() {
		return "UploadcareProperties[publicKey=" + publicKey + ", secretKey=" + (hasSecretKey() ? "******" : "<none>")
				+ ", store=" + store + ", upload=" + upload + ", rest=" + rest + ", cdn=" + cdn + ", secureDelivery="
				+ secureDelivery + ", http=" + http + ", retry=" + retry + ", webhooks=" + webhooks + ", health="
				+ health + "]";
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
	public record Upload(@DefaultValue("https://upload.uploadcare.com/") URI baseUrl,
			@DefaultValue("10MB") DataSize multipartThreshold, @DefaultValue("5MB") DataSize partSize,
			@DefaultValue("4") int concurrency, @DefaultValue("false") boolean signed,
			@DefaultValue("60s") Duration signatureTtl) {
	}

	/**
	 * REST API settings.
	 *
	 * @param baseUrl Base URL of the REST API, e.g. an emulator's.
	 * @param authScheme How REST requests authenticate: "signed" (HMAC, the secret never
	 * leaves the process) or "simple" (sends the secret with every request).
	 */
	public record Rest(@DefaultValue("https://api.uploadcare.com/") URI baseUrl,
			@DefaultValue("signed") AuthScheme authScheme) {
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
	public record Cdn(URI baseUrl, String cname, @DefaultValue("false") boolean projectSubdomain) {
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
	public record SecureDelivery(@DefaultValue("acl") SecureDeliveryType type, String cdnHost, String secret,
			@DefaultValue("5m") Duration window) {

		/** Whether secure delivery is configured. */
		public boolean isConfigured() {
			return StringUtils.hasText(secret);
		}

		@Override
		public String toString() {
			return "SecureDelivery[type=" + type + ", cdnHost=" + cdnHost + ", secret="
					+ (isConfigured() ? "******" : "<none>") + ", window=" + window + "]";
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
	 * 10s connect and 60s read.
	 *
	 * @param connectTimeout Connect timeout of API calls.
	 * @param readTimeout Read timeout of API calls.
	 */
	public record Http(Duration connectTimeout, Duration readTimeout) {
	}

	/**
	 * Retry settings. HTTP 429 is retried for every request; 5xx and connection failures
	 * only for idempotent ones.
	 *
	 * @param maxRetries Retries after the first attempt; 0 disables retrying.
	 * @param initialDelay First backoff delay when the server sends no Retry-After.
	 * @param multiplier Growth of the backoff delay from one retry to the next.
	 * @param maxDelay Longest single wait; a longer Retry-After ends the retries.
	 */
	public record Retry(@DefaultValue("3") int maxRetries, @DefaultValue("500ms") Duration initialDelay,
			@DefaultValue("2.0") double multiplier, @DefaultValue("30s") Duration maxDelay) {

		/** The client's retry settings. */
		public RetrySettings toRetrySettings() {
			return new RetrySettings(maxRetries, initialDelay, multiplier, maxDelay);
		}
	}

	/**
	 * Health indicator settings (with Spring Boot Actuator; turn it off with
	 * "management.health.uploadcare.enabled").
	 *
	 * @param timeout Connect and read timeout of the project-info call made by the health
	 * check.
	 * @param cacheTtl How long a health result is reused before the API is called again.
	 */
	public record Health(@DefaultValue("3s") Duration timeout, @DefaultValue("30s") Duration cacheTtl) {
	}
}
