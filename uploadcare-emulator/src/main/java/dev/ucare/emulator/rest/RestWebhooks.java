package dev.ucare.emulator.rest;

import java.io.IOException;
import java.util.Comparator;
import java.util.Set;
import java.util.regex.Matcher;

import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import dev.ucare.emulator.Project;
import dev.ucare.emulator.http.ApiError;
import dev.ucare.emulator.http.Call;
import dev.ucare.emulator.http.Digits;
import dev.ucare.emulator.http.Json;
import dev.ucare.emulator.http.Router;
import dev.ucare.emulator.http.Times;
import dev.ucare.emulator.state.Backend;
import dev.ucare.emulator.state.WebhookRecord;

import org.jspecify.annotations.Nullable;

/** REST webhook management. */
public final class RestWebhooks {

	public static final Set<String> EVENTS = Set.of("file.uploaded", "file.infected", "file.stored", "file.deleted",
			"file.info_updated");

	private static final String MEDIA = RestAuth.ACCEPT;

	private final Backend backend;

	public RestWebhooks(Backend backend) {
		this.backend = backend;
	}

	public void routes(Router router, RestApi.Authed authed) {
		router.on("GET", "/webhooks/", authed.wrap(this::list))
			.on("POST", "/webhooks/", authed.wrap(this::create))
			.on("DELETE", "/webhooks/unsubscribe/", authed.wrap(this::unsubscribe))
			.on("PUT", "/webhooks/(\\d+)/", authed.wrap(this::update))
			.on("DELETE", "/webhooks/(\\d+)/", authed.wrap(this::delete));
	}

	public ObjectNode json(WebhookRecord w) {
		ObjectNode o = Json.object();
		o.put("id", w.id);
		o.put("created", Times.rest(w.created));
		o.put("updated", Times.rest(w.updated()));
		o.put("event", w.event());
		o.put("target_url", w.targetUrl());
		o.put("project", backend.projectOf(w.publicKey).id());
		o.put("is_active", w.active());
		o.put("signing_secret", w.signingSecret());
		o.put("version", w.version());
		return o;
	}

	private void list(Call call, Matcher m, Project project) throws IOException {
		ArrayNode result = Json.array();
		backend.state.webhooks.values()
			.stream()
			.filter(w -> w.publicKey.equals(project.publicKey()))
			.sorted(Comparator.comparingLong(w -> w.id))
			.forEach(w -> result.add(json(w)));
		call.respondJson(200, result, MEDIA);
	}

	private static ApiError fieldError(String field, String message) {
		return new ApiError(400, "{\"" + field + "\":[\"" + message + "\"]}", "FIELD");
	}

	private void checkEvent(String event) {
		if (!EVENTS.contains(event)) {
			throw fieldError("event", "\\\"" + event + "\\\" is not a valid choice.");
		}
	}

	private void checkUnique(Project project, String target, String event, long exceptId) {
		for (WebhookRecord w : backend.state.webhooks.values()) {
			if (w.id != exceptId && w.publicKey.equals(project.publicKey()) && w.targetUrl().equals(target)
					&& w.event().equals(event)) {
				throw fieldError("non_field_errors", "This project is already subscribed on this event");
			}
		}
	}

	private static void checkSecret(@Nullable String secret) {
		if (secret != null && secret.length() > 32) {
			throw fieldError("signing_secret", "Ensure this field has no more than 32 characters.");
		}
	}

	private void create(Call call, Matcher m, Project project) throws IOException {
		ObjectNode body = RestBodies.object(call);
		String target = RestBodies.text(body, "target_url");
		if (target == null || target.isEmpty()) {
			throw ApiError.badRequest("`target_url` is missing.");
		}
		if (target.length() > 255) {
			throw fieldError("target_url", "Ensure this field has no more than 255 characters.");
		}
		String event = RestBodies.text(body, "event");
		event = event == null || event.isEmpty() ? "file.uploaded" : event;
		checkEvent(event);
		checkUnique(project, target, event, -1);
		String secret = RestBodies.text(body, "signing_secret");
		checkSecret(secret);
		Boolean active = RestBodies.bool(body, "is_active");
		String version = RestBodies.text(body, "version");
		WebhookRecord w = new WebhookRecord(backend.state.webhookIds.incrementAndGet(), project.publicKey(),
				backend.now(), target, event, active == null || active,
				secret == null || secret.isEmpty() ? null : secret,
				version == null || version.isEmpty() ? "0.7" : version);
		backend.state.webhooks.put(w.id, w);
		call.respondJson(201, json(w), MEDIA);
	}

	private WebhookRecord webhook(Project project, String id) {
		WebhookRecord w = backend.state.webhooks.get(Digits.toLong(id));
		if (w == null || !w.publicKey.equals(project.publicKey())) {
			throw ApiError.notFound();
		}
		return w;
	}

	private void update(Call call, Matcher m, Project project) throws IOException {
		WebhookRecord w = webhook(project, m.group(1));
		ObjectNode body = RestBodies.object(call);
		String target = RestBodies.text(body, "target_url");
		String event = RestBodies.text(body, "event");
		if (event != null) {
			checkEvent(event);
		}
		checkUnique(project, target == null ? w.targetUrl() : target, event == null ? w.event() : event, w.id);
		String secret = RestBodies.text(body, "signing_secret");
		checkSecret(secret);
		w.update(target, event, RestBodies.bool(body, "is_active"), secret == null || secret.isEmpty() ? null : secret,
				RestBodies.text(body, "version"), body.has("signing_secret"), backend.now());
		call.respondJson(200, json(w), MEDIA);
	}

	private void delete(Call call, Matcher m, Project project) throws IOException {
		WebhookRecord w = webhook(project, m.group(1));
		backend.state.webhooks.remove(w.id);
		call.respond(204, null, null);
	}

	private void unsubscribe(Call call, Matcher m, Project project) throws IOException {
		ObjectNode body = RestBodies.object(call);
		String target = RestBodies.text(body, "target_url");
		if (target == null || target.isEmpty()) {
			throw ApiError.badRequest("`target_url` is missing.");
		}
		backend.state.webhooks.values()
			.removeIf(w -> w.publicKey.equals(project.publicKey()) && w.targetUrl().equals(target));
		call.respond(204, null, null);
	}

}
