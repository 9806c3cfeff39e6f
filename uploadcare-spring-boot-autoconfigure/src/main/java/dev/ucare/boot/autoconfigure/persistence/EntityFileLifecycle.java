package dev.ucare.boot.autoconfigure.persistence;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import dev.ucare.boot.autoconfigure.projects.UnknownUploadcareProjectException;
import dev.ucare.boot.autoconfigure.projects.UploadcareClients;
import dev.ucare.client.UploadcareClient;
import dev.ucare.client.UploadcareException;
import dev.ucare.client.UploadcareNetworkException;
import dev.ucare.client.UploadcareNotFoundException;
import dev.ucare.client.UploadcareThrottledException;
import dev.ucare.client.files.BatchResult;
import dev.ucare.client.groups.GroupInfo;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.retry.RetryException;
import org.springframework.core.retry.RetryPolicy;
import org.springframework.core.retry.RetryTemplate;
import org.springframework.core.task.TaskExecutor;

/**
 * Stores and deletes the files of committed transactions: the work planned by the entity
 * listener from {@link UploadcareStore} and {@link UploadcareDeleteOnRemove} attributes.
 * Each transaction's work is one batch: per project, one {@code storeAll} and one
 * {@code deleteAll} (the client sends 100 UUIDs per request), preceded by one request per
 * group to list its files. Batches run on a task executor, in commit order with the
 * default single-threaded one, or synchronously on the committing thread.
 * <p>
 * Throttling, 5xx answers and network errors are retried by the client's policy, then,
 * when the client gives up, the whole call again with this lifecycle's back-off, so that
 * a storm of 429s delays the work without losing it. What still fails (and what
 * Uploadcare reports as a problem of a batch: unknown file, another project's file, a
 * deleted file) is logged with the entity and attribute, counted and published as an
 * {@link EntityFileFailedEvent}. Work still queued when the application stops and not
 * done within the termination timeout is reported the same way.
 */
public final class EntityFileLifecycle implements AutoCloseable {

	private static final Log logger = LogFactory.getLog(EntityFileLifecycle.class);

	private final UploadcareClients clients;

	private final @Nullable TaskExecutor executor;

	private final @Nullable ExecutorService ownedExecutor;

	private final Duration awaitTermination;

	private final RetryTemplate retry;

	private final EntityFileMetrics metrics;

	private final ApplicationEventPublisher events;

	private final Object idle = new Object();

	private int pending;

	/**
	 * @param clients the clients by project
	 * @param executor where batches run; {@code null} to run them on the committing
	 * thread
	 * @param ownedExecutor the executor service behind {@code executor} when this
	 * lifecycle owns it and shuts it down on {@link #close()}, else {@code null}
	 * @param awaitTermination how long {@link #close()} waits for queued batches
	 * @param retry the back-off over the client's retries
	 * @param metrics where outcomes are counted
	 * @param events where failures are published
	 */
	EntityFileLifecycle(UploadcareClients clients, @Nullable TaskExecutor executor,
			@Nullable ExecutorService ownedExecutor, Duration awaitTermination, RetryPolicy retry,
			EntityFileMetrics metrics, ApplicationEventPublisher events) {
		this.clients = clients;
		this.executor = executor;
		this.ownedExecutor = ownedExecutor;
		this.awaitTermination = awaitTermination;
		this.retry = new RetryTemplate(retry);
		this.metrics = metrics;
		this.events = events;
	}

	/**
	 * The retry policy of the lifecycle: what the client retries (throttling always, 5xx
	 * and network errors of its idempotent calls) with this back-off.
	 */
	static RetryPolicy retryPolicy(int maxRetries, Duration initialDelay, double multiplier, Duration maxDelay) {
		return RetryPolicy.builder()
			.maxRetries(maxRetries)
			.delay(initialDelay)
			.multiplier(multiplier)
			.maxDelay(maxDelay)
			.predicate(EntityFileLifecycle::isRetryable)
			.build();
	}

	private static boolean isRetryable(Throwable failure) {
		return failure instanceof UploadcareThrottledException || failure instanceof UploadcareNetworkException
				|| (failure instanceof UploadcareException ex && ex.status() >= 500);
	}

