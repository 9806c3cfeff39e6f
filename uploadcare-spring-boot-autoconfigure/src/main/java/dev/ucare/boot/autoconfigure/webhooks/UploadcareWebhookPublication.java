package dev.ucare.boot.autoconfigure.webhooks;

/**
 * Runs the publication of a webhook event, e.g. inside a transaction. A bean of this type
 * replaces the one chosen by {@code uploadcare.webhooks.publication}.
 */
@FunctionalInterface
public interface UploadcareWebhookPublication {

	/** Publishes on the calling thread, as it is. */
	UploadcareWebhookPublication IN_REQUEST = Runnable::run;

	/**
	 * Runs {@code publish}; an exception thrown here counts as a failed listener (the
	 * endpoint answers 500 and releases the delivery's claim).
	 * @param publish publishes the event
	 */
	void run(Runnable publish);

}
