package dev.ucare.boot.autoconfigure.metrics;

import java.util.Locale;

import dev.ucare.boot.autoconfigure.webhooks.deduplication.WebhookDeduplicationMetrics;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * {@link WebhookDeduplicationMetrics} as Micrometer counters, registered (at 0) when
 * created:
 * <ul>
 * <li>{@code uploadcare.webhooks.deduplication.claims}, tag {@code result}
 * ({@code claimed}, {@code taken_over});</li>
 * <li>{@code uploadcare.webhooks.deduplication.duplicates}, tag {@code state}
 * ({@code completed}: answered 200; {@code in_progress}: answered 409);</li>
 * <li>{@code uploadcare.webhooks.deduplication.lease.expiries}, tag {@code kind}
 * ({@code taken_over}, {@code outlived});</li>
 * <li>{@code uploadcare.webhooks.deduplication.store.errors}, tag {@code operation}
 * ({@code claim}, {@code complete}, {@code release}, {@code purge}).</li>
 * </ul>
 * Every counter also has the tag {@code store} ({@code memory}, {@code jdbc},
 * {@code redis}, …).
 */
public final class MicrometerWebhookDeduplicationMetrics implements WebhookDeduplicationMetrics {

	private final Counter claimed;

	private final Counter takenOver;

	private final Counter completedDuplicates;

	private final Counter inProgressDuplicates;

	private final Counter expiredTakenOver;

	private final Counter expiredOutlived;

	private final MeterRegistry registry;

	private final String store;

	/**
	 * @param registry where the counters live
	 * @param store the store's name (the {@code store} tag)
	 */
	public MicrometerWebhookDeduplicationMetrics(MeterRegistry registry, String store) {
		this.registry = registry;
		this.store = store;
		this.claimed = counter("uploadcare.webhooks.deduplication.claims", "result", "claimed");
		this.takenOver = counter("uploadcare.webhooks.deduplication.claims", "result", "taken_over");
		this.completedDuplicates = counter("uploadcare.webhooks.deduplication.duplicates", "state", "completed");
		this.inProgressDuplicates = counter("uploadcare.webhooks.deduplication.duplicates", "state", "in_progress");
		this.expiredTakenOver = counter("uploadcare.webhooks.deduplication.lease.expiries", "kind", "taken_over");
		this.expiredOutlived = counter("uploadcare.webhooks.deduplication.lease.expiries", "kind", "outlived");
		for (String operation : new String[] { "claim", "complete", "release", "purge" }) {
			counter("uploadcare.webhooks.deduplication.store.errors", "operation", operation);
		}
	}

	private Counter counter(String name, String tag, String value) {
		return Counter.builder(name).tag("store", store).tag(tag, value).register(registry);
	}

	@Override
	public void claimed(boolean takenOver) {
		(takenOver ? this.takenOver : this.claimed).increment();
	}

	@Override
	public void duplicateSuppressed(boolean inProgress) {
		(inProgress ? inProgressDuplicates : completedDuplicates).increment();
	}

	@Override
	public void leaseExpired(LeaseExpiry kind) {
		(kind == LeaseExpiry.TAKEN_OVER ? expiredTakenOver : expiredOutlived).increment();
	}

	@Override
	public void storeError(String operation) {
		counter("uploadcare.webhooks.deduplication.store.errors", "operation", operation.toLowerCase(Locale.ROOT))
			.increment();
	}

}
