package dev.ucare.boot.autoconfigure.health;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import dev.ucare.client.UploadcareException;
import dev.ucare.client.project.ProjectInfo;
import dev.ucare.client.project.ProjectOperations;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.core.task.SimpleAsyncTaskExecutor;

/**
 * Health of the Uploadcare project: reads the project info through the REST API and
 * caches the result. UP carries the project name; DOWN the error type, HTTP status,
 * Uploadcare's {@code detail} and the request id (keys never appear), or the timeout when
 * no answer came in time; UNKNOWN says that the client runs in upload-only mode (no
 * secret key), where the REST API is not called. The call runs with the client's own
 * retries and timeouts; the check waits for it at most {@code timeout}, and while one
 * call is still running no second one starts.
 */
public final class UploadcareHealthIndicator implements HealthIndicator {

	private static final Log logger = LogFactory.getLog(UploadcareHealthIndicator.class);

	private final ProjectOperations project;

	private final boolean restAvailable;

	private final Duration timeout;

	private final Duration cacheTtl;

	private final Clock clock;

	private final SimpleAsyncTaskExecutor executor;

	private @Nullable CompletableFuture<ProjectInfo> call;

	private @Nullable Health cached;

	private Instant cachedUntil = Instant.MIN;

	/**
	 * @param project the project operations to call
	 * @param restAvailable whether the client has a secret key (else upload-only mode:
	 * UNKNOWN without a call)
	 * @param timeout how long a check waits for the answer
	 * @param cacheTtl how long a result is reused; zero to call every time
	 * @param clock time source
	 */
	public UploadcareHealthIndicator(ProjectOperations project, boolean restAvailable, Duration timeout,
			Duration cacheTtl, Clock clock) {
		this.project = project;
		this.restAvailable = restAvailable;
		this.timeout = timeout;
		this.cacheTtl = cacheTtl;
		this.clock = clock;
		this.executor = new SimpleAsyncTaskExecutor("uploadcare-health-");
		this.executor.setDaemon(true);
	}

	@Override
	public synchronized Health health() {
		Instant now = clock.instant();
		if (cached != null && now.isBefore(cachedUntil)) {
			return cached;
		}
		Health health = check();
		cached = health;
		cachedUntil = clock.instant().plus(cacheTtl);
		return health;
	}

	private Health check() {
		if (!restAvailable) {
			return Health.unknown()
				.withDetail("mode", "upload-only")
				.withDetail("reason", "no secret key is configured, so the REST API is not checked")
				.build();
		}
		CompletableFuture<ProjectInfo> current = call;
		if (current == null || current.isDone()) {
			current = CompletableFuture.supplyAsync(project::get, executor);
			call = current;
		}
		try {
			ProjectInfo info = current.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
			return Health.up().withDetail("project", info.name()).build();
		}
		catch (TimeoutException ex) {
			return Health.down().withDetail("error", "timeout").withDetail("timeout", timeout.toString()).build();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return Health.down().withDetail("error", "interrupted").build();
		}
		catch (ExecutionException ex) {
			return down((ex.getCause() != null) ? ex.getCause() : ex);
		}
	}

	private Health down(Throwable failure) {
		if (logger.isDebugEnabled()) {
			logger.debug("Uploadcare health check failed: " + failure.getClass().getName());
		}
		Health.Builder down = Health.down().withDetail("error", failure.getClass().getSimpleName());
		if (failure instanceof UploadcareException uc) {
			if (uc.status() > 0) {
				down.withDetail("status", uc.status());
			}
			if (uc.detail() != null) {
				down.withDetail("detail", uc.detail());
			}
			if (uc.requestId() != null) {
				down.withDetail("requestId", uc.requestId());
			}
		}
		return down.build();
	}

}
