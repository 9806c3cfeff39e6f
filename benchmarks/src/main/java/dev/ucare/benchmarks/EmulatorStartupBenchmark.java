package dev.ucare.benchmarks;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.ucare.emulator.UploadcareEmulator;

/**
 * Start-up of the emulator: {@code UploadcareEmulator.start()} in a fresh JVM (what the
 * first test of a run or the standalone jar pays) and in a JVM that has started one
 * before (what every further test pays). The fresh-JVM figures come from child JVMs
 * running {@link dev.ucare.emulator.Main}, which prints the time {@code start()} took.
 */
public final class EmulatorStartupBenchmark {

	private static final Pattern STARTED = Pattern.compile("started in (\\d+) ms");

	private EmulatorStartupBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		int runs = Integer.getInteger("bench.emulator.runs", 7);
		List<Long> fresh = new ArrayList<>();
		for (int i = 0; i < runs; i++) {
			fresh.add(freshJvmStart());
		}
		List<Long> warm = new ArrayList<>();
		UploadcareEmulator.start().close();
		for (int i = 0; i < 50; i++) {
			long started = System.nanoTime();
			UploadcareEmulator emulator = UploadcareEmulator.start();
			warm.add((System.nanoTime() - started) / 1_000);
			emulator.close();
		}
		System.out.println();
		System.out.println("Emulator start-up (JDK " + System.getProperty("java.version") + ")");
		System.out.println("| case | median | min | max | runs | target |");
		System.out.println("| --- | --- | --- | --- | --- | --- |");
		System.out
			.println(String.format(Locale.ROOT, "| start() in a fresh JVM | %d ms | %d ms | %d ms | %d | < 300 ms |",
					median(fresh), Collections.min(fresh), Collections.max(fresh), fresh.size()));
		System.out.println(String.format(Locale.ROOT,
				"| start() in a JVM that started one before | %.1f ms | %.1f ms | %.1f ms | %d | < 300 ms |",
				median(warm) / 1000.0, Collections.min(warm) / 1000.0, Collections.max(warm) / 1000.0, warm.size()));
	}

	private static long freshJvmStart() throws IOException, InterruptedException {
		String java = System.getProperty("java.home") + File.separator + "bin" + File.separator + "java";
		Process process = new ProcessBuilder(java, "-cp", ManagementFactory.getRuntimeMXBean().getClassPath(),
				"dev.ucare.emulator.Main", "--port", "0")
			.redirectErrorStream(true)
			.start();
		try (BufferedReader out = new BufferedReader(
				new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
			for (String line = out.readLine(); line != null; line = out.readLine()) {
				Matcher matcher = STARTED.matcher(line);
				if (matcher.find()) {
					return Long.parseLong(matcher.group(1));
				}
			}
			throw new IOException("the emulator did not report its start (exit " + process.waitFor() + ")");
		}
		finally {
			process.destroy();
			process.waitFor();
		}
	}

	private static long median(List<Long> values) {
		List<Long> sorted = new ArrayList<>(values);
		Collections.sort(sorted);
		return sorted.get(sorted.size() / 2);
	}

}
