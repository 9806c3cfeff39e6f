package dev.ucare.emulator.http;

/**
 * An error answered to the client; each listener renders it in its API's error format.
 */
public final class ApiError extends RuntimeException {

	private final int status;

	private final String errorCode;

	public ApiError(int status, String message, String errorCode) {
		super(message, null, false, false);
		this.status = status;
		this.errorCode = errorCode;
	}

	public ApiError(int status, String message) {
		this(status, message, null);
	}

	public int status() {
		return status;
	}

	public String errorCode() {
		return errorCode;
	}

	public static ApiError notFound() {
		return new ApiError(404, "Not found.");
	}

	public static ApiError badRequest(String detail) {
		return new ApiError(400, detail);
	}

}
