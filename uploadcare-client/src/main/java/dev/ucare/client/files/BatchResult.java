package dev.ucare.client.files;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * Outcome of a batch store or delete, merged over every request the batch needed.
 *
 * @param status the server's status ({@code ok}, also when it sent none)
 * @param problems UUID (as given) → reason it was skipped, e.g.
 * {@code Missing in the project}
 * @param result files that were stored or deleted
 */
public record BatchResult(String status, Map<String, String> problems, List<FileInfo> result) {

	/**
	 * A batch outcome; a {@code null} status reads as {@code ok}, {@code null} problems
	 * and result as empty.
	 */
	public BatchResult(@Nullable String status, @Nullable Map<String, String> problems,
			@Nullable List<FileInfo> result) {
		this.status = (status != null) ? status : "ok";
		this.problems = (problems != null) ? Map.copyOf(problems) : Map.of();
		this.result = (result != null) ? List.copyOf(result) : List.of();
	}

	/** Whether every UUID was processed. */
	public boolean hasProblems() {
		return !problems.isEmpty();
	}
}
