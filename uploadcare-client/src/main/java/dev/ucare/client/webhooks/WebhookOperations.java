package dev.ucare.client.webhooks;

import java.util.List;

/** Webhook subscriptions through the REST API v0.7. */
public interface WebhookOperations {

	/**
	 * Subscribes; needs a target URL and an event. Active by default, payload version
	 * 0.7.
	 */
	Webhook create(WebhookRequest request);

	/** Every subscription of the project. */
	List<Webhook> list();

	/** Changes the fields set in {@code request}. */
	Webhook update(long id, WebhookRequest request);

	/** Deletes the subscription {@code id}. */
	void delete(long id);

	/**
	 * Deletes the subscriptions of {@code targetUrl} (the spec's
	 * {@code /webhooks/unsubscribe/}).
	 */
	void unsubscribe(String targetUrl);

}
