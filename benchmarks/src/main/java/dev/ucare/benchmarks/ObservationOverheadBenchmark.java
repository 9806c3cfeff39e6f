package dev.ucare.benchmarks;

import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import dev.ucare.client.internal.Observations;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationHandler;
import io.micrometer.observation.ObservationRegistry;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What observing one client operation costs, apart from the HTTP call: the work itself
 * ({@code baseline}), the same work wrapped as the client wraps every operation without
 * an {@code ObservationRegistry} ({@code unobserved}: must cost nothing measurable and
 * allocate nothing), and with a registry that has one handler ({@code observed}: the
 * context, key values and scope of one {@code uploadcare.client.operation}). Run with the
 * GC profiler for bytes per operation:
 * {@code java -cp <classpath> org.openjdk.jmh.Main ObservationOverheadBenchmark -prof gc}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(1)
@Threads(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class ObservationOverheadBenchmark {

	static final String UUID = "3addab78-6368-4c55-ac08-22412b6a2a4c";

	Observations unobserved;

	Observations observed;

	long counter;

	Supplier<Long> work;

	@Setup
	public void setUp() {
		unobserved = new Observations(() -> ObservationRegistry.NOOP, null, "demopublickey");
		ObservationRegistry registry = ObservationRegistry.create();
		registry.observationConfig().observationHandler(new ObservationHandler<>() {
			@Override
			public boolean supportsContext(Observation.Context context) {
				return true;
			}
		});
		observed = new Observations(() -> registry, null, "demopublickey");
		work = () -> ++counter;
	}

	@Benchmark
	public Long baseline() {
		return work.get();
	}

	@Benchmark
	public Long unobserved() {
		return unobserved.observe("files.get", UUID, work);
	}

	@Benchmark
	public Long observed() {
		return observed.observe("files.get", UUID, work);
	}

}
