package dev.ucare.client.webhooks;

import java.util.List;

/** Webhook subscriptions through the REST API v0.7. */
public interface WebhookOperations {

	/**
	 * Subscribes; needs a target URL. The event is {@link WebhookEvent#FILE_UPLOADED}
	 * unless set (as in Uploadcare's other SDKs); active by default, payload version 0.7.
	 * @throws IllegalArgumentException when the request has no target URL
	 */
	Webhook create(WebhookRequest request);

	/**
	 * Subscribes {@code targetUrl} to {@link WebhookEvent#FILE_UPLOADED}, active, payload
	 * version 0.7.
	 */
	default Webhook create(String targetUrl) {
		return create(WebhookRequest.builder(targetUrl, WebhookEvent.FILE_UPLOADED).build());
	}

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
