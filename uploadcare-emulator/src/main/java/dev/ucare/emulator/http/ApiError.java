package dev.ucare.emulator.http;

import org.jspecify.annotations.Nullable;

/**
 * An error answered to the client; each listener renders it in its API's error format.
 */
public final class ApiError extends RuntimeException {

	private final int status;

	private final String message;

	private final @Nullable String errorCode;

	public ApiError(int status, String message, @Nullable String errorCode) {
		super(message, null, false, false);
		this.status = status;
		this.message = message;
		this.errorCode = errorCode;
	}

	public ApiError(int status, String message) {
		this(status, message, null);
	}

	public int status() {
		return status;
	}

	/** The message for the client; never {@code null}. */
	@Override
	public String getMessage() {
		return message;
	}

	public @Nullable String errorCode() {
		return errorCode;
	}

	public static ApiError notFound() {
		return new ApiError(404, "Not found.");
	}

	public static ApiError badRequest(String detail) {
		return new ApiError(400, detail);
	}

	/** Uploadcare's 413 for a request body past what it accepts. */
	public static ApiError requestTooLarge() {
		return new ApiError(413, "The size of the request is too large.", "RequestSizeLimitExceededError");
	}

	/** Uploadcare's 400 for a form body it cannot parse. */
	public static ApiError postParsingFailed() {
		return new ApiError(400, "HTTP POST request parsing failed.", "PostRequestParserFailedError");
	}

}