	/** Plans a committed transaction's work and runs it, or hands it to the executor. */
	void committed(TransactionFiles files) {
		List<FileTask> tasks;
		try {
			tasks = files.plan();
		}
		catch (RuntimeException ex) {
			logger.error("Uploadcare: the files of a committed transaction could not be planned", ex);
			return;
		}
		if (tasks.isEmpty()) {
			return;
		}
		Batch batch = new Batch(tasks);
		synchronized (idle) {
			pending++;
		}
		if (executor == null) {
			batch.run();
			return;
		}
		try {
			executor.execute(batch);
		}
		catch (RejectedExecutionException ex) {
			done();
			failAll(tasks, "the task executor refused the work: " + ex.getMessage(), ex);
		}
	}

	/**
	 * Waits until the work of every transaction committed so far is done, e.g. in a test
	 * before looking at the files.
	 * @param timeout the longest wait
	 * @return whether it is done; {@code false} when the time ran out
	 * @throws InterruptedException when interrupted while waiting
	 */
	public boolean awaitIdle(Duration timeout) throws InterruptedException {
		long deadline = System.nanoTime() + timeout.toNanos();
		synchronized (idle) {
			while (pending > 0) {
				long left = deadline - System.nanoTime();
				if (left <= 0) {
					return false;
				}
				TimeUnit.NANOSECONDS.timedWait(idle, left);
			}
			return true;
		}
	}

	private void done() {
		synchronized (idle) {
			pending--;
			idle.notifyAll();
		}
	}

	/**
	 * Processes one transaction's tasks now, on the calling thread.
	 * @param tasks the tasks
	 */
	void process(List<FileTask> tasks) {
		Map<String, List<FileTask>> byProject = new LinkedHashMap<>();
		for (FileTask task : tasks) {
			String invalid = task.value().invalid();
			if (invalid != null) {
				new Outcome(task.action(), task.value().projectName()).fail(task, invalid, null).report();
				continue;
			}
			byProject.computeIfAbsent(task.value().projectName(), (name) -> new ArrayList<>()).add(task);
		}
		byProject.forEach((project, projectTasks) -> {
			UploadcareClient client;
			try {
				client = clients.get(project);
			}
			catch (UnknownUploadcareProjectException ex) {
				failAll(projectTasks, Objects.requireNonNullElse(ex.getMessage(), "unknown project " + project), ex);
				return;
			}
			for (EntityFileAction action : EntityFileAction.values()) {
				List<FileTask> todo = projectTasks.stream().filter((task) -> task.action() == action).toList();
				if (!todo.isEmpty()) {
					run(client, project, action, todo).report();
				}
			}
		});
	}

	private Outcome run(UploadcareClient client, String project, EntityFileAction action, List<FileTask> tasks) {
		Outcome outcome = new Outcome(action, project);
		Map<String, List<FileTask>> byUuid = new LinkedHashMap<>();
		for (FileTask task : tasks) {
			outcome.tasks.add(task);
			if (!task.value().group()) {
				byUuid.computeIfAbsent(task.value().id(), (uuid) -> new ArrayList<>()).add(task);
				continue;
			}
			try {
				GroupInfo group = retrying(() -> client.groups().get(task.value().id()));
				group.fileUuids().forEach((uuid) -> byUuid.computeIfAbsent(uuid, (key) -> new ArrayList<>()).add(task));
			}
			catch (RuntimeException ex) {
				outcome.fail(task, describe(ex), ex);
			}
		}
		if (!byUuid.isEmpty()) {
			try {
				List<String> uuids = List.copyOf(byUuid.keySet());
				BatchResult result = retrying(() -> (action == EntityFileAction.STORE) ? client.files().storeAll(uuids)
						: client.files().deleteAll(uuids));
				result.problems().forEach((uuid, problem) -> {
					for (FileTask task : byUuid.getOrDefault(uuid.toLowerCase(java.util.Locale.ROOT), List.of())) {
						outcome.fail(task,
								task.value().group() ? "file " + uuid + " of the group: " + problem : problem, null);
					}
				});
			}
			catch (RuntimeException ex) {
				byUuid.values().forEach((list) -> list.forEach((task) -> outcome.fail(task, describe(ex), ex)));
			}
		}
		if (action == EntityFileAction.DELETE) {
			for (FileTask task : tasks) {
				if (task.value().group() && !outcome.failed.containsKey(task)) {
					try {
						retrying(() -> {
							client.groups().delete(task.value().id());
							return null;
						});
					}
					catch (UploadcareNotFoundException ex) {
						// already gone
					}
					catch (RuntimeException ex) {
						outcome.fail(task, describe(ex), ex);
					}
				}
			}
		}
		return outcome;
	}

