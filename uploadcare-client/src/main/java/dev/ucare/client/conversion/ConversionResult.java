package dev.ucare.client.conversion;

import java.util.List;
import java.util.Map;

/**
 * Answer to a batch conversion request.
 *
 * @param result the accepted jobs, in the server's order
 * @param problems path (as sent) → the server's reason for rejecting it, e.g.
 * {@code Bad path "…". Use UUID or CDN URL}
 */
public record ConversionResult(List<ConversionJob> result, Map<String, String> problems) {

	public ConversionResult {
		result = result == null ? List.of() : List.copyOf(result);
		problems = problems == null ? Map.of() : Map.copyOf(problems);
	}

	/** Whether any path was rejected. */
	public boolean hasProblems() {
		return !problems.isEmpty();
	}
}
