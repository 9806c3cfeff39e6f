package dev.ucare.boot.autoconfigure.metrics;

import java.time.Duration;
import java.util.function.Supplier;

import dev.ucare.boot.autoconfigure.UploadcareProjectObserver;
import dev.ucare.boot.autoconfigure.persistence.EntityFileAction;
import dev.ucare.boot.autoconfigure.persistence.EntityFileMetrics;
import dev.ucare.boot.autoconfigure.uploader.UploadSignatureMetrics;
import dev.ucare.boot.autoconfigure.webhooks.UploadcareWebhookMetrics;
import dev.ucare.boot.autoconfigure.webhooks.WebhookOutcome;
import dev.ucare.client.UploadcareObserver;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

/**
 * Uploadcare's own meters, with low-cardinality tags only:
 * <ul>
 * <li>{@code uploadcare.upload} timer and {@code uploadcare.upload.bytes} distribution
 * summary, tags {@code method} ({@code direct}, {@code multipart}, {@code url}),
 * {@code outcome} ({@code success}, {@code failure}) and {@code project};</li>
 * <li>{@code uploadcare.retries} counter, tags {@code api} ({@code rest},
 * {@code upload}), {@code reason} ({@code throttled}, {@code server_error},
 * {@code network}) and {@code project};</li>
 * <li>{@code uploadcare.webhooks} counter, tags {@code event} (known event names or
 * {@code unknown}) and {@code outcome} (a {@code WebhookOutcome}: {@code verified},
 * {@code unverified}, {@code duplicate}, {@code malformed}, {@code rejected},
 * {@code in_progress}, {@code too_large}, {@code failed}, {@code unavailable});</li>
 * <li>{@code uploadcare.uploader.signatures} counter, tag {@code outcome}
 * ({@code issued}, {@code refused}, {@code throttled}): answers of the browser upload
 * signature endpoint;</li>
 * <li>{@code uploadcare.entity.files} counter, tags {@code action} ({@code store},
 * {@code delete}), {@code outcome} ({@code success}, {@code failure}) and
 * {@code project}: references of entity attributes whose files the entity lifecycle
 * stored or deleted after commits.</li>
 * </ul>
 * The {@code project} tag is {@value UploadcareProjectObserver#DEFAULT_PROJECT} for the
 * default client and the project's name for the clients of
 * {@code uploadcare.projects.<name>} ({@link #forProject(String)}). The registry is
 * looked up on first use, so the client can be created before the meter registry.
 */
public final class UploadcareMeters
		implements UploadcareProjectObserver, UploadcareWebhookMetrics, UploadSignatureMetrics, EntityFileMetrics {

	private final Supplier<MeterRegistry> registrySupplier;

	private volatile MeterRegistry registry;

	/**
	 * @param registry supplies the registry; may supply {@code null} when there is none
	 * (then nothing is recorded)
	 */
	public UploadcareMeters(Supplier<MeterRegistry> registry) {
		this.registrySupplier = registry;
	}

	private MeterRegistry registry() {
		MeterRegistry current = registry;
		if (current == null) {
			current = registrySupplier.get();
			if (current != null) {
				registry = current;
			}
		}
		return current;
	}

	@Override
	public void onRetry(String api, String reason, int attempt, Duration delay) {
		retried(DEFAULT_PROJECT, api, reason);
	}

	@Override
	public void onUpload(String method, long bytes, Duration duration, boolean success) {
		uploaded(DEFAULT_PROJECT, method, bytes, duration, success);
	}

	@Override
	public UploadcareObserver forProject(String project) {
		String tag = safe(project);
		return new UploadcareObserver() {

			@Override
			public void onRetry(String api, String reason, int attempt, Duration delay) {
				retried(tag, api, reason);
			}

			@Override
			public void onUpload(String method, long bytes, Duration duration, boolean success) {
				uploaded(tag, method, bytes, duration, success);
			}

		};
	}

	private void retried(String project, String api, String reason) {
		MeterRegistry registry = registry();
		if (registry != null) {
			registry.counter("uploadcare.retries", "api", safe(api), "reason", safe(reason), "project", project)
				.increment();
		}
	}

	private void uploaded(String project, String method, long bytes, Duration duration, boolean success) {
		MeterRegistry registry = registry();
		if (registry == null) {
			return;
		}
		String outcome = success ? "success" : "failure";
		Timer.builder("uploadcare.upload")
			.description("Uploads to Uploadcare")
			.tags("method", safe(method), "outcome", outcome, "project", project)
			.register(registry)
			.record(duration);
		DistributionSummary.builder("uploadcare.upload.bytes")
			.description("Bytes uploaded to Uploadcare")
			.baseUnit("bytes")
			.tags("method", safe(method), "outcome", outcome, "project", project)
			.register(registry)
			.record(Math.max(bytes, 0));
	}

	@Override
	public void record(String event, WebhookOutcome outcome) {
		MeterRegistry registry = registry();
		if (registry != null) {
			registry.counter("uploadcare.webhooks", "event", safe(event), "outcome", outcome.tagValue()).increment();
		}
	}

	@Override
	public void record(UploadSignatureMetrics.Outcome outcome) {
		MeterRegistry registry = registry();
		if (registry != null) {
			registry.counter("uploadcare.uploader.signatures", "outcome", outcome.tag()).increment();
		}
	}

	@Override
	public void record(EntityFileAction action, String project, boolean success, int count) {
		MeterRegistry registry = registry();
		if (registry != null && count > 0) {
			registry
				.counter("uploadcare.entity.files", "action", action.tag(), "outcome", success ? "success" : "failure",
						"project", safe(project))
				.increment(count);
		}
	}

	private static String safe(String value) {
		return value == null ? "unknown" : value;
	}

}
