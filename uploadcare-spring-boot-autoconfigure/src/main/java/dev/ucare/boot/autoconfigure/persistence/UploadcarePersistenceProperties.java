package dev.ucare.boot.autoconfigure.persistence;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.Errors;
import org.springframework.validation.Validator;

/**
 * Files on entities, bound from {@code uploadcare.persistence.*}.
 *
 * @param lifecycle Storing and deleting the files of entity attributes with
 * {@code @UploadcareStore} and {@code @UploadcareDeleteOnRemove} after commits.
 */
@ConfigurationProperties("uploadcare.persistence")
public record UploadcarePersistenceProperties(@DefaultValue Lifecycle lifecycle) implements Validator {

	@Override
	public boolean supports(Class<?> type) {
		return UploadcarePersistenceProperties.class.isAssignableFrom(type);
	}

	@Override
	public void validate(Object target, Errors errors) {
		Lifecycle lifecycle = ((UploadcarePersistenceProperties) target).lifecycle();
		Retry retry = lifecycle.retry();
		if (retry.maxRetries() < 0) {
			errors.reject("invalid", "uploadcare.persistence.lifecycle.retry.max-retries must be 0 or more");
		}
		if (retry.initialDelay().isNegative()) {
			errors.reject("invalid", "uploadcare.persistence.lifecycle.retry.initial-delay must not be negative");
		}
		if (retry.multiplier() < 1.0) {
			errors.reject("invalid", "uploadcare.persistence.lifecycle.retry.multiplier must be 1.0 or more");
		}
		if (retry.maxDelay().compareTo(retry.initialDelay()) < 0) {
			errors.reject("invalid", "uploadcare.persistence.lifecycle.retry.max-delay must not be shorter than "
					+ "uploadcare.persistence.lifecycle.retry.initial-delay");
		}
		if (lifecycle.awaitTermination().isNegative()) {
			errors.reject("invalid", "uploadcare.persistence.lifecycle.await-termination must not be negative");
		}
	}

	/**
	 * The entity lifecycle.
	 *
	 * @param enabled Whether to store and delete the files of annotated entity attributes
	 * after commits.
	 * @param execution Where the work of a committed transaction runs: "async" on a task
	 * executor (the "uploadcareEntityFilesTaskExecutor" bean, else a single thread of the
	 * lifecycle's own, in commit order), or "sync" on the committing thread after the
	 * commit.
	 * @param retry Back-off of a call that still fails after the client's own retries
	 * (throttling, 5xx answers, network errors).
	 * @param awaitTermination How long stopping the application waits for queued work of
	 * the lifecycle's own executor; what is left is reported as failed.
	 */
	public record Lifecycle(@DefaultValue("true") boolean enabled, @DefaultValue("async") Execution execution,
			@DefaultValue Retry retry, @DefaultValue("30s") Duration awaitTermination) {
	}

	/** Where the work of a committed transaction runs. */
	public enum Execution {

		/** On a task executor, after the commit. */
		ASYNC,

		/** On the committing thread, after the commit. */
		SYNC

	}

	/**
	 * Back-off over the client's retries.
	 *
	 * @param maxRetries Further calls of a request that still fails after the client's
	 * own retries.
	 * @param initialDelay Wait before the first further call.
	 * @param multiplier Growth of the wait from one further call to the next.
	 * @param maxDelay Longest wait between further calls.
	 */
	public record Retry(@DefaultValue("5") int maxRetries, @DefaultValue("2s") Duration initialDelay,
			@DefaultValue("2.0") double multiplier, @DefaultValue("1m") Duration maxDelay) {
	}

}
