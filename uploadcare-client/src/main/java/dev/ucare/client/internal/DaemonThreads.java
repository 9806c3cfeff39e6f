package dev.ucare.client.internal;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import org.jspecify.annotations.Nullable;

/**
 * The client's background threads: created on demand, ended after a minute idle, and
 * daemon, so that a client never keeps the JVM alive (closing a client ends its own pools
 * at once). Interrupting one of them (cancelling its task, closing its pool) also aborts
 * the HTTP exchange it is blocked in ({@link UrlConnectionRequestFactory}), since
 * blocking socket I/O does not notice interrupts by itself.
 */
public final class DaemonThreads {

	private DaemonThreads() {
	}

	/** A cached pool whose threads are named {@code <name>-<n>}. */
	public static ExecutorService cachedPool(String name) {
		AtomicInteger count = new AtomicInteger();
		return Executors.newCachedThreadPool(task -> {
			Thread thread = new AbortableThread(task, name + "-" + count.incrementAndGet());
			thread.setDaemon(true);
			return thread;
		});
	}

	/**
	 * A pool thread that runs an abort action (closing the connection of the exchange in
	 * progress) when it is interrupted.
	 */
	static final class AbortableThread extends Thread {

		private volatile @Nullable Runnable onInterrupt;

		AbortableThread(Runnable task, String name) {
			super(task, name);
		}

		/** What to run when interrupted; {@code null} for nothing. */
		void onInterrupt(@Nullable Runnable action) {
			this.onInterrupt = action;
		}

		@Override
		public void interrupt() {
			super.interrupt();
			Runnable action = onInterrupt;
			if (action != null) {
				action.run();
			}
		}

	}

}
