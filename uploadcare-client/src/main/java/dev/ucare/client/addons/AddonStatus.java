package dev.ucare.client.addons;

import java.util.Locale;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonCreator;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * State of an add-on execution ({@code GET /addons/<name>/execute/status/}). AWS and
 * ClamAV put their results in the source file's {@code appdata} (see
 * {@code FileInfo.addons()}); remove.bg names a new file in {@link #result()}.
 *
 * @param status where the execution stands
 * @param result the raw {@code result} object, or {@code null}
 */
public record AddonStatus(State status, @Nullable JsonNode result) {

	/** A status; a {@code null} status reads as {@link State#UNKNOWN}. */
	public AddonStatus(@Nullable State status, @Nullable JsonNode result) {
		this.status = (status != null) ? status : State.UNKNOWN;
		this.result = result;
	}

	/** remove.bg: UUID of the new file without background ({@code result.file_id}). */
	public Optional<String> removeBgFileId() {
		JsonNode fileId = (result != null) ? result.path("file_id") : null;
		return (fileId != null && fileId.isString()) ? Optional.of(fileId.asString()) : Optional.empty();
	}

	/** Execution states; unrecognised values read as {@link #UNKNOWN}. */
	public enum State {

		/** Running. */
		IN_PROGRESS,
		/** Finished with results. */
		DONE,
		/** Failed. */
		ERROR,
		/** The server does not know the request, or a value this client does not know. */
		UNKNOWN;

		/** Reads a wire value leniently. */
		@JsonCreator
		public static State of(@Nullable String value) {
			if (value == null) {
				return UNKNOWN;
			}
			return switch (value.strip().toLowerCase(Locale.ROOT)) {
				case "in_progress" -> IN_PROGRESS;
				case "done" -> DONE;
				case "error" -> ERROR;
				default -> UNKNOWN;
			};
		}

	}
}
