package dev.ucare.emulator.state;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.List;

import dev.ucare.emulator.http.ApiError;

/**
 * Tells when the heap is nearly full after a garbage collection, so that the emulator
 * refuses new uploads with a 503 instead of running out of memory and hanging. Watches
 * the heap pools that report usage after collections (the old generation), with a
 * threshold of {@value #THRESHOLD_PERCENT}% of their maximum, set unless something else
 * in the JVM set one already.
 */
public final class HeapGuard {

	public static final int THRESHOLD_PERCENT = 90;

	private static final List<MemoryPoolMXBean> POOLS = ManagementFactory.getMemoryPoolMXBeans()
		.stream()
		.filter(p -> p.getType() == MemoryType.HEAP && p.isCollectionUsageThresholdSupported()
				&& p.getUsage().getMax() > 0)
		.toList();

	static {
		for (MemoryPoolMXBean pool : POOLS) {
			try {
				if (pool.getCollectionUsageThreshold() == 0) {
					pool.setCollectionUsageThreshold(pool.getUsage().getMax() * THRESHOLD_PERCENT / 100);
				}
			}
			catch (RuntimeException e) {
				// not supported after all: this pool is not watched
			}
		}
	}

	private HeapGuard() {
	}

	/**
	 * @return whether a watched pool was over its threshold after its latest collection
	 */
	public static boolean nearlyFull() {
		for (MemoryPoolMXBean pool : POOLS) {
			try {
				if (pool.getCollectionUsageThreshold() > 0 && pool.isCollectionUsageThresholdExceeded()) {
					return true;
				}
			}
			catch (RuntimeException e) {
				// not watched
			}
		}
		return false;
	}

	/** Throws a 503 when the heap is nearly full. */
	public static void admitUpload() {
		if (nearlyFull()) {
			throw new ApiError(503,
					"The emulator's heap is nearly full (over " + THRESHOLD_PERCENT
							+ "% after a garbage collection): it takes no more uploads. Delete files, reset() it, "
							+ "lower its memory budget or give its JVM more heap (-Xmx).",
					"ServiceUnavailableError");
		}
	}

}
