package dev.ucare.client.internal;

import java.net.URI;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.function.Supplier;

import dev.ucare.client.UploadcareException;
import dev.ucare.client.addons.AddonJob;
import dev.ucare.client.conversion.ConversionJob;
import dev.ucare.client.files.FileInfo;
import dev.ucare.client.groups.GroupInfo;
import dev.ucare.client.observation.DefaultUploadcareObservationConvention;
import dev.ucare.client.observation.UploadcareObservationContext;
import dev.ucare.client.observation.UploadcareObservationConvention;
import dev.ucare.client.observation.UploadcareObservationDocumentation;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import io.micrometer.observation.ObservationView;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpHeaders;
import org.springframework.web.client.RestClient;

/**
 * Observes the client's operations
 * ({@link UploadcareObservationDocumentation#CLIENT_OPERATION}). Without a registry (or
 * with one that has no handler) every method runs the action directly: no context, no
 * observation, nothing per chunk. Each observation is a child of the current one (or of
 * the parent given for work handed to another thread), so that HTTP exchanges made inside
 * are children of it.
 */
public final class Observations {

	/** Observes nothing. */
	public static final Observations NONE = new Observations(() -> ObservationRegistry.NOOP, null, "none");

	private final Supplier<@Nullable ObservationRegistry> registrySupplier;

	private final @Nullable UploadcareObservationConvention convention;

	private final String project;

	private volatile @Nullable ObservationRegistry registry;

	/**
	 * @param registry supplies the registry, asked once on first use; {@code null}
	 * answers mean none
	 * @param convention the user's convention, or {@code null} for the registry's or the
	 * default one
	 * @param project the {@code project} key's value
	 */
	public Observations(Supplier<@Nullable ObservationRegistry> registry,
			@Nullable UploadcareObservationConvention convention, String project) {
		this.registrySupplier = registry;
		this.convention = convention;
		this.project = project;
	}

	/** The registry; {@link ObservationRegistry#NOOP} when none was set. */
	public ObservationRegistry registry() {
		ObservationRegistry current = registry;
		if (current == null) {
			ObservationRegistry supplied = registrySupplier.get();
			current = (supplied != null) ? supplied : ObservationRegistry.NOOP;
			registry = current;
		}
		return current;
	}

	/** Whether operations are observed. */
	public boolean enabled() {
		return !registry().isNoop();
	}

	/** The current observation of this thread, or {@code null}. */
	public @Nullable Observation current() {
		ObservationRegistry registry = registry();
		return registry.isNoop() ? null : registry.getCurrentObservation();
	}

	/** Runs {@code action} as {@code operation}. */
	public <T> T observe(String operation, Supplier<T> action) {
		return observe(null, operation, null, action);
	}

	/** Runs {@code action} as {@code operation} about the file {@code uuid}. */
	public <T> T observe(String operation, @Nullable String fileUuid, Supplier<T> action) {
		if (!enabled()) {
			return action.get();
		}
		return observe(null, operation, (fileUuid != null) ? (context) -> context.setFileUuid(fileUuid) : null, action);
	}

	/** Runs {@code action} as {@code operation} about the file {@code uuid}. */
	public void run(String operation, @Nullable String fileUuid, Runnable action) {
		observe(operation, fileUuid, () -> {
			action.run();
			return null;
		});
	}

	/**
	 * Runs {@code action} as {@code operation}.
	 * @param parent the parent observation, or {@code null} for the current one
	 * @param details sets what is known up front (ids), or {@code null}
	 */
	public <T> T observe(@Nullable Observation parent, String operation,
			@Nullable Consumer<UploadcareObservationContext> details, Supplier<T> action) {
		ObservationRegistry registry = registry();
		if (registry.isNoop()) {
			return action.get();
		}
		return runAndStop(create(registry, parent, operation, details).start(), action);
	}

