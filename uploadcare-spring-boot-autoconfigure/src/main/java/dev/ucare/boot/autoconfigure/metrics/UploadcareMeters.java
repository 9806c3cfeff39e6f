package dev.ucare.boot.autoconfigure.metrics;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.function.Supplier;

import dev.ucare.boot.autoconfigure.UploadcareProjectObserver;
import dev.ucare.boot.autoconfigure.persistence.EntityFileAction;
import dev.ucare.boot.autoconfigure.persistence.EntityFileMetrics;
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
import org.jspecify.annotations.Nullable;

/**
 * Uploadcare's own meters, with low-cardinality tags only:
 * <ul>
 * <li>{@code uploadcare.upload} timer and {@code uploadcare.upload.bytes} distribution
 * summary, tags {@code method} ({@code direct}, {@code multipart}, {@code url}),
 * {@code outcome} ({@code success}, {@code failure}) and {@code project};</li>
 * <li>{@code uploadcare.retries} counter, tags {@code api} ({@code rest}, {@code upload},
 * {@code cdn}), {@code reason} ({@code throttled}, {@code server_error}, {@code network})
 * and {@code project};</li>
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
 * {@code uploadcare.projects.<name>} ({@link #forProject(String)}). Every combination of
 * these tags exists from start-up, at 0: the client's meters as soon as the registry is
 * known (Spring Boot binds this {@link MeterBinder}) for each project whose client
 * exists, the webhook counters once the webhook endpoint is set up, the signature
 * counters once the signature endpoint is, the entity counters once the entity lifecycle
 * is. The registry is otherwise looked up on first use, so the client can be created
 * before the meter registry.
 */
public final class UploadcareMeters implements UploadcareProjectObserver, UploadcareWebhookMetrics,
		UploadSignatureMetrics, EntityFileMetrics, MeterBinder {

	/** Values of the {@code api} tag of {@code uploadcare.retries}. */
	static final List<String> APIS = List.of("rest", "upload", "cdn");

	/** Values of the {@code reason} tag of {@code uploadcare.retries}. */
	static final List<String> RETRY_REASONS = List.of("throttled", "server_error", "network");

	/** Values of the {@code method} tag of the upload meters. */
	static final List<String> UPLOAD_METHODS = List.of("direct", "multipart", "url");

	private static final String UNKNOWN = "unknown";

	private final Supplier<@Nullable MeterRegistry> registrySupplier;

	private volatile @Nullable MeterRegistry registry;

	private volatile boolean webhookEndpoint;

	private volatile boolean signatureEndpoint;

	private volatile boolean entityLifecycle;

	private final Set<String> projects = ConcurrentHashMap.newKeySet();

	/**
	 * @param registry supplies the registry; may supply {@code null} when there is none
	 * (then nothing is recorded)
	 */
	public UploadcareMeters(Supplier<@Nullable MeterRegistry> registry) {
		this.registrySupplier = registry;
		this.projects.add(DEFAULT_PROJECT);
	}

	private @Nullable MeterRegistry registry() {
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
		for (String project : projects) {
			registerClientMeters(registry, project);
		}
		if (webhookEndpoint) {
			registerWebhookCounters(registry);
		}
		if (signatureEndpoint) {
			registerSignatureCounters(registry);
		}
		if (entityLifecycle) {
			registerEntityCounters(registry);
		}
	}

	/** Creates meters in the registry now if it is known (else {@link #bindTo} will). */
	private void registerIfBound(Consumer<MeterRegistry> meters) {
		MeterRegistry current = registry;
		if (current != null) {
			meters.accept(current);
		}
	}

	private void registerClientMeters(MeterRegistry registry, String project) {
		for (String api : APIS) {
			for (String reason : RETRY_REASONS) {
				retries(registry, api, reason, project);
			}
		}
		for (String method : UPLOAD_METHODS) {
			for (boolean success : new boolean[] { true, false }) {
				uploadTimer(registry, method, success, project);
				uploadBytes(registry, method, success, project);
			}
		}
	}

	@Override
	public void lifecycleCreated() {
		entityLifecycle = true;
		registerIfBound(this::registerEntityCounters);
	}

	private void registerEntityCounters(MeterRegistry registry) {
		for (String project : projects) {
			registerEntityCounters(registry, project);
		}
	}

	private static void registerEntityCounters(MeterRegistry registry, String project) {
		for (EntityFileAction action : EntityFileAction.values()) {
			entityFiles(registry, action, true, project);
			entityFiles(registry, action, false, project);
		}
	}

	@Override
	public void webhookEndpointCreated() {
		webhookEndpoint = true;
		registerIfBound(UploadcareMeters::registerWebhookCounters);
	}

	@Override
	public void signatureEndpointCreated() {
		signatureEndpoint = true;
		registerIfBound(UploadcareMeters::registerSignatureCounters);
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
		retried(DEFAULT_PROJECT, api, reason);
	}

	@Override
	public void onUpload(String method, long bytes, Duration duration, boolean success) {
		uploaded(DEFAULT_PROJECT, method, bytes, duration, success);
	}

	/**
	 * The observer of a named project's client: the same meters, tagged with its name
	 * (created at 0 for it too).
	 */
	@Override
	public UploadcareObserver forProject(String project) {
		String tag = safe(project);
		if (projects.add(tag)) {
			registerIfBound((current) -> {
				registerClientMeters(current, tag);
				if (entityLifecycle) {
					registerEntityCounters(current, tag);
				}
			});
		}
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
			retries(registry, safe(api), safe(reason), project).increment();
		}
	}

	private void uploaded(String project, String method, long bytes, Duration duration, boolean success) {
		MeterRegistry registry = registry();
		if (registry == null) {
			return;
		}
		uploadTimer(registry, safe(method), success, project).record(duration);
		uploadBytes(registry, safe(method), success, project).record(Math.max(bytes, 0));
	}

	@Override
	public void record(EntityFileAction action, String project, boolean success, int count) {
		MeterRegistry registry = registry();
		if (registry != null && count > 0) {
			entityFiles(registry, action, success, safe(project)).increment(count);
		}
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

	private static Counter retries(MeterRegistry registry, String api, String reason, String project) {
		return Counter.builder("uploadcare.retries")
			.description("Retries of Uploadcare API calls")
			.tags("api", api, "reason", reason, "project", project)
			.register(registry);
	}

	private static Timer uploadTimer(MeterRegistry registry, String method, boolean success, String project) {
		return Timer.builder("uploadcare.upload")
			.description("Uploads to Uploadcare")
			.tags("method", method, "outcome", outcome(success), "project", project)
			.register(registry);
	}

	private static DistributionSummary uploadBytes(MeterRegistry registry, String method, boolean success,
			String project) {
		return DistributionSummary.builder("uploadcare.upload.bytes")
			.description("Bytes uploaded to Uploadcare")
			.baseUnit("bytes")
			.tags("method", method, "outcome", outcome(success), "project", project)
			.register(registry);
	}

	private static Counter entityFiles(MeterRegistry registry, EntityFileAction action, boolean success,
			String project) {
		return Counter.builder("uploadcare.entity.files")
			.description("References of entity attributes whose files were stored or deleted after commits")
			.tags("action", action.tag(), "outcome", outcome(success), "project", project)
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
