package dev.ucare.boot.autoconfigure.health;

import dev.ucare.boot.autoconfigure.webhooks.deduplication.WebhookDeliveryStore;

import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;

/**
 * Health of the webhook de-duplication store ({@code uploadcareWebhookStore}): UP when
 * {@link WebhookDeliveryStore#check()} passes, DOWN with the error otherwise (e.g. the
 * database or Redis is unreachable; the application still starts, and deliveries are
 * answered 503 until the store is back).
 */
public final class WebhookDeliveryStoreHealthIndicator extends AbstractHealthIndicator {

	private final WebhookDeliveryStore store;

	/**
	 * @param store the store to check
	 */
	public WebhookDeliveryStoreHealthIndicator(WebhookDeliveryStore store) {
		super("Uploadcare webhook store health check failed");
		this.store = store;
	}

	@Override
	protected void doHealthCheck(Health.Builder builder) {
		builder.withDetail("store", store.name());
		store.check();
		builder.up();
	}

}
