package dev.ucare.client.addons;

import java.util.concurrent.CompletableFuture;

import dev.ucare.client.UploadcareTimeoutException;
import dev.ucare.client.WaitSettings;
import dev.ucare.client.internal.Arguments;

/**
 * Add-ons (AWS Rekognition labels and moderation labels, ClamAV, remove.bg) through the
 * REST API v0.7. Methods without {@link WaitSettings} wait with the client's default
 * ({@code UploadcareClient.Builder#jobWait}).
 */
public interface AddonOperations {

	/**
	 * Starts an add-on on the file {@code uuid}.
	 * @throws AddonConcurrentCallException when another execution on the file is running
	 * (HTTP 409)
	 */
	AddonJob execute(String uuid, AddonParams params);

	/** The state of an execution. */
	AddonStatus status(Addon addon, String requestId);

	/** {@link #status(Addon, String)} of {@code job}. */
	default AddonStatus status(AddonJob job) {
		return status(Arguments.notNull(job, "job").addon(), job.requestId());
	}

	/** Executes and waits with the client's default wait settings. */
	AddonStatus executeAndWait(String uuid, AddonParams params);

	/**
	 * Executes and polls the status with capped backoff until it is {@code done}.
	 * @return the final status (for remove.bg it names the new file)
	 * @throws AddonFailedException when the status is {@code error} or {@code unknown}
	 * @throws UploadcareTimeoutException when {@code wait}'s deadline passes first
	 */
	AddonStatus executeAndWait(String uuid, AddonParams params, WaitSettings wait);

	/** Non-blocking {@link #executeAndWait(String, AddonParams)}. */
	CompletableFuture<AddonStatus> executeAsync(String uuid, AddonParams params);

	/**
	 * Non-blocking {@link #executeAndWait(String, AddonParams, WaitSettings)}. Invalid
	 * arguments throw at once; the request and the polling run in the background, and the
	 * future completes with the final status or exceptionally with the same errors
	 * (unwrapped). Cancelling it stops polling.
	 */
	CompletableFuture<AddonStatus> executeAsync(String uuid, AddonParams params, WaitSettings wait);

	/**
	 * Waits for an execution started earlier; same outcomes as
	 * {@link #executeAndWait(String, AddonParams, WaitSettings)}.
	 */
	AddonStatus await(AddonJob job, WaitSettings wait);

	/**
	 * Non-blocking {@link #await(AddonJob, WaitSettings)}; cancelling the future stops
	 * polling.
	 */
	CompletableFuture<AddonStatus> awaitAsync(AddonJob job, WaitSettings wait);

}
