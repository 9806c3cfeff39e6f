package dev.ucare.client.upload;

import dev.ucare.client.files.FileInfo;
import dev.ucare.client.internal.Arguments;

import org.jspecify.annotations.Nullable;

/**
 * One look at a from-URL upload ({@code /from_url/status/}).
 *
 * @param state where the job is
 * @param done bytes fetched so far, or {@code -1} when the server did not say
 * @param total bytes to fetch, or {@code -1} when unknown
 * @param file the uploaded file when {@link State#SUCCESS}, else {@code null}
 * @param error the server's message when {@link State#ERROR}, else {@code null}
 * @param errorCode the server's {@code error_code} when it sent one, else {@code null}
 */
public record UrlUploadStatus(State state, long done, long total, @Nullable FileInfo file, @Nullable String error,
		@Nullable String errorCode) {

	/**
	 * @throws IllegalArgumentException when {@code state} is {@code null}
	 */
	public UrlUploadStatus {
		Arguments.notNull(state, "state");
	}

	/** States of a from-URL job. */
	public enum State {

		/** Queued. */
		WAITING,
		/** Downloading. */
		PROGRESS,
		/** Done; {@link #file()} is set. */
		SUCCESS,
		/** Failed ({@code error} or {@code failed}); {@link #error()} says why. */
		ERROR,
		/** The token is unknown or expired. */
		UNKNOWN

	}

	/** Whether the job has ended, successfully or not. */
	public boolean finished() {
		return state == State.SUCCESS || state == State.ERROR || state == State.UNKNOWN;
	}
}
