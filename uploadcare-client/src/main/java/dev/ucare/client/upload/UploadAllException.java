package dev.ucare.client.upload;

import java.util.List;

import dev.ucare.client.UploadcareUploadException;
import dev.ucare.client.files.FileInfo;

import org.jspecify.annotations.Nullable;

/**
 * At least one source of an {@code uploadAll} failed. Every source was still attempted;
 * {@link #outcomes()} has each one's result or failure, in input order. The first failure
 * is the cause.
 */
public class UploadAllException extends UploadcareUploadException {

	private final transient List<UploadOutcome> outcomes;

	public UploadAllException(List<UploadOutcome> outcomes) {
		super(message(outcomes), 0, null, null, firstFailure(outcomes));
		this.outcomes = List.copyOf(outcomes);
	}

	/** Each source's outcome, in input order. */
	public List<UploadOutcome> outcomes() {
		return outcomes;
	}

	/** The files uploaded, in input order, {@code null} where a source failed. */
	public List<@Nullable FileInfo> files() {
		return outcomes.stream().map(UploadOutcome::file).toList();
	}

	/** Only the failed sources' outcomes. */
	public List<UploadOutcome> failures() {
		return outcomes.stream().filter(o -> !o.succeeded()).toList();
	}

	private static String message(List<UploadOutcome> outcomes) {
		List<UploadOutcome> failed = outcomes.stream().filter(o -> !o.succeeded()).toList();
		StringBuilder text = new StringBuilder().append(failed.size())
			.append(" of ")
			.append(outcomes.size())
			.append(" uploads failed");
		failed.stream()
			.limit(3)
			.forEach(o -> text.append("; #")
				.append(o.index())
				.append(" '")
				.append(o.source().filename())
				.append("': ")
				.append((o.failure() != null) ? o.failure().getMessage() : null));
		return text.toString();
	}

	private static @Nullable RuntimeException firstFailure(List<UploadOutcome> outcomes) {
		for (UploadOutcome outcome : outcomes) {
			if (outcome.failure() != null) {
				return outcome.failure();
			}
		}
		return null;
	}

}
