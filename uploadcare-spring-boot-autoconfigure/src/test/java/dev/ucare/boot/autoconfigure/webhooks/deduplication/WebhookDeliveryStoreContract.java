package dev.ucare.boot.autoconfigure.webhooks.deduplication;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.awaitility.Awaitility.await;

/**
 * What every {@link WebhookDeliveryStore} must do, run against each implementation with
 * its real technology. Leases and windows are short real durations: expiry is awaited,
 * not slept through.
 */
public abstract class WebhookDeliveryStoreContract {

	protected static final Duration LEASE = Duration.ofSeconds(30);

	protected static final Duration WINDOW = Duration.ofMinutes(10);

	/** A store over the shared technology; two calls give two "instances". */
	protected abstract WebhookDeliveryStore newStore();

	protected static String key() {
		return UUID.randomUUID().toString().replace("-", "");
	}

	@Test
	void aNewDeliveryIsClaimedOnce() {
		WebhookDeliveryStore store = newStore();
		String key = key();
		DeliveryClaim claim = store.claim(key, LEASE);
		assertThat(claim.status()).isEqualTo(DeliveryClaim.Status.CLAIMED);
		assertThat(claim.granted()).isTrue();
		assertThat(newStore().claim(key, LEASE).status()).isEqualTo(DeliveryClaim.Status.IN_PROGRESS);
	}

	@Test
	void aCompletedDeliveryIsADuplicateForEveryInstance() {
		WebhookDeliveryStore store = newStore();
		String key = key();
		DeliveryClaim claim = store.claim(key, LEASE);
		assertThat(store.complete(claim, WINDOW)).isTrue();
		assertThat(store.claim(key, LEASE).status()).isEqualTo(DeliveryClaim.Status.COMPLETED);
		assertThat(newStore().claim(key, LEASE).status()).isEqualTo(DeliveryClaim.Status.COMPLETED);
	}

	@Test
	void onlyAGrantedClaimCanBeCompleted() {
		WebhookDeliveryStore store = newStore();
		String key = key();
		DeliveryClaim granted = store.claim(key, LEASE);
		DeliveryClaim inProgress = newStore().claim(key, LEASE);
		assertThatIllegalArgumentException().isThrownBy(() -> store.complete(inProgress, WINDOW))
			.withMessage("Only a granted claim can be completed");
		assertThat(store.complete(granted, WINDOW)).isTrue();
	}

	@Test
	void aReleasedDeliveryCanBeClaimedAgain() {
		WebhookDeliveryStore store = newStore();
		String key = key();
		store.release(store.claim(key, LEASE));
		DeliveryClaim again = newStore().claim(key, LEASE);
		assertThat(again.granted()).isTrue();
	}

	@Test
	void releasingDoesNotTouchAnotherClaim() {
		WebhookDeliveryStore store = newStore();
		String key = key();
		DeliveryClaim first = store.claim(key, Duration.ofMillis(300));
		await().atMost(Duration.ofSeconds(5))
			.pollInterval(Duration.ofMillis(50))
			.until(() -> newStore().claim(key, LEASE).granted());
		store.release(first); // late: the lease had expired and the delivery was taken
								// over
		assertThat(newStore().claim(key, LEASE).status()).isEqualTo(DeliveryClaim.Status.IN_PROGRESS);
	}

	@Test
	void anExpiredLeaseIsTakenOverAndTheLateCompletionSaysSo() {
		WebhookDeliveryStore crashed = newStore();
		String key = key();
		DeliveryClaim first = crashed.claim(key, Duration.ofMillis(300));
		WebhookDeliveryStore survivor = newStore();
		DeliveryClaim[] second = new DeliveryClaim[1];
		await().atMost(Duration.ofSeconds(5)).pollInterval(Duration.ofMillis(50)).until(() -> {
			second[0] = survivor.claim(key, LEASE);
			return second[0].granted();
		});
		assertThat(second[0].status()).isIn(takeOverStatuses());
		assertThat(survivor.complete(second[0], WINDOW)).isTrue();
		assertThat(crashed.complete(first, WINDOW)).isFalse();
		assertThat(survivor.claim(key, LEASE).status()).isEqualTo(DeliveryClaim.Status.COMPLETED);
	}

	/** What a claim after an expired lease answers ({@code TAKEN_OVER} where known). */
	protected List<DeliveryClaim.Status> takeOverStatuses() {
		return List.of(DeliveryClaim.Status.TAKEN_OVER);
	}

	@Test
	void aCompletionIsForgottenAfterItsWindow() {
		WebhookDeliveryStore store = newStore();
		String key = key();
		store.complete(store.claim(key, LEASE), Duration.ofMillis(300));
		await().atMost(Duration.ofSeconds(5))
			.pollInterval(Duration.ofMillis(50))
			.until(() -> store.claim(key, LEASE).status() == DeliveryClaim.Status.CLAIMED);
	}

	@Test
	void concurrentClaimsOfOneDeliveryGrantExactlyOne() throws Exception {
		int threads = 16;
		List<WebhookDeliveryStore> stores = List.of(newStore(), newStore());
		ExecutorService pool = Executors.newFixedThreadPool(threads);
		try {
			for (int round = 0; round < 20; round++) {
				String key = key();
				CountDownLatch start = new CountDownLatch(1);
				List<Future<DeliveryClaim>> claims = new ArrayList<>();
				for (int t = 0; t < threads; t++) {
					WebhookDeliveryStore store = stores.get(t % 2);
					Callable<DeliveryClaim> claim = () -> {
						start.await();
						return store.claim(key, LEASE);
					};
					claims.add(pool.submit(claim));
				}
				start.countDown();
				int granted = 0;
				for (Future<DeliveryClaim> claim : claims) {
					granted += claim.get().granted() ? 1 : 0;
				}
				assertThat(granted).as("round %d", round).isEqualTo(1);
			}
		}
		finally {
			pool.shutdownNow();
		}
	}

	@Test
	void purgeRemovesExpiredEntriesOnly() {
		WebhookDeliveryStore store = newStore();
		String expired = key();
		String kept = key();
		store.complete(store.claim(expired, LEASE), Duration.ofMillis(200));
		store.complete(store.claim(kept, LEASE), WINDOW);
		await().atMost(Duration.ofSeconds(5)).pollInterval(Duration.ofMillis(50)).until(() -> {
			store.purgeExpired();
			return store.claim(expired, LEASE).status() == DeliveryClaim.Status.CLAIMED;
		});
		assertThat(store.claim(kept, LEASE).status()).isEqualTo(DeliveryClaim.Status.COMPLETED);
	}

	@Test
	void checkPassesWhenReachable() {
		newStore().check();
	}

}
