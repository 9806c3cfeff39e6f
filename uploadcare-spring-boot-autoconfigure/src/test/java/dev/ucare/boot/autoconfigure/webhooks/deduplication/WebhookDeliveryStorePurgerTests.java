package dev.ucare.boot.autoconfigure.webhooks.deduplication;

import dev.ucare.boot.autoconfigure.metrics.MicrometerWebhookDeduplicationMetrics;

import java.time.Clock;
import java.time.Duration;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** {@link WebhookDeliveryStorePurger}: purges on its own thread, needing no scheduler. */
class WebhookDeliveryStorePurgerTests {

	@Test
	void purgesExpiredEntriesOnItsOwnThreadWhileRunning() {
		InMemoryWebhookDeliveryStore store = new InMemoryWebhookDeliveryStore(Clock.systemUTC(), 100);
		for (int i = 0; i < 5; i++) {
			store.complete(store.claim("expiring-" + i, Duration.ofSeconds(30)), Duration.ofMillis(100));
		}
		store.complete(store.claim("kept", Duration.ofSeconds(30)), Duration.ofMinutes(10));
		WebhookDeliveryStorePurger purger = new WebhookDeliveryStorePurger(store, Duration.ofMillis(50),
				WebhookDeduplicationMetrics.NONE);
		purger.start();
		try {
			assertThat(purger.isRunning()).isTrue();
			await().atMost(Duration.ofSeconds(5)).until(() -> store.size() == 1);
		}
		finally {
			purger.stop();
		}
		assertThat(purger.isRunning()).isFalse();
	}

	@Test
	void aFailedPurgeIsCountedAndTriedAgainLater() {
		SimpleMeterRegistry registry = new SimpleMeterRegistry();
		WebhookDeliveryStorePurger purger = new WebhookDeliveryStorePurger(new FailingStore(), Duration.ofMinutes(1),
				new MicrometerWebhookDeduplicationMetrics(registry, "failing"));
		assertThat(purger.purge()).isEqualTo(-1);
		assertThat(registry
			.counter("uploadcare.webhooks.deduplication.store.errors", "store", "failing", "operation", "purge")
			.count()).isEqualTo(1);
	}

}
