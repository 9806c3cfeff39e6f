package dev.ucare.benchmarks.boot;

import java.io.File;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Start-up of the same minimal Spring MVC application ({@link StartupProbeApp}) in fresh
 * JVMs, alternating between this JVM's class path (with the Uploadcare starter) and the
 * same class path without the starter's own jars ({@code uploadcare-spring-boot-starter},
 * {@code uploadcare-spring-boot-autoconfigure}, {@code uploadcare-client}). The figure is
 * the in-process time to {@code ApplicationReadyEvent} (JVM uptime from
 * {@code RuntimeMXBean}), so the launch of the {@code java} process itself is left out;
 * default JVM flags and Boot settings (no lazy initialization) on both sides. With
 * {@code -Dbench.startup.compareClassPath=<class path>} each round also starts the
 * application on that class path (e.g. an earlier build of the starter), so that before
 * and after are measured in the same rounds.
 */
public final class StartupBenchmark {

	/** The starter's own jars (or reactor class folders). */
	static final List<String> STARTER_JARS = List.of("uploadcare-spring-boot-starter",
			"uploadcare-spring-boot-autoconfigure", "uploadcare-client");

	/**
	 * One start-up.
	 *
	 * @param uptimeMs JVM uptime at {@code ApplicationReadyEvent}
	 * @param bootMs Boot's own time taken ({@code SpringApplication.run} to ready)
	 * @param beans bean definitions in the context
	 * @param uploadcareBeans bean definitions whose name contains "uploadcare"
	 * @param cpuMs CPU time of the process at {@code ApplicationReadyEvent}, all threads
	 * (less sensitive than the uptime to other processes on the machine)
	 * @param mainCpuMs CPU time of the main thread, which starts the application, at
	 * {@code ApplicationReadyEvent} (the JIT compiler's and the garbage collector's
	 * threads left out)
	 */
	record Sample(long uptimeMs, long bootMs, int beans, int uploadcareBeans, long cpuMs, long mainCpuMs) {
	}

	/** Samples of one variant. */
	record Variant(String name, List<Sample> samples) {

		long median(java.util.function.ToLongFunction<Sample> f) {
			long[] values = samples.stream().mapToLong(f).sorted().toArray();
			int n = values.length;
			return (n % 2 == 1) ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
		}

		long min(java.util.function.ToLongFunction<Sample> f) {
			return samples.stream().mapToLong(f).min().orElseThrow();
		}

		String raw() {
			return samples.stream().map((s) -> String.valueOf(s.uptimeMs())).collect(Collectors.joining(","));
		}
	}

	/**
	 * @param with the application with the starter
	 * @param without the same application without the starter's jars
	 * @param loadBefore system load average before the runs
	 * @param loadAfter system load average after the runs
	 * @param pairsStartedBusy pairs started although the machine was still busy after
	 * waiting
	 */
	record Result(Variant with, Variant without, Variant compare, double loadBefore, double loadAfter,
			int pairsStartedBusy) {

		/** {@code compare} less {@code without}, median of the per-round differences. */
		long comparePairedMedianMs() {
			return pairedMedian(compare, without);
		}

		/**
		 * Median of the per-pair differences (with minus without), less sensitive to
		 * drifting load.
		 */
		long pairedMedianMs() {
			return pairedMedian(with, without);
		}

		/** CPU time added by the starter, median of the per-pair differences. */
		long pairedMedianCpuMs() {
			return pairedMedian(with, without, Sample::cpuMs);
		}

		/**
		 * Main-thread CPU time added by the starter, median of the per-pair differences.
		 */
		long pairedMedianMainCpuMs() {
			return pairedMedian(with, without, Sample::mainCpuMs);
		}

		/**
		 * Main-thread CPU time {@code compare} adds, median of the per-round differences.
		 */
		long comparePairedMedianMainCpuMs() {
			return pairedMedian(compare, without, Sample::mainCpuMs);
		}

		/** CPU time {@code compare} adds, median of the per-round differences. */
		long comparePairedMedianCpuMs() {
			return pairedMedian(compare, without, Sample::cpuMs);
		}

		private static long pairedMedian(Variant a, Variant b) {
			return pairedMedian(a, b, Sample::uptimeMs);
		}

		private static long pairedMedian(Variant a, Variant b, java.util.function.ToLongFunction<Sample> figure) {
			long[] differences = new long[a.samples().size()];
			for (int i = 0; i < differences.length; i++) {
				differences[i] = figure.applyAsLong(a.samples().get(i)) - figure.applyAsLong(b.samples().get(i));
			}
			Arrays.sort(differences);
			int n = differences.length;
			return (n % 2 == 1) ? differences[n / 2] : (differences[n / 2 - 1] + differences[n / 2]) / 2;
		}

		long addedMedianMs() {
			return with.median(Sample::uptimeMs) - without.median(Sample::uptimeMs);
		}

		long addedMinMs() {
			return with.min(Sample::uptimeMs) - without.min(Sample::uptimeMs);
		}
	}

