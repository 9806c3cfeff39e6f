package dev.ucare.client.files;

import java.util.List;
import java.util.Map;

/**
 * Outcome of a batch store or delete, merged over every request the batch needed.
 *
 * @param status the server's status ({@code ok})
 * @param problems UUID (as given) → reason it was skipped, e.g.
 * {@code Missing in the project}
 * @param result files that were stored or deleted
 */
public record BatchResult(String status, Map<String, String> problems, List<FileInfo> result) {

	public BatchResult {
		problems = problems == null ? Map.of() : Map.copyOf(problems);
		result = result == null ? List.of() : List.copyOf(result);
	}

	/** Whether every UUID was processed. */
	public boolean hasProblems() {
		return !problems.isEmpty();
	}
}
