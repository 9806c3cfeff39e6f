package dev.ucare.boot.autoconfigure.webhooks.deduplication;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

import dev.ucare.boot.autoconfigure.webhooks.UploadcareWebhookEvent;

import org.springframework.context.ApplicationListener;
import org.springframework.context.PayloadApplicationEvent;

/**
 * A listener shared by every instance of a multi-instance test: counts the successful
 * runs per file UUID, and fails the first run of the UUIDs it is told to (a simulated
 * listener failure).
 */
public final class Ledger implements ApplicationListener<PayloadApplicationEvent<?>> {

	private final Map<String, AtomicInteger> successes = new ConcurrentHashMap<>();

	private final Set<String> failOnce = ConcurrentHashMap.newKeySet();

	private final AtomicInteger failures = new AtomicInteger();

	private final Set<String> failedOnce = ConcurrentHashMap.newKeySet();

	private volatile Predicate<UploadcareWebhookEvent> failFirstRun = (event) -> false;

	@Override
	public void onApplicationEvent(PayloadApplicationEvent<?> published) {
		if (published.getPayload() instanceof UploadcareWebhookEvent event) {
			on(event);
		}
	}

	private void on(UploadcareWebhookEvent event) {
		String uuid = event.file().uuid();
		if (failOnce.remove(uuid) || (failFirstRun.test(event) && failedOnce.add(uuid))) {
			failures.incrementAndGet();
			throw new IllegalStateException("simulated listener failure for " + uuid);
		}
		successes.computeIfAbsent(uuid, (key) -> new AtomicInteger()).incrementAndGet();
	}

	/** Makes the next run for {@code uuid} fail. */
	public void failOnce(String uuid) {
		failOnce.add(uuid);
	}

	/** Makes the first run fail for every event matching {@code condition}. */
	public void failFirstRunWhen(Predicate<UploadcareWebhookEvent> condition) {
		this.failFirstRun = condition;
	}

	/** Successful runs per UUID. */
	public Map<String, AtomicInteger> successes() {
		return successes;
	}

	/** Total successful runs. */
	public int successfulRuns() {
		return successes.values().stream().mapToInt(AtomicInteger::get).sum();
	}

	/** Simulated failures so far. */
	public int failures() {
		return failures.get();
	}

}
