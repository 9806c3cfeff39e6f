package dev.ucare.benchmarks.boot;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Runs the Spring Boot layer's benchmarks and prints a table: {@code verify} (JMH,
 * {@link SignatureVerificationBenchmark}), {@code deliveries}
 * ({@link WebhookDeliveryBenchmark}) and {@code startup} ({@link StartupBenchmark}).
 * Arguments pick which (default all three). Run by {@code benchmarks/run-boot.sh}.
 * <p>
 * System properties: {@code bench.deliveries.threads} (4),
 * {@code bench.deliveries.warmup} (30000), {@code bench.deliveries.count} (40000),
 * {@code bench.deliveries.stores} ({@code memory}; a comma-separated list of
 * {@code memory}, {@code jdbc}, {@code redis}: the de-duplication stores to measure),
 * {@code bench.startup.runs} (15).
 */
public final class BootBenchmarks {

	static final double VERIFY_TARGET = 200_000;

	static final long STARTUP_TARGET_MS = 50;

	private BootBenchmarks() {
	}

	public static void main(String[] args) throws Exception {
		List<String> which = (args.length == 0) ? List.of("verify", "deliveries", "startup") : Arrays.asList(args);
		List<String[]> rows = new ArrayList<>();
		List<String> notes = new ArrayList<>();
		boolean ok = true;
		if (which.contains("verify")) {
			Options options = new OptionsBuilder().include(SignatureVerificationBenchmark.class.getName() + ".verify")
				.forks(1)
				.threads(1)
				.warmupIterations(3)
				.warmupTime(org.openjdk.jmh.runner.options.TimeValue.seconds(2))
				.measurementIterations(5)
				.measurementTime(org.openjdk.jmh.runner.options.TimeValue.seconds(2))
				.build();
			Collection<RunResult> results = new Runner(options).run();
			Result<?> primary = results.iterator().next().getPrimaryResult();
			boolean met = primary.getScore() >= VERIFY_TARGET;
			ok &= met;
			rows.add(new String[] { "signature verification, 2 KiB body, 1 thread (JMH)",
					String.format(Locale.ROOT, "%,.0f ± %,.0f ops/s", primary.getScore(), primary.getScoreError()),
					String.format(Locale.ROOT, "≥ 200,000 ops/s: %s", met ? "met" : "NOT met") });
		}
		if (which.contains("deliveries")) {
			for (String store : System.getProperty("bench.deliveries.stores", "memory").split(",")) {
				WebhookDeliveryBenchmark.Result result = WebhookDeliveryBenchmark.run(store.trim(),
						Integer.getInteger("bench.deliveries.threads", 4),
						Integer.getInteger("bench.deliveries.warmup", 30_000),
						Integer.getInteger("bench.deliveries.count", 40_000));
				ok &= result.allPublished();
				rows.add(new String[] {
						String.format(Locale.ROOT,
								"webhook deliveries over HTTP, %d B bodies, %d client threads, store %s",
								result.bodyBytes(), result.threads(), result.store()),
						String.format(Locale.ROOT, "%,.0f deliveries/s", result.perSecond()),
						String.format(Locale.ROOT, "%,d/%,d answered 200, %,d published in %.2f s; %d retries",
								result.ok(), result.deliveries(), result.published(), result.seconds(),
								result.retries()) });
				rows.add(new String[] { "  baseline: same requests to a no-op endpoint of the same app",
						String.format(Locale.ROOT, "%,.0f requests/s", result.baselinePerSecond()),
						"HTTP round trip only (client and server share the CPUs)" });
			}
		}
		if (which.contains("startup")) {
			StartupBenchmark.Result result = StartupBenchmark.run(Integer.getInteger("bench.startup.runs", 15));
			StartupBenchmark.Variant with = result.with();
			StartupBenchmark.Variant without = result.without();
			boolean met = result.addedMedianMs() <= STARTUP_TARGET_MS;
			ok &= met;
			for (StartupBenchmark.Variant variant : List.of(without, with)) {
				rows.add(new String[] { "start-up to ApplicationReadyEvent, " + variant.name(),
						String.format(Locale.ROOT, "median %d ms, min %d ms",
								variant.median(StartupBenchmark.Sample::uptimeMs),
								variant.min(StartupBenchmark.Sample::uptimeMs)),
						String.format(Locale.ROOT, "%d fresh JVMs; Boot's own: median %d ms; %d beans",
								variant.samples().size(), variant.median(StartupBenchmark.Sample::bootMs),
								variant.samples().get(0).beans()) });
			}
			rows.add(new String[] { "start-up added by the starter",
					String.format(Locale.ROOT, "%+d ms (medians), %+d ms (paired median), %+d ms (mins)",
							result.addedMedianMs(), result.pairedMedianMs(), result.addedMinMs()),
					String.format(Locale.ROOT, "≤ 50 ms: %s", met ? "met" : "NOT met") });
			notes.add(String.format(Locale.ROOT,
					"startup: load average before %.2f, after %.2f (%d cores); %d of %d pairs started on a busy machine",
					result.loadBefore(), result.loadAfter(), Runtime.getRuntime().availableProcessors(),
					result.pairsStartedBusy(), with.samples().size()));
			notes.add("startup raw JVM uptime ms, with:    " + with.raw());
			notes.add("startup raw JVM uptime ms, without: " + without.raw());
		}
		print(rows);
		notes.forEach(System.out::println);
		System.exit(ok ? 0 : 1);
	}

	private static void print(List<String[]> rows) {
		String[] header = { "benchmark", "result", "notes" };
		int[] widths = new int[header.length];
		List<String[]> all = new ArrayList<>();
		all.add(header);
		all.addAll(rows);
		for (String[] row : all) {
			for (int i = 0; i < row.length; i++) {
				widths[i] = Math.max(widths[i], row[i].length());
			}
		}
		System.out.println();
		for (int r = 0; r < all.size(); r++) {
			StringBuilder line = new StringBuilder("|");
			for (int i = 0; i < header.length; i++) {
				line.append(' ').append(String.format(Locale.ROOT, "%-" + widths[i] + "s", all.get(r)[i])).append(" |");
			}
			System.out.println(line);
			if (r == 0) {
				StringBuilder rule = new StringBuilder("|");
				for (int width : widths) {
					rule.append('-').append("-".repeat(width)).append("-|");
				}
				System.out.println(rule);
			}
		}
	}

}