	/**
	 * Starts {@code operation} now, as a child of the current observation, for work that
	 * ends later (a future): run its steps with {@link #scoped(Observation, Supplier)},
	 * end it with {@link #stopWhenDone(Observation, CompletableFuture)}.
	 * @return the started observation; {@link Observation#NOOP} when not observing
	 */
	public Observation start(String operation, @Nullable Consumer<UploadcareObservationContext> details) {
		ObservationRegistry registry = registry();
		return registry.isNoop() ? Observation.NOOP : create(registry, null, operation, details).start();
	}

	/**
	 * {@code action} as {@code operation}, to run later on another thread: its
	 * observation starts now, on this thread, so that it is a child of the current
	 * observation or, with Micrometer Tracing, of the current span (which another thread
	 * does not see); the task runs {@code action} in its scope and stops it, or stops it
	 * as cancelled when cancelled before it ran. A plain task when not observing.
	 */
	public <T> FutureTask<T> task(String operation, Supplier<T> action) {
		Observation observation = start(operation, null);
		if (observation.isNoop()) {
			return new FutureTask<>(action::get);
		}
		AtomicBoolean claimed = new AtomicBoolean();
		return new FutureTask<>(() -> {
			if (!claimed.compareAndSet(false, true)) {
				throw new CancellationException(operation + " was cancelled before it ran");
			}
			return runAndStop(observation, action);
		}) {
			@Override
			protected void done() {
				if (claimed.compareAndSet(false, true)) {
					observation.error(new CancellationException(operation + " was cancelled before it ran"));
					stop(observation);
				}
			}
		};
	}

	/**
	 * Stops {@code observation} when {@code future} completes, with its result or
	 * failure.
	 * @return {@code future}
	 */
	public <T> CompletableFuture<T> stopWhenDone(Observation observation, CompletableFuture<T> future) {
		if (!observation.isNoop()) {
			future.whenComplete((result, error) -> {
				if (error != null) {
					failed(observation, unwrap(error));
				}
				else {
					describe(observation, result);
				}
				stop(observation);
			});
		}
		return future;
	}

	/**
	 * {@code action} running in the scope of {@code observation} (on whichever thread
	 * calls it), so that what it observes is a child of it; {@code action} itself when
	 * not observing.
	 */
	public static <T> Supplier<T> scoped(@Nullable Observation observation, Supplier<T> action) {
		if (observation == null || observation.isNoop()) {
			return action;
		}
		return () -> {
			try (Observation.Scope scope = observation.openScope()) {
				return action.get();
			}
		};
	}

	/**
	 * {@code spec} sending to {@code uri}, the request built (and signed) by the client,
	 * byte for byte. When observing, {@code template} (such as {@code /files/{uuid}/})
	 * names the call: it is the {@code uri} of the {@code http.client.requests}
	 * observation instead of {@code none}. When not, nothing is parsed.
	 */
	public <S extends RestClient.RequestHeadersSpec<?>> S uri(RestClient.UriSpec<S> spec, String template, URI uri) {
		return enabled() ? spec.uri(template, (ignored) -> uri) : spec.uri(uri);
	}

	/**
	 * Adds what became known (an id) to the innermost operation of this thread; nothing
	 * when not observing.
	 */
	public void describe(Consumer<UploadcareObservationContext> details) {
		UploadcareObservationContext context = currentContext();
		if (context != null) {
			details.accept(context);
		}
	}

	/**
	 * Records an HTTP answer on the innermost operation of this thread (the caller's, or
	 * the parent of the current {@code http.client.requests} observation): its status and
	 * request id.
	 */
	public void answered(int status, HttpHeaders headers) {
		UploadcareObservationContext context = currentContext();
		if (context != null) {
			context.setStatus(status);
			context.setRequestId(headers.getFirst(ErrorMapper.REQUEST_ID));
		}
	}