	private StartupBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		Result result = run(Integer.getInteger("bench.startup.runs", 15));
		System.out.println(result);
	}

	/**
	 * What this module adds for the de-duplication stores' benchmark (JDBC, PostgreSQL,
	 * Redis): left out of every start-up class path, so that the measured application is
	 * the minimal MVC one it was designed as (with them it would not even start: no
	 * database URL).
	 */
	static final Pattern STORE_JARS = Pattern.compile("/(HikariCP|postgresql|lettuce-core|netty-[a-z-]+|reactor-core"
			+ "|reactive-streams|redis-authx-core|commons-pool2|spring-boot-(starter-)?jdbc|spring-jdbc|spring-boot-sql"
			+ "|spring-boot-persistence|spring-boot-transaction|spring-tx|spring-data-[a-z]+|spring-boot-data-[a-z]+"
			+ "|spring-boot-starter-data-redis|spring-oxm|spring-context-support)-[0-9][^/]*\\.jar$");

	static String withoutStoreJars(String classPath) {
		return Arrays.stream(classPath.split(File.pathSeparator))
			.filter((entry) -> !STORE_JARS.matcher(entry.replace('\\', '/')).find())
			.collect(Collectors.joining(File.pathSeparator));
	}

	static Result run(int runs) throws Exception {
		String classPath = withoutStoreJars(System.getProperty("java.class.path"));
		String withoutClassPath = Arrays.stream(classPath.split(File.pathSeparator))
			.filter(Predicate.not(StartupBenchmark::isStarterJar))
			.collect(Collectors.joining(File.pathSeparator));
		int removed = classPath.split(File.pathSeparator).length - withoutClassPath.split(File.pathSeparator).length;
		if (removed != STARTER_JARS.size()) {
			throw new IllegalStateException(
					"expected to remove " + STARTER_JARS + " from the class path, removed " + removed + " entries");
		}
		double loadBefore = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
		String compareClassPath = System.getProperty("bench.startup.compareClassPath");
		if (compareClassPath != null) {
			compareClassPath = withoutStoreJars(compareClassPath);
		}
		int idleWait = Integer.getInteger("bench.startup.idleWaitSeconds", 60);
		// One untimed start of each to warm the OS file cache.
		startOnce(classPath);
		startOnce(withoutClassPath);
		if (compareClassPath != null) {
			startOnce(compareClassPath);
		}
		List<Sample> with = new ArrayList<>();
		List<Sample> without = new ArrayList<>();
		List<Sample> compare = new ArrayList<>();
		int waited = 0;
		for (int i = 0; i < runs; i++) {
			waited += awaitIdle(idleWait);
			// Alternate which goes first, so that neither side always follows the other.
			if (i % 2 == 0) {
				with.add(startOnce(classPath));
				without.add(startOnce(withoutClassPath));
			}
			else {
				without.add(startOnce(withoutClassPath));
				with.add(startOnce(classPath));
			}
			if (compareClassPath != null) {
				compare.add(startOnce(compareClassPath));
			}
		}
		if (with.stream().anyMatch((s) -> s.uploadcareBeans() == 0)
				|| without.stream().anyMatch((s) -> s.uploadcareBeans() != 0)) {
			throw new IllegalStateException(
					"Uploadcare beans are not where expected: with=" + with + " without=" + without);
		}
		double loadAfter = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
		return new Result(
				new Variant("with starter", with), new Variant("without starter", without), (compareClassPath != null)
						? new Variant("with starter (bench.startup.compareClassPath)", compare) : null,
				loadBefore, loadAfter, waited);
	}

	/**
	 * Waits (up to {@code seconds}; {@code bench.startup.idleWaitSeconds}, 60 by default,
	 * 0 on a machine that is never idle) until the CPUs were at least 90 % idle for a
	 * second, so that other processes on the machine do not land in one variant's runs
	 * only. Returns 1 when the machine stayed busy, 0 otherwise (or when
	 * {@code /proc/stat} cannot be read).
	 */
	static int awaitIdle(int seconds) throws InterruptedException {
		long deadline = System.nanoTime() + seconds * 1_000_000_000L;
		while (System.nanoTime() < deadline) {
			long[] before = cpuTimes();
			Thread.sleep(1000);
			long[] after = cpuTimes();
			if (before == null || after == null) {
				return 0;
			}
			long total = after[0] - before[0];
			long idle = after[1] - before[1];
			if (total <= 0 || idle >= 0.9 * total) {
				return 0;
			}
		}
		return 1;
	}

	/** Total and idle (incl. iowait) jiffies of all CPUs, or {@code null}. */
	private static long[] cpuTimes() {
		try {
			String line = java.nio.file.Files.readAllLines(java.nio.file.Path.of("/proc/stat")).get(0);
			String[] fields = line.trim().split("\\s+");
			long total = 0;
			for (int i = 1; i < fields.length; i++) {
				total += Long.parseLong(fields[i]);
			}
			return new long[] { total, Long.parseLong(fields[4]) + Long.parseLong(fields[5]) };
		}
		catch (Exception ex) {
			return null;
		}
	}

	static boolean isStarterJar(String entry) {
		String normalized = entry.replace('\\', '/');
		for (String artifact : STARTER_JARS) {
			// ~/.m2/.../<artifact>/<version>/<artifact>-<version>.jar or
			// <module>/target/classes
			if (normalized.contains("/" + artifact + "/")) {
				return true;
			}
		}
		return false;
	}

	private static Sample startOnce(String classPath) throws Exception {
		String java = ProcessHandle.current().info().command().orElse("java");
		List<String> command = List.of(java, "-cp", classPath, StartupProbeApp.class.getName());
		Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		int exit = process.waitFor();
		for (String line : output.split("\n")) {
			if (line.startsWith("READY ")) {
				String[] parts = line.trim().split(" ");
				return new Sample(Long.parseLong(parts[1]), Long.parseLong(parts[2]), Integer.parseInt(parts[3]),
						Integer.parseInt(parts[4]), Long.parseLong(parts[5]), Long.parseLong(parts[6]));
			}
		}
		throw new IllegalStateException(String.format(Locale.ROOT, "probe failed (exit %d):%n%s", exit, output));
	}

}
