package dev.ucare.client.conversion;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * Answer to a batch conversion request.
 *
 * @param result the accepted jobs, in the server's order
 * @param problems path (as sent) → the server's reason for rejecting it, e.g.
 * {@code Bad path "…". Use UUID or CDN URL}
 */
public record ConversionResult(List<ConversionJob> result, Map<String, String> problems) {

	/** An answer; {@code null} result or problems read as empty. */
	public ConversionResult(@Nullable List<ConversionJob> result, @Nullable Map<String, String> problems) {
		this.result = (result != null) ? List.copyOf(result) : List.of();
		this.problems = (problems != null) ? Map.copyOf(problems) : Map.of();
	}

	/** Whether any path was rejected. */
	public boolean hasProblems() {
		return !problems.isEmpty();
	}
}
