package dev.ucare.boot.autoconfigure.webhooks.deduplication;

import java.time.Clock;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The contract on {@link InMemoryWebhookDeliveryStore} (both "instances" share one). */
class InMemoryWebhookDeliveryStoreTests extends WebhookDeliveryStoreContract {

	private final InMemoryWebhookDeliveryStore store = new InMemoryWebhookDeliveryStore(Clock.systemUTC(), 1000);

	@Override
	protected WebhookDeliveryStore newStore() {
		return store;
	}

	@Override
	protected List<DeliveryClaim.Status> takeOverStatuses() {
		return List.of(DeliveryClaim.Status.TAKEN_OVER);
	}

	@Test
	void isBounded() {
		InMemoryWebhookDeliveryStore small = new InMemoryWebhookDeliveryStore(Clock.systemUTC(), 3);
		for (int i = 0; i < 10; i++) {
			small.complete(small.claim(key(), LEASE), WINDOW);
		}
		assertThat(small.size()).isEqualTo(3);
	}

}
