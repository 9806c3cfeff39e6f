package dev.ucare.benchmarks.client;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.ToDoubleFunction;

/**
 * Times {@link ClientScenario} in fresh JVMs, the contenders in alternation (A B C A B C
 * ...) after one untimed run of each, the emulator reset before every run. Figures per
 * contender: wall time of the whole process (start of {@code java} to its exit), time
 * since the JVM started at the end of the work (JVM uptime), the work alone (from
 * {@code main}), CPU time of the process, classes loaded and peak resident memory
 * ({@code VmHWM}); then each contender against the last one, pair by pair (median of the
 * per-pair differences and ratios), so that a drift of the machine's speed cancels out.
 * Prints the load average before and after.
 * <p>
 * {@code java -cp <cp> dev.ucare.benchmarks.client.FreshJvmBenchmark <server properties> <scenario> <runs> LABEL=SIDE@CLASSPATH ...}
 * where {@code CLASSPATH} may be {@code @file} (a file holding the class path); the
 * system property {@code bench.jvm.args} adds JVM options to every timed process.
 */
public final class FreshJvmBenchmark {

	private FreshJvmBenchmark() {
	}

	record Contender(String label, String side, String classPath) {
	}

	record Run(double wallMs, double uptimeMs, double workMs, double cpuMs, double classes, double hwmMb) {
	}

	public static void main(String[] args) throws Exception {
		Path serverFile = Path.of(args[0]);
		String scenario = args[1];
		int runs = Integer.parseInt(args[2]);
		List<Contender> contenders = new ArrayList<>();
		for (String spec : Arrays.asList(args).subList(3, args.length)) {
			int eq = spec.indexOf('=');
			int at = spec.indexOf('@');
			String cp = spec.substring(at + 1);
			if (cp.startsWith("@")) {
				cp = Files.readString(Path.of(cp.substring(1))).strip();
			}
			contenders.add(new Contender(spec.substring(0, eq), spec.substring(eq + 1, at), cp));
		}
		BenchServer server = BenchServer.load(serverFile);
		String loadBefore = loadAverage();
		Map<Contender, List<Run>> results = new LinkedHashMap<>();
		contenders.forEach(c -> results.put(c, new ArrayList<>()));
		for (int i = -1; i < runs; i++) {
			for (Contender contender : contenders) {
				server.reset();
				Run run = run(contender, scenario, serverFile);
				if (i >= 0) {
					results.get(contender).add(run);
				}
			}
		}
		String loadAfter = loadAverage();
		System.out.printf(Locale.ROOT, "%nscenario %s, %d fresh JVMs per contender in alternation (JDK %s)%n", scenario,
				runs, System.getProperty("java.version"));
		System.out.println("load average before: " + loadBefore + "; after: " + loadAfter);
		System.out.printf(Locale.ROOT, "| %-16s | %-22s | %-22s | %-22s | %-22s | %-8s | %-16s |%n", "contender",
				"process wall ms (med, min-max)", "JVM uptime at end ms", "work ms (from main)", "process CPU ms",
				"classes", "peak RSS MiB (med, max)");
		System.out.println("|---|---|---|---|---|---|---|");
		for (Contender contender : contenders) {
			List<Run> list = results.get(contender);
			System.out.printf(Locale.ROOT, "| %-16s | %s | %s | %s | %s | %8.0f | %6.1f (%6.1f) |%n", contender.label(),
					stats(list, Run::wallMs), stats(list, Run::uptimeMs), stats(list, Run::workMs),
					stats(list, Run::cpuMs), median(list, Run::classes), median(list, Run::hwmMb),
					max(list, Run::hwmMb));
		}
		Contender reference = contenders.get(contenders.size() - 1);
		List<Run> ref = results.get(reference);
		for (Contender contender : contenders.subList(0, contenders.size() - 1)) {
			List<Run> list = results.get(contender);
			List<Double> wallRatio = new ArrayList<>();
			List<Double> wallDiff = new ArrayList<>();
			List<Double> workRatio = new ArrayList<>();
			List<Double> uptimeDiff = new ArrayList<>();
			for (int i = 0; i < list.size(); i++) {
				wallRatio.add(list.get(i).wallMs() / ref.get(i).wallMs());
				wallDiff.add(list.get(i).wallMs() - ref.get(i).wallMs());
				workRatio.add(list.get(i).workMs() / ref.get(i).workMs());
				uptimeDiff.add(list.get(i).uptimeMs() - ref.get(i).uptimeMs());
			}
			System.out.printf(Locale.ROOT,
					"%s vs %s, paired medians: process wall %.2fx (%+.0f ms), JVM uptime at end %+.0f ms, work %.2fx%n",
					contender.label(), reference.label(), median(wallRatio), median(wallDiff), median(uptimeDiff),
					median(workRatio));
		}
	}

	private static Run run(Contender contender, String scenario, Path serverFile) throws Exception {
		List<String> command = new ArrayList<>();
		command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
		String jvmArgs = System.getProperty("bench.jvm.args", "").strip();
		if (!jvmArgs.isEmpty()) {
			command.addAll(Arrays.asList(jvmArgs.split("\\s+")));
		}
		command.addAll(List.of("-cp", contender.classPath(), ClientScenario.class.getName(), contender.side(), scenario,
				serverFile.toString()));
		ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
		long start = System.nanoTime();
		Process process = builder.start();
		String result = null;
		StringBuilder output = new StringBuilder();
		try (BufferedReader reader = new BufferedReader(
				new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
			for (String line = reader.readLine(); line != null; line = reader.readLine()) {
				output.append(line).append('\n');
				if (line.startsWith("RESULT ")) {
					result = line;
				}
			}
		}
		int status = process.waitFor();
		double wall = (System.nanoTime() - start) / 1e6;
		if (status != 0 || result == null) {
			throw new IllegalStateException(contender + " failed (exit " + status + "):\n" + output);
		}
		Map<String, String> fields = new LinkedHashMap<>();
		for (String pair : result.substring("RESULT ".length()).split(" ")) {
			int eq = pair.indexOf('=');
			fields.put(pair.substring(0, eq), pair.substring(eq + 1));
		}
		return new Run(wall, Double.parseDouble(fields.get("uptime_ms")), Double.parseDouble(fields.get("work_ms")),
				Double.parseDouble(fields.get("cpu_ms")), Double.parseDouble(fields.get("classes")),
				Double.parseDouble(fields.get("hwm_kb")) / 1024);
	}

	static String loadAverage() {
		try {
			return Files.readString(Path.of("/proc/loadavg")).strip();
		}
		catch (IOException ex) {
			return String
				.valueOf(java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
		}
	}

	private static String stats(List<Run> runs, ToDoubleFunction<Run> figure) {
		return String.format(Locale.ROOT, "%7.0f (%5.0f-%5.0f)", median(runs, figure), min(runs, figure),
				max(runs, figure));
	}

	static double median(List<Run> runs, ToDoubleFunction<Run> figure) {
		return median(runs.stream().map(r -> figure.applyAsDouble(r)).toList());
	}

	static double median(List<Double> values) {
		List<Double> sorted = new ArrayList<>(values);
		sorted.sort(null);
		int n = sorted.size();
		return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
	}

	private static double min(List<Run> runs, ToDoubleFunction<Run> figure) {
		return runs.stream().mapToDouble(figure).min().orElse(Double.NaN);
	}

	private static double max(List<Run> runs, ToDoubleFunction<Run> figure) {
		return runs.stream().mapToDouble(figure).max().orElse(Double.NaN);
	}

}
