package dev.ucare.boot.autoconfigure.health;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import dev.ucare.client.UploadcareException;
import dev.ucare.client.project.ProjectInfo;
import dev.ucare.client.project.ProjectOperations;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

/**
 * Health of the Uploadcare project: calls the REST API's project info (through a client
 * with a short timeout and no retries) and caches the result. UP carries the project
 * name, DOWN the error type and HTTP status; keys never appear.
 */
public final class UploadcareHealthIndicator implements HealthIndicator {

	private static final Log logger = LogFactory.getLog(UploadcareHealthIndicator.class);

	private final ProjectOperations project;

	private final Duration cacheTtl;

	private final Clock clock;

	private Health cached;

	private Instant cachedUntil = Instant.MIN;

	/**
	 * @param project project operations of a client dedicated to health checks
	 * @param cacheTtl how long a result is reused; zero to call every time
	 * @param clock time source
	 */
	public UploadcareHealthIndicator(ProjectOperations project, Duration cacheTtl, Clock clock) {
		this.project = project;
		this.cacheTtl = cacheTtl;
		this.clock = clock;
	}

	@Override
	public synchronized Health health() {
		Instant now = clock.instant();
		if (cached != null && now.isBefore(cachedUntil)) {
			return cached;
		}
		cached = check();
		cachedUntil = clock.instant().plus(cacheTtl);
		return cached;
	}

	private Health check() {
		try {
			ProjectInfo info = project.get();
			return Health.up().withDetail("project", info.name() == null ? "" : info.name()).build();
		}
		catch (RuntimeException ex) {
			if (logger.isDebugEnabled()) {
				logger.debug("Uploadcare health check failed: " + ex.getClass().getName());
			}
			Health.Builder down = Health.down().withDetail("error", ex.getClass().getSimpleName());
			if (ex instanceof UploadcareException uc && uc.status() > 0) {
				down.withDetail("status", uc.status());
			}
			return down.build();
		}
	}

}
