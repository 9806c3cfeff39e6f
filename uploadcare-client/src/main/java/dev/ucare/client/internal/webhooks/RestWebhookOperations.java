package dev.ucare.client.internal.webhooks;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import dev.ucare.client.internal.Arguments;
import dev.ucare.client.internal.Observations;
import dev.ucare.client.internal.RestRequest;
import dev.ucare.client.internal.RestTransport;
import dev.ucare.client.webhooks.Webhook;
import dev.ucare.client.webhooks.WebhookEvent;
import dev.ucare.client.webhooks.WebhookOperations;
import dev.ucare.client.webhooks.WebhookRequest;

import org.jspecify.annotations.Nullable;
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
		Arguments.notNull(request, "request");
		return observations.observe("webhooks.create", () -> subscribe(request));
	}

	private Webhook subscribe(WebhookRequest request) {
		String targetUrl = request.targetUrl();
		if (targetUrl == null) {
			throw new IllegalArgumentException("A webhook needs a target URL");
		}
		WebhookEvent event = Objects.requireNonNullElse(request.event(), WebhookEvent.FILE_UPLOADED);
		Map<String, String> form = new LinkedHashMap<>();
		form.put("event", event.wireName());
		form.put("target_url", targetUrl);
		form.put("is_active", String.valueOf(!Boolean.FALSE.equals(request.isActive())));
		String signingSecret = request.signingSecret();
		if (signingSecret != null) {
			form.put("signing_secret", signingSecret);
		}
		form.put("version", Objects.requireNonNullElse(request.version(), WebhookRequest.PAYLOAD_VERSION));
		return rest.send(RestRequest.post("/webhooks/").form(form), Webhook.class);
	}

	@Override
	public List<Webhook> list() {
		return observations.observe("webhooks.list", () -> rest.send(RestRequest.get("/webhooks/"), LIST));
	}

	@Override
	public Webhook update(long id, WebhookRequest request) {
		Arguments.notNull(request, "request");
		return observations.observe("webhooks.update", () -> change(id, request));
	}

	private Webhook change(long id, WebhookRequest request) {
		Map<String, Object> body = new LinkedHashMap<>();
		putIfSet(body, "target_url", request.targetUrl());
		WebhookEvent event = request.event();
		putIfSet(body, "event", (event != null) ? event.wireName() : null);
		putIfSet(body, "is_active", request.isActive());
		putIfSet(body, "signing_secret", request.signingSecret());
		putIfSet(body, "version", request.version());
		if (body.isEmpty()) {
			throw new IllegalArgumentException("A webhook update needs at least one field");
		}
		return rest.send(RestRequest.put(PATH, id).json(body), Webhook.class);
	}

	private static void putIfSet(Map<String, Object> body, String field, @Nullable Object value) {
		if (value != null) {
			body.put(field, value);
		}
	}

	@Override
	public void delete(long id) {
		observations.run("webhooks.delete", null, () -> rest.send(RestRequest.delete(PATH, id)));
	}

	@Override
	public void unsubscribe(String targetUrl) {
		Arguments.notNull(targetUrl, "targetUrl");
		observations.run("webhooks.unsubscribe", null, () -> {
			if (targetUrl.isBlank()) {
				throw new IllegalArgumentException("Unsubscribing needs the webhook's target URL");
			}
			rest.send(RestRequest.delete("/webhooks/unsubscribe/").json(Map.of("target_url", targetUrl)));
		});
	}

}