	private @Nullable UploadcareObservationContext currentContext() {
		ObservationRegistry registry = registry();
		if (registry.isNoop()) {
			return null;
		}
		Observation current = registry.getCurrentObservation();
		Observation.ContextView context = (current != null) ? current.getContextView() : null;
		while (context != null) {
			if (context instanceof UploadcareObservationContext ours) {
				return ours;
			}
			ObservationView parent = context.getParentObservation();
			context = (parent != null) ? parent.getContextView() : null;
		}
		return null;
	}

	private Observation create(ObservationRegistry registry, @Nullable Observation parent, String operation,
			@Nullable Consumer<UploadcareObservationContext> details) {
		Observation observation = UploadcareObservationDocumentation.CLIENT_OPERATION.observation(convention,
				DefaultConvention.INSTANCE, () -> {
					UploadcareObservationContext context = new UploadcareObservationContext(operation, project);
					if (details != null) {
						details.accept(context);
					}
					return context;
				}, registry);
		if (parent != null) {
			observation.parentObservation(parent);
		}
		return observation;
	}

	/**
	 * Runs {@code action} in the scope of the started {@code observation}, then stops it
	 * with the result or failure.
	 */
	private static <T> T runAndStop(Observation observation, Supplier<T> action) {
		try (Observation.Scope scope = observation.openScope()) {
			T result = action.get();
			describe(observation, result);
			return result;
		}
		catch (RuntimeException | Error ex) {
			failed(observation, ex);
			throw ex;
		}
		finally {
			stop(observation);
		}
	}

	/** Ids found in an operation's result. */
	private static void describe(Observation observation, @Nullable Object result) {
		if (!(observation.getContext() instanceof UploadcareObservationContext context) || result == null) {
			return;
		}
		if (result instanceof FileInfo file) {
			setIfAbsent(context.getFileUuid(), file.uuid(), context::setFileUuid);
		}
		else if (result instanceof GroupInfo group) {
			setIfAbsent(context.getGroupId(), group.id(), context::setGroupId);
		}
		else if (result instanceof ConversionJob job) {
			setIfAbsent(context.getJobId(), Long.toString(job.token()), context::setJobId);
		}
		else if (result instanceof AddonJob job) {
			setIfAbsent(context.getJobId(), job.requestId(), context::setJobId);
		}
	}

	private static void setIfAbsent(@Nullable String current, @Nullable String value, Consumer<String> setter) {
		if (current == null && value != null) {
			setter.accept(value);
		}
	}

	private static void failed(Observation observation, Throwable error) {
		if (observation.getContext() instanceof UploadcareObservationContext context
				&& error instanceof UploadcareException uploadcare) {
			if (uploadcare.status() > 0) {
				context.setStatus(uploadcare.status());
			}
			if (uploadcare.requestId() != null) {
				context.setRequestId(uploadcare.requestId());
			}
		}
		observation.error(error);
	}

	/**
	 * Stops {@code observation}, handing its last answer to the parent operation (an
	 * operation made of others answers as its last step did).
	 */
	private static void stop(Observation observation) {
		if (observation.getContext() instanceof UploadcareObservationContext context && context.getStatus() > 0) {
			ObservationView parent = context.getParentObservation();
			if (parent != null && parent.getContextView() instanceof UploadcareObservationContext outer) {
				outer.setStatus(context.getStatus());
				outer.setRequestId(context.getRequestId());
			}
		}
		observation.stop();
	}

	private static Throwable unwrap(Throwable error) {
		Throwable cause = error;
		while ((cause instanceof CompletionException || cause instanceof ExecutionException)
				&& cause.getCause() != null) {
			cause = cause.getCause();
		}
		return cause;
	}

	/**
	 * The default convention, created with the first observation rather than with the
	 * first client (a holder class: its classes load on first use).
	 */
	private static final class DefaultConvention {

		static final UploadcareObservationConvention INSTANCE = new DefaultUploadcareObservationConvention();

	}

}
