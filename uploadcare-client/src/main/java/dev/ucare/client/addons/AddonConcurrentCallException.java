package dev.ucare.client.addons;

import java.util.Objects;

import dev.ucare.client.UploadcareException;

/**
 * The server refused to execute an add-on on a file while another execution on it runs
 * (HTTP 409, {@code Concurrent call attempted}). Retry later.
 */
public class AddonConcurrentCallException extends UploadcareException {

	/** Wraps the mapped HTTP 409 error, keeping its status, detail and request id. */
	public AddonConcurrentCallException(UploadcareException cause) {
		super(Objects.requireNonNullElse(cause.getMessage(), "Concurrent call attempted"), cause.status(),
				cause.detail(), cause.requestId(), cause);
	}

}