	private <T> T retrying(Supplier<T> call) {
		try {
			return retry.execute(call::get);
		}
		catch (RetryException ex) {
			Throwable cause = (ex.getCause() != null) ? ex.getCause() : ex;
			if (cause instanceof RuntimeException runtime) {
				throw runtime;
			}
			if (cause instanceof InterruptedException) {
				Thread.currentThread().interrupt();
			}
			throw new IllegalStateException("interrupted while waiting to retry", cause);
		}
	}

	private static String describe(Throwable ex) {
		String message = ex.getMessage();
		return ex.getClass().getSimpleName() + ((message != null) ? ": " + message : "");
	}

	private void failAll(Collection<FileTask> tasks, String reason, @Nullable Throwable error) {
		Map<String, Outcome> outcomes = new LinkedHashMap<>();
		for (FileTask task : tasks) {
			String key = task.action() + "/" + task.value().projectName();
			outcomes.computeIfAbsent(key, (k) -> new Outcome(task.action(), task.value().projectName()))
				.fail(task, reason, error);
		}
		outcomes.values().forEach(Outcome::report);
	}

	/**
	 * Stops the executor this lifecycle owns: waits up to the termination timeout for
	 * queued batches, then interrupts the running one and reports what was not done.
	 */
	@Override
	public void close() {
		ExecutorService ownedExecutor = this.ownedExecutor;
		if (ownedExecutor == null) {
			return;
		}
		ownedExecutor.shutdown();
		try {
			if (ownedExecutor.awaitTermination(awaitTermination.toMillis(), TimeUnit.MILLISECONDS)) {
				return;
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		for (Runnable left : ownedExecutor.shutdownNow()) {
			if (left instanceof Batch batch) {
				done();
				failAll(batch.tasks, "the application stopped before the work was done", null);
			}
		}
	}

	/** One committed transaction's work. */
	private final class Batch implements Runnable {

		private final List<FileTask> tasks;

		Batch(List<FileTask> tasks) {
			this.tasks = tasks;
		}

		@Override
		public void run() {
			try {
				process(tasks);
			}
			catch (RuntimeException ex) {
				logger.error("Uploadcare: processing the files of a committed transaction failed", ex);
			}
			finally {
				done();
			}
		}

	}

	/** The outcome of one action for one project: logged, counted and published. */
	private final class Outcome {

		private final EntityFileAction action;

		private final String project;

		private final Set<FileTask> tasks = new LinkedHashSet<>();

		private final Map<FileTask, Failure> failed = new LinkedHashMap<>();

		Outcome(EntityFileAction action, String project) {
			this.action = action;
			this.project = project;
		}

		Outcome fail(FileTask task, String reason, @Nullable Throwable error) {
			tasks.add(task);
			failed.putIfAbsent(task, new Failure(reason, error));
			return this;
		}

		void report() {
			int succeeded = 0;
			int failures = 0;
			for (FileTask task : tasks) {
				Failure failure = failed.get(task);
				if (failure == null) {
					succeeded += task.origins().size();
					continue;
				}
				for (FileTask.Origin origin : task.origins()) {
					failures++;
					logger.warn("Uploadcare could not " + action.tag() + " "
							+ (task.value().group() ? "group " : "file ") + task.value().id() + " of " + origin
							+ " (project '" + project + "'): " + failure.reason());
					if (failure.error() != null && logger.isDebugEnabled()) {
						logger.debug("Failure to " + action.tag() + " " + task.value().id(), failure.error());
					}
					publish(new EntityFileFailedEvent(action, project, task.value().id(), origin.entity(), origin.id(),
							origin.field(), failure.reason(), failure.error()));
				}
			}
			if (succeeded > 0) {
				metrics.record(action, project, true, succeeded);
				if (logger.isDebugEnabled()) {
					logger.debug("Uploadcare: " + action.tag() + " done for " + succeeded + " reference(s) of project '"
							+ project + "'");
				}
			}
			if (failures > 0) {
				metrics.record(action, project, false, failures);
			}
		}

		private void publish(EntityFileFailedEvent event) {
			try {
				events.publishEvent(event);
			}
			catch (RuntimeException ex) {
				logger.warn("Publishing " + event + " failed: " + ex);
			}
		}

	}

	private record Failure(String reason, @Nullable Throwable error) {
	}

}
