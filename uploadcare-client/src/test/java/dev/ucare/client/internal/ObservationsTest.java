package dev.ucare.client.internal;

import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.FutureTask;
import java.util.concurrent.atomic.AtomicBoolean;

import io.micrometer.observation.Observation;
import io.micrometer.observation.tck.TestObservationRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static io.micrometer.observation.tck.TestObservationRegistryAssert.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * {@link Observations#task(String, java.util.function.Supplier)}: work handed to another
 * thread is observed from where it was handed over, and a task cancelled before it ran
 * still stops its observation.
 */
class ObservationsTest {

	private final TestObservationRegistry registry = TestObservationRegistry.create();

	private final Observations observations = new Observations(() -> registry, null, "shop");

	private final ExecutorService executor = Executors.newSingleThreadExecutor();

	@AfterEach
	void stop() {
		executor.shutdownNow();
	}

	@Test
	void aTaskIsStartedWhereItIsCreatedAndRunsInItsScopeElsewhere() throws Exception {
		Observation caller = Observation.start("caller", registry);
		FutureTask<String> task;
		try (Observation.Scope scope = caller.openScope()) {
			task = observations.task("files.list", () -> {
				Observation current = registry.getCurrentObservation();
				return current.getContextView().getName() + " on " + Thread.currentThread().getName();
			});
		}
		assertThat(registry).hasObservationWithNameEqualTo("uploadcare.client.operation")
			.that()
			.hasBeenStarted()
			.isNotStopped()
			.hasParentObservationContextMatching((parent) -> parent.getName().equals("caller"));

		executor.execute(task);

		assertThat(task.get()).startsWith("uploadcare.client.operation on ")
			.doesNotEndWith(Thread.currentThread().getName());
		caller.stop();
		assertThat(registry).hasObservationWithNameEqualTo("uploadcare.client.operation")
			.that()
			.hasBeenStopped()
			.hasLowCardinalityKeyValue("operation", "files.list")
			.hasLowCardinalityKeyValue("outcome", "success")
			.hasLowCardinalityKeyValue("project", "shop");
	}

	@Test
	void aTaskCancelledBeforeItRanStopsItsObservationAsCancelled() {
		AtomicBoolean ran = new AtomicBoolean();
		FutureTask<String> task = observations.task("files.list", () -> {
			ran.set(true);
			return "page";
		});

		task.cancel(true);
		task.run();

		assertThat(ran).isFalse();
		assertThatExceptionOfType(CancellationException.class).isThrownBy(task::get);
		assertStoppedAsFailure("CancellationException");
	}

	@Test
	void aFailingTaskStopsItsObservationAsFailed() {
		FutureTask<String> task = observations.task("files.list", () -> {
			throw new IllegalStateException("no page");
		});

		task.run();

		assertStoppedAsFailure("IllegalStateException");
	}

	private void assertStoppedAsFailure(String exception) {
		assertThat(registry).hasObservationWithNameEqualTo("uploadcare.client.operation")
			.that()
			.hasBeenStopped()
			.hasLowCardinalityKeyValue("outcome", "failure")
			.hasLowCardinalityKeyValue("exception", exception);
	}

	@Test
	void withoutARegistryATaskIsPlain() throws Exception {
		FutureTask<String> task = Observations.NONE.task("files.list", () -> "page");

		task.run();

		assertThat(task.get()).isEqualTo("page");
	}

}
