package dev.ucare.emulator;

/**
 * An error answered to the client; each listener renders it in its API's error format.
 */
final class ApiError extends RuntimeException {

	private final int status;

	private final String errorCode;

	ApiError(int status, String message, String errorCode) {
		super(message, null, false, false);
		this.status = status;
		this.errorCode = errorCode;
	}

	ApiError(int status, String message) {
		this(status, message, null);
	}

	int status() {
		return status;
	}

	String errorCode() {
		return errorCode;
	}

	static ApiError notFound() {
		return new ApiError(404, "Not found.");
	}

	static ApiError badRequest(String detail) {
		return new ApiError(400, detail);
	}

}
