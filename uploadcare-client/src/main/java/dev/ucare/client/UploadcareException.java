package dev.ucare.client;

import org.jspecify.annotations.Nullable;

/**
 * Base of the errors that come from Uploadcare or the network. Carries the HTTP status (0
 * when no response was received), Uploadcare's own message ({@code detail} for the REST
 * API, the plain-text body for the Upload API) and the {@code X-Uploadcare-Request-Id} of
 * the failed response when the server sent one. Messages never contain a secret key.
 *
 * <p>
 * The client's error rule: a caller's mistake that the client detects itself (a bad UUID,
 * empty list, bad metadata, unreadable argument) is an {@link IllegalArgumentException}
 * naming the argument, thrown before anything is sent; what Uploadcare or the network
 * said is an {@code UploadcareException} subclass; a client that is not configured for a
 * call (no secret key, no secure delivery) raises
 * {@link UploadcareConfigurationException}; a closed client raises
 * {@link IllegalStateException}.
 */
public class UploadcareException extends RuntimeException {

	private final int status;

	private final @Nullable String detail;

	private final @Nullable String requestId;

	public UploadcareException(String message, int status, @Nullable String detail, @Nullable String requestId,
			@Nullable Throwable cause) {
		super(message, cause);
		this.status = status;
		this.detail = detail;
		this.requestId = requestId;
	}

	public UploadcareException(String message, int status, @Nullable String detail, @Nullable String requestId) {
		this(message, status, detail, requestId, null);
	}

	public UploadcareException(String message) {
		this(message, 0, null, null, null);
	}

	public UploadcareException(String message, Throwable cause) {
		this(message, 0, null, null, cause);
	}

	/** HTTP status of the failed response, or 0 when there was none. */
	public int status() {
		return status;
	}

	/**
	 * Uploadcare's explanation, as the server worded it; {@code null} when there was
	 * none.
	 */
	public @Nullable String detail() {
		return detail;
	}

	/**
	 * Value of {@code X-Uploadcare-Request-Id}, to quote to Uploadcare support;
	 * {@code null} when absent.
	 */
	public @Nullable String requestId() {
		return requestId;
	}

}
