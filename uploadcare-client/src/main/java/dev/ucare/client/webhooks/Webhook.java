package dev.ucare.client.webhooks;

import java.time.OffsetDateTime;

import dev.ucare.client.internal.Arguments;

import org.jspecify.annotations.Nullable;

/**
 * A webhook subscription as the REST API returns it.
 *
 * @param id subscription id
 * @param created creation time, {@code null} when not sent
 * @param updated last update time, {@code null} when not sent
 * @param event event it fires on
 * @param targetUrl where deliveries go
 * @param project numeric project id, {@code null} when not sent
 * @param isActive whether deliveries are made, {@code null} when not sent
 * @param signingSecret secret the deliveries are signed with, or {@code null}; never
 * printed by {@link #toString()}
 * @param version payload version ({@code 0.7}; older subscriptions may show {@code ""},
 * {@code 0.5} or {@code 0.6}), {@code null} when not sent
 */
public record Webhook(long id, @Nullable OffsetDateTime created, @Nullable OffsetDateTime updated, WebhookEvent event,
		String targetUrl, @Nullable Long project, @Nullable Boolean isActive, @Nullable String signingSecret,
		@Nullable String version) {

	/**
	 * @throws IllegalArgumentException when {@code event} or {@code targetUrl} is
	 * {@code null}
	 */
	public Webhook {
		Arguments.notNull(event, "event");
		Arguments.notNull(targetUrl, "targetUrl");
	}

	@Override
	public String toString() {
		return "Webhook[id=" + id + ", event=" + event + ", targetUrl=" + targetUrl + ", isActive=" + isActive
				+ ", version=" + version + ", signingSecret=" + (signingSecret == null ? "<none>" : "******") + "]";
	}
}
