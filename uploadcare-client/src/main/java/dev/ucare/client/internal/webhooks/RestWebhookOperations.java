package dev.ucare.client.internal.webhooks;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.ucare.client.internal.Observations;
import dev.ucare.client.internal.RestRequest;
import dev.ucare.client.internal.RestTransport;
import dev.ucare.client.webhooks.Webhook;
import dev.ucare.client.webhooks.WebhookEvent;
import dev.ucare.client.webhooks.WebhookOperations;
import dev.ucare.client.webhooks.WebhookRequest;

import tools.jackson.core.type.TypeReference;

/**
 * {@link WebhookOperations} over the REST API v0.7. Creation sends the documented form
 * body, updates JSON, as the recorded traffic of the reference SDK does;
 * {@code version=0.7} is always sent on creation, and {@code event=file.uploaded} when
 * the request sets none.
 */
public final class RestWebhookOperations implements WebhookOperations {

	private static final TypeReference<List<Webhook>> LIST = new TypeReference<>() {
	};

	private static final String PATH = "/webhooks/{id}/";

	private final RestTransport rest;

	private final Observations observations;

	public RestWebhookOperations(RestTransport rest) {
		this.rest = rest;
		this.observations = rest.observations();
	}

	@Override
	public Webhook create(WebhookRequest request) {
		return observations.observe("webhooks.create", () -> subscribe(request));
	}

	private Webhook subscribe(WebhookRequest request) {
		if (request.targetUrl() == null) {
			throw new IllegalArgumentException("A webhook needs a target URL");
		}
		WebhookEvent event = request.event() == null ? WebhookEvent.FILE_UPLOADED : request.event();
		Map<String, String> form = new LinkedHashMap<>();
		form.put("event", event.wireName());
		form.put("target_url", request.targetUrl());
		form.put("is_active", String.valueOf(request.isActive() == null || request.isActive()));
		if (request.signingSecret() != null) {
			form.put("signing_secret", request.signingSecret());
		}
		form.put("version", request.version() == null ? WebhookRequest.PAYLOAD_VERSION : request.version());
		return rest.send(RestRequest.post("/webhooks/").form(form), Webhook.class);
	}

	@Override
	public List<Webhook> list() {
		return observations.observe("webhooks.list", () -> rest.send(RestRequest.get("/webhooks/"), LIST));
	}

	@Override
	public Webhook update(long id, WebhookRequest request) {
		return observations.observe("webhooks.update", () -> change(id, request));
	}

	private Webhook change(long id, WebhookRequest request) {
		Map<String, Object> body = new LinkedHashMap<>();
		if (request.targetUrl() != null) {
			body.put("target_url", request.targetUrl());
		}
		if (request.event() != null) {
			body.put("event", request.event().wireName());
		}
		if (request.isActive() != null) {
			body.put("is_active", request.isActive());
		}
		if (request.signingSecret() != null) {
			body.put("signing_secret", request.signingSecret());
		}
		if (request.version() != null) {
			body.put("version", request.version());
		}
		if (body.isEmpty()) {
			throw new IllegalArgumentException("A webhook update needs at least one field");
		}
		return rest.send(RestRequest.put(PATH, id).json(body), Webhook.class);
	}

	@Override
	public void delete(long id) {
		observations.run("webhooks.delete", null, () -> rest.send(RestRequest.delete(PATH, id)));
	}

	@Override
	public void unsubscribe(String targetUrl) {
		observations.run("webhooks.unsubscribe", null, () -> {
			if (targetUrl == null || targetUrl.isBlank()) {
				throw new IllegalArgumentException("Unsubscribing needs the webhook's target URL");
			}
			rest.send(RestRequest.delete("/webhooks/unsubscribe/").json(Map.of("target_url", targetUrl)));
		});
	}

}
