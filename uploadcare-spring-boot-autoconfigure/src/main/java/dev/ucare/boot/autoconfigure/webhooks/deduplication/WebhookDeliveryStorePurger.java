package dev.ucare.boot.autoconfigure.webhooks.deduplication;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;

import org.springframework.context.SmartLifecycle;

/**
 * Calls {@link WebhookDeliveryStore#purgeExpired()} at a fixed interval on its own daemon
 * thread while the application runs, so that the application needs no scheduler of its
 * own. A failed purge is logged and counted, and tried again at the next interval.
 */
public final class WebhookDeliveryStorePurger implements SmartLifecycle {

	private static final Log logger = LogFactory.getLog(WebhookDeliveryStorePurger.class);

	private final WebhookDeliveryStore store;

	private final Duration interval;

	private final WebhookDeduplicationMetrics metrics;

	private volatile @Nullable ScheduledExecutorService executor;

	/**
	 * @param store the store to purge
	 * @param interval time between two purges
	 * @param metrics counts failed purges
	 */
	public WebhookDeliveryStorePurger(WebhookDeliveryStore store, Duration interval,
			WebhookDeduplicationMetrics metrics) {
		if (interval.isNegative() || interval.isZero()) {
			throw new IllegalArgumentException("purge interval must be positive, was " + interval);
		}
		this.store = store;
		this.interval = interval;
		this.metrics = metrics;
	}

	/**
	 * Purges once now.
	 * @return entries removed, -1 when the store failed
	 */
	public int purge() {
		try {
			int removed = store.purgeExpired();
			if (removed > 0 && logger.isDebugEnabled()) {
				logger.debug("Purged " + removed + " expired webhook deliveries from the '" + store.name() + "' store");
			}
			return removed;
		}
		catch (RuntimeException ex) {
			metrics.storeError("purge");
			logger.warn("Could not purge expired webhook deliveries from the '" + store.name() + "' store ("
					+ ex.getClass().getSimpleName() + ": " + ex.getMessage() + "); trying again in " + interval);
			return -1;
		}
	}

	@Override
	public void start() {
		ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor((runnable) -> {
			Thread thread = new Thread(runnable, "uploadcare-webhook-store-purger");
			thread.setDaemon(true);
			return thread;
		});
		long millis = interval.toMillis();
		scheduler.scheduleWithFixedDelay(this::purge, millis, millis, TimeUnit.MILLISECONDS);
		this.executor = scheduler;
	}

	@Override
	public void stop() {
		ScheduledExecutorService scheduler = this.executor;
		if (scheduler != null) {
			scheduler.shutdownNow();
			this.executor = null;
		}
	}

	@Override
	public boolean isRunning() {
		return executor != null;
	}

}
