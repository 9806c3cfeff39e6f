package dev.ucare.boot.autoconfigure.webhooks;

import java.time.Duration;

import dev.ucare.boot.autoconfigure.UploadcarePropertyValues;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Incoming webhook endpoint (servlet web applications), bound from
 * {@code uploadcare.webhooks.*}.
 *
 * @param enabled Whether to enable the webhook endpoint.
 * @param path Path of the endpoint receiving Uploadcare's POST requests.
 * @param signingSecret Signing secret set on the webhook subscription. Deliveries without
 * a valid X-Uc-Signature are refused with 401; without a secret every delivery is refused
 * unless "allow-unsigned" is set.
 * @param allowUnsigned Whether to accept deliveries that carry no X-Uc-Signature (or
 * cannot be verified because no signing secret is set) and publish them as unverified
 * events. For local development only: anyone who can reach the endpoint can then forge
 * events.
 * @param maxBodySize Largest accepted request body; larger ones get 413.
 * @param publication How listeners of the published events run: "in-request" (before the
 * endpoint answers; a failing listener makes it answer 500 so that Uploadcare delivers
 * again) or "transactional" (the event is published inside a transaction, so that
 * transactional and Spring Modulith application-module listeners run after the commit,
 * after the endpoint answered 200).
 * @param deduplication De-duplication of repeated deliveries.
 * @param security Spring Security integration.
 */
public record UploadcareWebhookProperties(@DefaultValue("true") boolean enabled,
		@DefaultValue("/uploadcare/webhooks") String path, @Nullable String signingSecret,
		@DefaultValue("false") boolean allowUnsigned, @DefaultValue("1MB") DataSize maxBodySize,
		@DefaultValue("in-request") Publication publication, @DefaultValue Deduplication deduplication,
		@DefaultValue Security security) {

	public UploadcareWebhookProperties {
		signingSecret = UploadcarePropertyValues.valueOrNull(signingSecret);
	}

	/** Whether a signing secret is configured. */
	public boolean hasSigningSecret() {
		return signingSecret != null;
	}

	@Override
	public String toString() {
		return "UploadcareWebhookProperties[enabled=" + enabled + ", path=" + path + ", signingSecret="
				+ UploadcarePropertyValues.masked(signingSecret) + ", allowUnsigned=" + allowUnsigned + ", maxBodySize="
				+ maxBodySize + ", publication=" + publication + ", deduplication=" + deduplication + ", security="
				+ security + "]";
	}

	/** How listeners of published webhook events run. */
	public enum Publication {

		/**
		 * Listeners run on the request thread before the endpoint answers; a failing
		 * listener makes the endpoint answer 500, so that Uploadcare delivers again.
		 */
		IN_REQUEST,

		/**
		 * The event is published inside a transaction: transactional listeners (e.g.
		 * Spring Modulith's {@code @ApplicationModuleListener}) run after the commit, and
		 * with Spring Modulith's event publication registry the publication is stored, so
		 * that a listener that fails or a crash is retried by the registry. The endpoint
		 * answers 200 once the transaction commits, before such listeners ran.
		 */
		TRANSACTIONAL

	}

	/**
	 * De-duplication of deliveries: a delivery (same event and body) is claimed before
	 * listeners run, completed when they succeed and released when they fail.
	 *
	 * @param store Where deliveries are remembered: "memory" (this instance only), "jdbc"
	 * (a table in the application's database, shared by every instance), "redis" (shared
	 * through Spring Data Redis) or "none" (no de-duplication).
	 * @param window How long a completed delivery is remembered, so that an identical one
	 * is published only once; 0 turns de-duplication off.
	 * @param lease How long a claim holds before another instance may take the delivery
	 * over (e.g. after a crash). Longer than the slowest listener: a listener still
	 * running when its lease expires may run a second time on another instance.
	 * @param purgeInterval How often expired entries are removed from the store.
	 * @param maxEntries Most deliveries the in-memory store remembers; the oldest are
	 * forgotten first.
	 * @param jdbc JDBC store settings.
	 * @param redis Redis store settings.
	 */
	public record Deduplication(@DefaultValue("memory") StoreType store, @DefaultValue("10m") Duration window,
			@DefaultValue("30s") Duration lease, @DefaultValue("1m") Duration purgeInterval,
			@DefaultValue("10000") int maxEntries, @DefaultValue Jdbc jdbc, @DefaultValue Redis redis) {

		/** Whether deliveries are de-duplicated at all. */
		public boolean enabled() {
			return store != StoreType.NONE && window != null && !window.isNegative() && !window.isZero();
		}

	}

	/** Where deliveries are remembered for de-duplication. */
	public enum StoreType {

		/** In this instance's memory. */
		MEMORY,

		/** A table of the application's database, through its {@code JdbcTemplate}. */
		JDBC,

		/** Redis, through Spring Data Redis. */
		REDIS,

		/** No de-duplication. */
		NONE

	}

	/**
	 * JDBC de-duplication store.
	 *
	 * @param tableName Name of the table holding the deliveries.
	 * @param initializeSchema When to create the table (if it does not exist) at start-up
	 * or, when the database is unreachable then, on first use: "embedded" (only for
	 * embedded databases such as H2), "always" or "never" (use your migrations; the DDL
	 * for PostgreSQL and H2 is in the jar next to JdbcWebhookDeliveryStore).
	 */
	public record Jdbc(@DefaultValue("uploadcare_webhook_deliveries") String tableName,
			@DefaultValue("embedded") SchemaInitialization initializeSchema) {
	}

	/** When the JDBC store creates its table. */
	public enum SchemaInitialization {

		/** Only for embedded databases (H2, HSQLDB, Derby). */
		EMBEDDED,

		/** Always (if it does not exist). */
		ALWAYS,

		/** Never: the table comes from the application's migrations. */
		NEVER

	}

	/**
	 * Redis de-duplication store.
	 *
	 * @param keyPrefix Prefix of the Redis keys; a claim lives for the lease, a completed
	 * delivery for the de-duplication window (key TTLs).
	 */
	public record Redis(@DefaultValue("uploadcare:webhooks:") String keyPrefix) {
	}

	/**
	 * Spring Security integration.
	 *
	 * @param filterChain Whether to add, when Spring Security is present, a security
	 * filter chain matching only the webhook path that lets deliveries through without
	 * login or CSRF token (they are authenticated by their signature). Ordered before the
	 * application's filter chains; nothing else of the application's security changes.
	 */
	public record Security(@DefaultValue("true") boolean filterChain) {
	}

}
