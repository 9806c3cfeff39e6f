package dev.ucare.boot.autoconfigure.metrics;

import java.time.Duration;
import java.util.function.Supplier;

import dev.ucare.boot.autoconfigure.uploader.UploadSignatureMetrics;
import dev.ucare.boot.autoconfigure.webhooks.UploadcareWebhookMetrics;
import dev.ucare.boot.autoconfigure.webhooks.WebhookOutcome;
import dev.ucare.client.UploadcareObserver;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.jspecify.annotations.Nullable;

/**
 * Uploadcare's own meters, with low-cardinality tags only:
 * <ul>
 * <li>{@code uploadcare.upload} timer and {@code uploadcare.upload.bytes} distribution
 * summary, tags {@code method} ({@code direct}, {@code multipart}, {@code url}) and
 * {@code outcome} ({@code success}, {@code failure});</li>
 * <li>{@code uploadcare.retries} counter, tags {@code api} ({@code rest}, {@code upload})
 * and {@code reason} ({@code throttled}, {@code server_error}, {@code network});</li>
 * <li>{@code uploadcare.webhooks} counter, tags {@code event} (known event names or
 * {@code unknown}) and {@code outcome} (a {@code WebhookOutcome}: {@code verified},
 * {@code unverified}, {@code duplicate}, {@code malformed}, {@code rejected},
 * {@code in_progress}, {@code too_large}, {@code failed}, {@code unavailable});</li>
 * <li>{@code uploadcare.uploader.signatures} counter, tag {@code outcome}
 * ({@code issued}, {@code refused}, {@code throttled}): answers of the browser upload
 * signature endpoint.</li>
 * </ul>
 * The registry is looked up on first use, so the client can be created before the meter
 * registry.
 */
public final class UploadcareMeters implements UploadcareObserver, UploadcareWebhookMetrics, UploadSignatureMetrics {

	private final Supplier<@Nullable MeterRegistry> registrySupplier;

	private volatile @Nullable MeterRegistry registry;

	/**
	 * @param registry supplies the registry; may supply {@code null} when there is none
	 * (then nothing is recorded)
	 */
	public UploadcareMeters(Supplier<@Nullable MeterRegistry> registry) {
		this.registrySupplier = registry;
	}

	private @Nullable MeterRegistry registry() {
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
		MeterRegistry registry = registry();
		if (registry != null) {
			registry.counter("uploadcare.retries", "api", safe(api), "reason", safe(reason)).increment();
		}
	}

	@Override
	public void onUpload(String method, long bytes, Duration duration, boolean success) {
		MeterRegistry registry = registry();
		if (registry == null) {
			return;
		}
		String outcome = success ? "success" : "failure";
		Timer.builder("uploadcare.upload")
			.description("Uploads to Uploadcare")
			.tags("method", safe(method), "outcome", outcome)
			.register(registry)
			.record(duration);
		DistributionSummary.builder("uploadcare.upload.bytes")
			.description("Bytes uploaded to Uploadcare")
			.baseUnit("bytes")
			.tags("method", safe(method), "outcome", outcome)
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

	private static String safe(String value) {
		return value == null ? "unknown" : value;
	}

}
