package dev.ucare.client.internal;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.function.Supplier;

import dev.ucare.client.UploadcareException;
import dev.ucare.client.UploadcareTimeoutException;
import dev.ucare.client.WaitSettings;

/**
 * Polls a server-side job with capped exponential intervals until it yields a result,
 * fails, or the deadline passes. The blocking form waits on the calling thread; the
 * non-blocking form schedules each poll and stops as soon as its future is cancelled.
 */
public final class Poller {

	private static final ExecutorService POLLS = DaemonThreads.cachedPool("uploadcare-poll");

	private Poller() {
	}

	/**
	 * One look at the job: a result when it is done, empty while it runs; throws when it
	 * failed.
	 */
	@FunctionalInterface
	public interface Check<T> {

		Optional<T> poll();

	}

	/**
	 * Polls on this thread until {@code check} yields; {@code what} names the job in the
	 * timeout message.
	 */
	public static <T> T await(String what, WaitSettings settings, Check<T> check) {
		long deadline = System.nanoTime() + settings.timeout().toNanos();
		Duration interval = settings.initialInterval();
		while (true) {
			Optional<T> result = check.poll();
			if (result.isPresent()) {
				return result.get();
			}
			if (System.nanoTime() + interval.toNanos() > deadline) {
				throw timeout(what, settings);
			}
			try {
				Thread.sleep(interval.toMillis());
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new UploadcareException("Interrupted while waiting for " + what, ex);
			}
			interval = next(interval, settings);
		}
	}

	/** Polls in the background; cancelling the returned future stops polling. */
	public static <T> CompletableFuture<T> async(String what, WaitSettings settings, Check<T> check) {
		CompletableFuture<T> future = new CompletableFuture<>();
		long deadline = System.nanoTime() + settings.timeout().toNanos();
		schedule(future, what, settings, check, Duration.ZERO, settings.initialInterval(), deadline);
		return future;
	}

	private static <T> void schedule(CompletableFuture<T> future, String what, WaitSettings settings, Check<T> check,
			Duration delay, Duration interval, long deadline) {
		CompletableFuture.delayedExecutor(delay.toMillis(), TimeUnit.MILLISECONDS, POLLS).execute(() -> {
			if (future.isDone()) {
				return;
			}
			try {
				Optional<T> result = check.poll();
				if (result.isPresent()) {
					future.complete(result.get());
				}
				else if (System.nanoTime() + interval.toNanos() > deadline) {
					future.completeExceptionally(timeout(what, settings));
				}
				else {
					schedule(future, what, settings, check, interval, next(interval, settings), deadline);
				}
			}
			catch (RuntimeException | Error ex) {
				future.completeExceptionally(ex);
			}
		});
	}

	/**
	 * Non-blocking "start a job, then poll it": runs {@code start} (the request creating
	 * the job) on the background pool, then {@code poll} with its result. The returned
	 * future completes as the polling does, with {@link CompletionException}s unwrapped;
	 * cancelling it cancels whichever stage runs.
	 */
	public static <J, T> CompletableFuture<T> startThenPoll(Supplier<J> start, Function<J, CompletableFuture<T>> poll) {
		CompletableFuture<T> result = new CompletableFuture<>();
		CompletableFuture<J> started = supplyAsync(start);
		AtomicReference<CompletableFuture<T>> polling = new AtomicReference<>();
		started.whenComplete((job, failure) -> {
			if (failure != null) {
				result.completeExceptionally(unwrap(failure));
				return;
			}
			if (result.isDone()) {
				return;
			}
			CompletableFuture<T> running;
			try {
				running = poll.apply(job);
			}
			catch (RuntimeException ex) {
				result.completeExceptionally(ex);
				return;
			}
			polling.set(running);
			running.whenComplete((value, error) -> {
				if (error != null) {
					result.completeExceptionally(unwrap(error));
				}
				else {
					result.complete(value);
				}
			});
			if (result.isCancelled()) {
				running.cancel(true);
			}
		});
		result.whenComplete((value, error) -> {
			if (result.isCancelled()) {
				started.cancel(true);
				CompletableFuture<T> running = polling.get();
				if (running != null) {
					running.cancel(true);
				}
			}
		});
		return result;
	}

	private static Throwable unwrap(Throwable error) {
		return error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
	}

	/** Runs {@code task} on the client's background pool. */
	public static <T> CompletableFuture<T> supplyAsync(Supplier<T> task) {
		return CompletableFuture.supplyAsync(task, POLLS);
	}

	private static Duration next(Duration interval, WaitSettings settings) {
		long millis = (long) Math.min(interval.toMillis() * settings.multiplier(), settings.maxInterval().toMillis());
		return Duration.ofMillis(Math.max(millis, 1));
	}

	private static UploadcareTimeoutException timeout(String what, WaitSettings settings) {
		return new UploadcareTimeoutException(what + " did not finish within " + settings.timeout());
	}

}
