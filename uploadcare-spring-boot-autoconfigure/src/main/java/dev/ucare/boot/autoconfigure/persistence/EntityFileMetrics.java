package dev.ucare.boot.autoconfigure.persistence;

/**
 * Counts the files the entity lifecycle stored and deleted: with Micrometer, the
 * {@code uploadcare.entity.files} counter, tags {@code action} ({@code store},
 * {@code delete}), {@code outcome} ({@code success}, {@code failure}) and
 * {@code project}.
 */
@FunctionalInterface
public interface EntityFileMetrics {

	/** Records nothing. */
	EntityFileMetrics NONE = (action, project, success, count) -> {
	};

	/**
	 * Records the outcome of files of one attribute each.
	 * @param action what was done
	 * @param project the project's name
	 * @param success whether it worked
	 * @param count how many references
	 */
	void record(EntityFileAction action, String project, boolean success, int count);

	/**
	 * The entity lifecycle exists: meters whose tags are known may be created now (at 0).
	 */
	default void lifecycleCreated() {
	}

}
