package dev.ucare.client.internal;

import java.util.function.Supplier;

import dev.ucare.client.RetrySettings;
import dev.ucare.client.UploadcareException;
import dev.ucare.client.UploadcareObserver;

import org.springframework.core.retry.RetryException;
import org.springframework.core.retry.RetryTemplate;

/**
 * Runs a call under Spring's {@link RetryTemplate} with a {@link CallRetryPolicy};
 * rethrows the last failure.
 */
public final class Retrying {

	private final RetrySettings settings;

	private final String api;

	private final UploadcareObserver observer;

	public Retrying(RetrySettings settings, String api, UploadcareObserver observer) {
		this.settings = settings;
		this.api = api;
		this.observer = observer;
	}

	public <T> T call(boolean idempotent, Supplier<T> action) {
		RetryTemplate template = new RetryTemplate(new CallRetryPolicy(settings, idempotent, api, observer));
		try {
			return template.execute(action::get);
		}
		catch (RetryException ex) {
			Throwable last = ex.getLastException() != null ? ex.getLastException() : ex.getCause();
			if (last instanceof RuntimeException runtime) {
				throw runtime;
			}
			if (last instanceof Error error) {
				throw error;
			}
			throw new UploadcareException("Call failed: " + last, last);
		}
	}

}
