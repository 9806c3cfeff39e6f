package dev.ucare.client;

import java.time.Duration;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/** The server kept answering HTTP 429 after the configured retries. */
public class UploadcareThrottledException extends UploadcareException {

	private final @Nullable Duration retryAfter;

	public UploadcareThrottledException(String message, @Nullable String detail, @Nullable String requestId,
			@Nullable Duration retryAfter) {
		super(message, 429, detail, requestId);
		this.retryAfter = retryAfter;
	}

	/** The server's last {@code Retry-After}, when it sent a valid one. */
	public Optional<Duration> retryAfter() {
		return Optional.ofNullable(retryAfter);
	}

}
