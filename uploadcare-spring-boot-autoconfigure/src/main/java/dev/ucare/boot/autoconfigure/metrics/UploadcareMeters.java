package dev.ucare.boot.autoconfigure.metrics;

import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;

import dev.ucare.boot.autoconfigure.uploader.UploadSignatureMetrics;
import dev.ucare.boot.autoconfigure.webhooks.UploadcareWebhookMetrics;
import dev.ucare.boot.autoconfigure.webhooks.WebhookOutcome;
import dev.ucare.client.UploadcareObserver;
import dev.ucare.client.webhooks.WebhookEvent;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.MeterBinder;

/**
 * Uploadcare's own meters, with low-cardinality tags only:
 * <ul>
 * <li>{@code uploadcare.upload} timer and {@code uploadcare.upload.bytes} distribution
 * summary, tags {@code method} ({@code direct}, {@code multipart}, {@code url}) and
 * {@code outcome} ({@code success}, {@code failure});</li>
 * <li>{@code uploadcare.retries} counter, tags {@code api} ({@code rest}, {@code upload},
 * {@code cdn}) and {@code reason} ({@code throttled}, {@code server_error},
 * {@code network});</li>
 * <li>{@code uploadcare.webhooks} counter, tags {@code event} (known event names or
 * {@code unknown}) and {@code outcome} (a {@code WebhookOutcome}: {@code verified},
 * {@code unverified}, {@code duplicate}, {@code malformed}, {@code rejected},
 * {@code in_progress}, {@code too_large}, {@code failed}, {@code unavailable});</li>
 * <li>{@code uploadcare.uploader.signatures} counter, tag {@code outcome}
 * ({@code issued}, {@code refused}, {@code throttled}): answers of the browser upload
 * signature endpoint.</li>
 * </ul>
 * Every combination of these tags exists from start-up, at 0: the client's meters as soon
 * as the registry is known (Spring Boot binds this {@link MeterBinder}), the webhook
 * counters once the webhook endpoint is set up, the signature counters once the signature
 * endpoint is. The registry is otherwise looked up on first use, so the client can be
 * created before the meter registry.
 */
public final class UploadcareMeters
		implements UploadcareObserver, UploadcareWebhookMetrics, UploadSignatureMetrics, MeterBinder {

	/** Values of the {@code api} tag of {@code uploadcare.retries}. */
	static final List<String> APIS = List.of("rest", "upload", "cdn");

	/** Values of the {@code reason} tag of {@code uploadcare.retries}. */
	static final List<String> RETRY_REASONS = List.of("throttled", "server_error", "network");

	/** Values of the {@code method} tag of the upload meters. */
	static final List<String> UPLOAD_METHODS = List.of("direct", "multipart", "url");

	private static final String UNKNOWN = "unknown";

	private final Supplier<MeterRegistry> registrySupplier;

	private volatile MeterRegistry registry;

	private volatile boolean webhookEndpoint;

	private volatile boolean signatureEndpoint;

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
				bindTo(current);
			}
		}
		return current;
	}

	/**
	 * Records in {@code registry} from now on, and creates there every meter whose tags
	 * are known (at 0).
	 */
	@Override
	public void bindTo(MeterRegistry registry) {
		this.registry = registry;
		for (String api : APIS) {
			for (String reason : RETRY_REASONS) {
				retries(registry, api, reason);
			}
		}
		for (String method : UPLOAD_METHODS) {
			for (boolean success : new boolean[] { true, false }) {
				uploadTimer(registry, method, success);
				uploadBytes(registry, method, success);
			}
		}
		if (webhookEndpoint) {
			registerWebhookCounters(registry);
		}
		if (signatureEndpoint) {
			registerSignatureCounters(registry);
		}
	}

	@Override
	public void webhookEndpointCreated() {
		webhookEndpoint = true;
		MeterRegistry current = registry;
		if (current != null) {
			registerWebhookCounters(current);
		}
	}

	@Override
	public void signatureEndpointCreated() {
		signatureEndpoint = true;
		MeterRegistry current = registry;
		if (current != null) {
			registerSignatureCounters(current);
		}
	}

	private static void registerWebhookCounters(MeterRegistry registry) {
		for (WebhookOutcome outcome : WebhookOutcome.values()) {
			for (WebhookEvent event : WebhookEvent.values()) {
				webhooks(registry, event.wireName(), outcome);
			}
		}
	}

	private static void registerSignatureCounters(MeterRegistry registry) {
		for (UploadSignatureMetrics.Outcome outcome : UploadSignatureMetrics.Outcome.values()) {
			signatures(registry, outcome);
		}
	}

	@Override
	public void onRetry(String api, String reason, int attempt, Duration delay) {
		MeterRegistry registry = registry();
		if (registry != null) {
			retries(registry, safe(api), safe(reason)).increment();
		}
	}

	@Override
	public void onUpload(String method, long bytes, Duration duration, boolean success) {
		MeterRegistry registry = registry();
		if (registry == null) {
			return;
		}
		uploadTimer(registry, safe(method), success).record(duration);
		uploadBytes(registry, safe(method), success).record(Math.max(bytes, 0));
	}

	@Override
	public void record(String event, WebhookOutcome outcome) {
		MeterRegistry registry = registry();
		if (registry != null) {
			webhooks(registry, safe(event), outcome).increment();
		}
	}

	@Override
	public void record(UploadSignatureMetrics.Outcome outcome) {
		MeterRegistry registry = registry();
		if (registry != null) {
			signatures(registry, outcome).increment();
		}
	}

	private static Counter retries(MeterRegistry registry, String api, String reason) {
		return Counter.builder("uploadcare.retries")
			.description("Retries of Uploadcare API calls")
			.tags("api", api, "reason", reason)
			.register(registry);
	}

	private static Timer uploadTimer(MeterRegistry registry, String method, boolean success) {
		return Timer.builder("uploadcare.upload")
			.description("Uploads to Uploadcare")
			.tags("method", method, "outcome", outcome(success))
			.register(registry);
	}

	private static DistributionSummary uploadBytes(MeterRegistry registry, String method, boolean success) {
		return DistributionSummary.builder("uploadcare.upload.bytes")
			.description("Bytes uploaded to Uploadcare")
			.baseUnit("bytes")
			.tags("method", method, "outcome", outcome(success))
			.register(registry);
	}

	private static Counter webhooks(MeterRegistry registry, String event, WebhookOutcome outcome) {
		return Counter.builder("uploadcare.webhooks")
			.description("Webhook deliveries received from Uploadcare")
			.tags("event", event, "outcome", outcome.tagValue())
			.register(registry);
	}

	private static Counter signatures(MeterRegistry registry, UploadSignatureMetrics.Outcome outcome) {
		return Counter.builder("uploadcare.uploader.signatures")
			.description("Answers of the browser upload signature endpoint")
			.tag("outcome", outcome.tag())
			.register(registry);
	}

	private static String outcome(boolean success) {
		return success ? "success" : "failure";
	}

	private static String safe(String value) {
		return value == null ? UNKNOWN : value;
	}

}
