package dev.ucare.client.webhooks;

import java.time.OffsetDateTime;

/**
 * A webhook subscription as the REST API returns it.
 *
 * @param id subscription id
 * @param created creation time
 * @param updated last update time
 * @param event event it fires on
 * @param targetUrl where deliveries go
 * @param project numeric project id
 * @param isActive whether deliveries are made
 * @param signingSecret secret the deliveries are signed with, or {@code null}; never
 * printed by {@link #toString()}
 * @param version payload version ({@code 0.7}; older subscriptions may show {@code ""},
 * {@code 0.5} or {@code 0.6})
 */
public record Webhook(long id, OffsetDateTime created, OffsetDateTime updated, WebhookEvent event, String targetUrl,
		Long project, Boolean isActive, String signingSecret, String version) {

	@Override
	public String toString() {
		return "Webhook[id=" + id + ", event=" + event + ", targetUrl=" + targetUrl + ", isActive=" + isActive
				+ ", version=" + version + ", signingSecret=" + (signingSecret == null ? "<none>" : "******") + "]";
	}
}
