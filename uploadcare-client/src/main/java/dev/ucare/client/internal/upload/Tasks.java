package dev.ucare.client.internal.upload;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * Runs blocking work in the background behind a {@link CompletableFuture} whose
 * cancellation interrupts it.
 */
final class Tasks {

	private Tasks() {
	}

	static <T> CompletableFuture<T> submit(ExecutorService executor, Supplier<T> work) {
		AtomicReference<Future<?>> running = new AtomicReference<>();
		CompletableFuture<T> result = new CompletableFuture<>() {
			@Override
			public boolean cancel(boolean mayInterruptIfRunning) {
				boolean cancelled = super.cancel(mayInterruptIfRunning);
				Future<?> task = running.get();
				if (task != null) {
					task.cancel(true);
				}
				return cancelled;
			}
		};
		Future<?> task = executor.submit(() -> {
			try {
				result.complete(work.get());
			}
			catch (Throwable ex) {
				result.completeExceptionally(ex);
			}
		});
		running.set(task);
		if (result.isCancelled()) {
			task.cancel(true);
		}
		return result;
	}

}
