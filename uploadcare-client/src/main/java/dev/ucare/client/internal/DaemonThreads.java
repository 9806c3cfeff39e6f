package dev.ucare.client.internal;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The client's background threads: created on demand, ended after a minute idle, and
 * daemon, so that a client never keeps the JVM alive (closing a client ends its own pools
 * at once).
 */
public final class DaemonThreads {

	private DaemonThreads() {
	}

	/** A cached pool whose threads are named {@code <name>-<n>}. */
	public static ExecutorService cachedPool(String name) {
		AtomicInteger count = new AtomicInteger();
		return Executors.newCachedThreadPool(task -> {
			Thread thread = new Thread(task, name + "-" + count.incrementAndGet());
			thread.setDaemon(true);
			return thread;
		});
	}

}
