package dev.ucare.client.conversion;

import java.util.Locale;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonCreator;
import org.jspecify.annotations.Nullable;

/**
 * State of a conversion job ({@code GET /convert/{document|video}/status/{token}/}).
 *
 * @param status where the job stands
 * @param error the server's explanation when it failed, else {@code null}
 * @param result the output, present once the server knows it (often already while
 * pending)
 */
public record ConversionStatus(State status, @Nullable String error, @Nullable Result result) {

	/** A status; a {@code null} status reads as {@link State#UNKNOWN}. */
	public ConversionStatus(@Nullable State status, @Nullable String error, @Nullable Result result) {
		this.status = (status != null) ? status : State.UNKNOWN;
		this.error = error;
		this.result = result;
	}

	/** UUID of the output file, when known. */
	public Optional<String> resultUuid() {
		return Optional.ofNullable(result).map(Result::uuid);
	}

	/** Video only: group id of the thumbnails, when known. */
	public Optional<String> thumbnailsGroupUuid() {
		return Optional.ofNullable(result).map(Result::thumbnailsGroupUuid);
	}

	/**
	 * The output of a conversion.
	 *
	 * @param uuid UUID of the converted file, {@code null} while the server does not know
	 * it
	 * @param thumbnailsGroupUuid video only: thumbnails group id, else {@code null}
	 */
	public record Result(@Nullable String uuid, @Nullable String thumbnailsGroupUuid) {
	}

	/**
	 * Job states. Reading is lenient: both spellings of cancelled are accepted, anything
	 * else is UNKNOWN.
	 */
	public enum State {

		/** Queued. */
		PENDING,
		/** Running. */
		PROCESSING,
		/** Done; the output file is ready. */
		FINISHED,
		/** Failed; see {@link ConversionStatus#error()}. */
		FAILED,
		/** Cancelled ({@code cancelled} or {@code canceled} on the wire). */
		CANCELLED,
		/** A value this client does not know. */
		UNKNOWN;

		/** Whether the job will not change any more. */
		public boolean isTerminal() {
			return this == FINISHED || this == FAILED || this == CANCELLED;
		}

		/** Reads a wire value leniently. */
		@JsonCreator
		public static State of(@Nullable String value) {
			if (value == null) {
				return UNKNOWN;
			}
			return switch (value.strip().toLowerCase(Locale.ROOT)) {
				case "pending" -> PENDING;
				case "processing" -> PROCESSING;
				case "finished" -> FINISHED;
				case "failed" -> FAILED;
				case "cancelled", "canceled" -> CANCELLED;
				default -> UNKNOWN;
			};
		}

	}
}
