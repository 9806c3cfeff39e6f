package dev.ucare.client.webhooks;

import java.net.URI;

import dev.ucare.client.internal.Arguments;

import org.jspecify.annotations.Nullable;

/**
 * Fields of a webhook to create or update. On update only the fields that are set are
 * sent.
 *
 * @param targetUrl http(s) URL deliveries go to, at most 255 characters
 * @param event event to subscribe to
 * @param isActive whether deliveries are made
 * @param signingSecret secret for {@code X-Uc-Signature}, at most 32 characters; never
 * printed by {@link #toString()}
 * @param version payload version; {@code 0.7} unless set otherwise (without it Uploadcare
 * sends v0.5 payloads)
 */
public record WebhookRequest(@Nullable String targetUrl, @Nullable WebhookEvent event, @Nullable Boolean isActive,
		@Nullable String signingSecret, @Nullable String version) {

	public static final String PAYLOAD_VERSION = "0.7";

	public WebhookRequest {
		if (targetUrl != null) {
			if (targetUrl.length() > 255) {
				throw new IllegalArgumentException("Webhook target URL is longer than 255 characters");
			}
			String scheme = URI.create(targetUrl).getScheme();
			if (!"http".equalsIgnoreCase(scheme) && !"https".equalsIgnoreCase(scheme)) {
				throw new IllegalArgumentException("Webhook target URL must be http(s): '" + targetUrl + "'");
			}
		}
		if (signingSecret != null && signingSecret.length() > 32) {
			throw new IllegalArgumentException("Webhook signing secret is longer than 32 characters");
		}
		if (event == WebhookEvent.UNKNOWN) {
			throw new IllegalArgumentException("Webhook event UNKNOWN cannot be subscribed to");
		}
	}

	/** A request to subscribe {@code targetUrl} to {@code event}. */
	public static Builder builder(String targetUrl, WebhookEvent event) {
		return new Builder().targetUrl(Arguments.notNull(targetUrl, "targetUrl"))
			.event(Arguments.notNull(event, "event"));
	}

	/** A request with no field set, for updates. */
	public static Builder builder() {
		return new Builder();
	}

	@Override
	public String toString() {
		return "WebhookRequest[targetUrl=" + targetUrl + ", event=" + event + ", isActive=" + isActive + ", version="
				+ version + ", signingSecret=" + (signingSecret == null ? "<none>" : "******") + "]";
	}

	/** Builder of {@link WebhookRequest}. */
	public static final class Builder {

		private @Nullable String targetUrl;

		private @Nullable WebhookEvent event;

		private @Nullable Boolean isActive;

		private @Nullable String signingSecret;

		private @Nullable String version;

		public Builder targetUrl(String targetUrl) {
			this.targetUrl = Arguments.notNull(targetUrl, "targetUrl");
			return this;
		}

		public Builder event(WebhookEvent event) {
			this.event = Arguments.notNull(event, "event");
			return this;
		}

		public Builder active(boolean active) {
			this.isActive = active;
			return this;
		}

		public Builder signingSecret(String signingSecret) {
			this.signingSecret = Arguments.notNull(signingSecret, "signingSecret");
			return this;
		}

		public Builder version(String version) {
			this.version = Arguments.notNull(version, "version");
			return this;
		}

		public WebhookRequest build() {
			return new WebhookRequest(targetUrl, event, isActive, signingSecret, version);
		}

	}
}
