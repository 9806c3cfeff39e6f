package dev.ucare.boot.autoconfigure.webhooks;

/**
 * Records what the webhook endpoint did with each delivery. The Micrometer implementation
 * counts {@code uploadcare.webhooks} with tags {@code event} and {@code outcome}.
 */
@FunctionalInterface
public interface UploadcareWebhookMetrics {

	/** Records nothing. */
	UploadcareWebhookMetrics NONE = (event, outcome) -> {
	};

	/**
	 * @param event wire name of a known event, or {@code unknown} (also when the body was
	 * not parsed)
	 * @param outcome what happened
	 */
	void record(String event, WebhookOutcome outcome);

	/**
	 * Called once when the webhook endpoint is set up, so that an implementation can
	 * create its meters (at 0) before the first delivery.
	 */
	default void webhookEndpointCreated() {
	}

}
