package dev.ucare.emulator.webhook;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import tools.jackson.databind.node.ObjectNode;

import dev.ucare.emulator.Project;
import dev.ucare.emulator.WebhookDelivery;
import dev.ucare.emulator.http.Hashes;
import dev.ucare.emulator.http.Hosts;
import dev.ucare.emulator.http.Json;
import dev.ucare.emulator.http.Lazy;
import dev.ucare.emulator.http.Times;
import dev.ucare.emulator.state.Backend;
import dev.ucare.emulator.state.FileEvents;
import dev.ucare.emulator.state.FileJson;
import dev.ucare.emulator.state.FileRecord;
import dev.ucare.emulator.state.WebhookRecord;

import org.jspecify.annotations.Nullable;

/**
 * Builds v0.7 payloads and POSTs them asynchronously to active loopback subscriptions,
 * with retries.
 */
public final class WebhookDispatcher implements FileEvents {

	private final Backend backend;

	private final List<WebhookDelivery> deliveries = new ArrayList<>();

	private final AtomicInteger pending = new AtomicInteger();

	/**
	 * Created on the first delivery: building an {@link HttpClient} costs a few hundred
	 * ms of a cold start.
	 */
	private final Lazy<HttpClient> http;

	public WebhookDispatcher(Backend backend) {
		this.backend = backend;
		this.http = Lazy
			.of(() -> HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).executor(backend.workers).build());
	}

	@Override
	public void fire(String event, FileRecord file, ObjectNode initiator, @Nullable ObjectNode previousValues) {
		List<WebhookRecord> targets = new ArrayList<>();
		for (WebhookRecord w : backend.state.webhooks.values()) {
			if (w.publicKey.equals(file.publicKey) && w.active() && w.event().equals(event)) {
				targets.add(w);
			}
		}
		if (targets.isEmpty()) {
			return;
		}
		FileJson json = new FileJson(backend);
		Project project = backend.projectOf(file.publicKey);
		for (WebhookRecord w : targets) {
			ObjectNode payload = Json.object();
			payload.set("initiator", initiator);
			ObjectNode hook = payload.putObject("hook");
			hook.put("id", w.id);
			hook.put("project_id", project.id());
			hook.put("project_pub_key", project.publicKey());
			hook.put("target", w.targetUrl());
			hook.put("event", event);
			hook.put("is_active", w.active());
			hook.put("version", w.version());
			hook.put("created_at", Times.rest(w.created));
			hook.put("updated_at", Times.rest(w.updated()));
			payload.set("data", json.rest(file, true));
			String originalFileUrl = json.originalFileUrl(file);
			payload.put("file", (originalFileUrl != null) ? originalFileUrl : json.cdnUrl(file));
			if (previousValues != null) {
				payload.set("previous_values", previousValues);
			}
			byte[] body = Json.bytes(payload);
			Map<String, String> headers = new LinkedHashMap<>();
			headers.put("Content-Type", "application/json");
			headers.put("User-Agent", "uploadcare-emulator");
			// read once: the subscription may lose its secret while the event fires
			String secret = w.signingSecret();
			if (secret != null) {
				headers.put("X-Uc-Signature", "v1=" + Hashes.hmacSha256(secret, body));
			}
			pending.incrementAndGet();
			backend.schedule(() -> attempt(w, event, headers, body, 1), 0);
		}
	}

	private void attempt(WebhookRecord w, String event, Map<String, String> headers, byte[] body, int attempt) {
		String target = w.targetUrl();
		int status = 0;
		try {
			URI uri = URI.create(target);
			if (backend.settings.allowNonLoopbackUrls() || Hosts.isLoopback(uri.getHost())) {
				HttpRequest.Builder request = HttpRequest.newBuilder(uri)
					.timeout(Duration.ofSeconds(10))
					.POST(HttpRequest.BodyPublishers.ofByteArray(body));
				headers.forEach(request::header);
				status = http.get().send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
			}
			else {
				record(w, event, 0, attempt, headers, body);
				return;
			}
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
		catch (Exception e) {
			status = 0;
		}
		boolean ok = status >= 200 && status < 300;
		if (ok || attempt >= backend.settings.webhookAttempts() || backend.scheduler.isShutdown()) {
			record(w, event, status, attempt, headers, body);
			return;
		}
		try {
			backend.schedule(() -> attempt(w, event, headers, body, attempt + 1),
					backend.settings.webhookRetryDelay().toMillis() * attempt);
		}
		catch (RuntimeException rejected) {
			record(w, event, status, attempt, headers, body);
		}
	}

	private void record(WebhookRecord w, String event, int status, int attempts, Map<String, String> headers,
			byte[] body) {
		synchronized (deliveries) {
			deliveries.add(new WebhookDelivery(w.id, w.targetUrl(), event, status, attempts, Map.copyOf(headers),
					new String(body, StandardCharsets.UTF_8)));
			pending.decrementAndGet();
			deliveries.notifyAll();
		}
	}

	public List<WebhookDelivery> deliveries() {
		synchronized (deliveries) {
			return List.copyOf(deliveries);
		}
	}

	/** Waits until at least {@code count} deliveries are recorded; returns them. */
	public List<WebhookDelivery> await(int count, Duration timeout) throws InterruptedException {
		long deadline = System.nanoTime() + timeout.toNanos();
		synchronized (deliveries) {
			while (deliveries.size() < count) {
				long left = deadline - System.nanoTime();
				if (left <= 0) {
					throw new IllegalStateException("Expected " + count + " webhook deliveries within " + timeout
							+ " but got " + deliveries.size());
				}
				TimeUnit.NANOSECONDS.timedWait(deliveries, left);
			}
			return List.copyOf(deliveries);
		}
	}

	public void clear() {
		synchronized (deliveries) {
			deliveries.clear();
		}
	}

}
