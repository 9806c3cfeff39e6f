package dev.ucare.client.addons;

import dev.ucare.client.UploadcareException;

import org.jspecify.annotations.Nullable;

/**
 * An add-on execution ended with status {@code error} (or {@code unknown}: the server
 * lost or never knew the request). {@link #detail()} holds what the server said, if
 * anything.
 */
public class AddonFailedException extends UploadcareException {

	private final AddonJob job;

	private final AddonStatus.State state;

	/**
	 * @param message full message
	 * @param job the execution
	 * @param state its final state
	 * @param detail the server's explanation, or {@code null}
	 */
	public AddonFailedException(String message, AddonJob job, AddonStatus.State state, @Nullable String detail) {
		super(message, 0, detail, null);
		this.job = job;
		this.state = state;
	}

	/** The execution. */
	public AddonJob job() {
		return job;
	}

	/** How it ended. */
	public AddonStatus.State state() {
		return state;
	}

}
