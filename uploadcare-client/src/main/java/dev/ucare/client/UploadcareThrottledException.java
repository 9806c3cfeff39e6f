package dev.ucare.client;

import java.time.Duration;
import java.util.Optional;

/** The server kept answering HTTP 429 after the configured retries. */
public class UploadcareThrottledException extends UploadcareException {

	private final Duration retryAfter;

	public UploadcareThrottledException(String message, String detail, String requestId, Duration retryAfter) {
		super(message, 429, detail, requestId);
		this.retryAfter = retryAfter;
	}

	/** The server's last {@code Retry-After}, when it sent a valid one. */
	public Optional<Duration> retryAfter() {
		return Optional.ofNullable(retryAfter);
	}

}
