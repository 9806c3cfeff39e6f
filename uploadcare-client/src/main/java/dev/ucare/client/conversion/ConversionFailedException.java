package dev.ucare.client.conversion;

import dev.ucare.client.UploadcareException;

import org.jspecify.annotations.Nullable;

/**
 * A conversion job ended {@code failed} or {@code cancelled}. {@link #detail()} holds the
 * server's message.
 */
public class ConversionFailedException extends UploadcareException {

	private final long token;

	private final ConversionStatus.State state;

	/**
	 * @param message full message
	 * @param token the job's token
	 * @param state {@link ConversionStatus.State#FAILED} or
	 * {@link ConversionStatus.State#CANCELLED}
	 * @param detail the server's {@code error}, or {@code null}
	 */
	public ConversionFailedException(String message, long token, ConversionStatus.State state,
			@Nullable String detail) {
		super(message, 0, detail, null);
		this.token = token;
		this.state = state;
	}

	/** The job's token. */
	public long token() {
		return token;
	}

	/** How the job ended. */
	public ConversionStatus.State state() {
		return state;
	}

}
