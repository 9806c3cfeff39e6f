package dev.ucare.benchmarks.client;

import java.lang.management.ManagementFactory;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import dev.ucare.client.UploadcareClient;
import dev.ucare.client.files.FileQuery;

/**
 * The client against the floor in one warmed-up JVM, against a running
 * {@link BenchEmulator}: each pair of runs alternates the two sides after warm-up rounds
 * of both, the emulator reset (not timed) before every run; medians and the median of the
 * per-pair ratios. Also the client's allocation per MiB uploaded in steady state, from
 * {@code ThreadMXBean} allocated bytes summed over every thread.
 * <p>
 * {@code java -cp <cp> dev.ucare.benchmarks.client.WarmBenchmark <server properties> [list] [seq] [seq-latency] [alloc]}
 * <p>
 * {@code -Dbench.client=boot} or {@code boot-jdk} measures the client bean of a Spring
 * Boot application with the starter instead of a client built by hand
 * ({@link BootClient}; with the benchmarks' whole class path).
 */
public final class WarmBenchmark {

	private static final long MIB = 1024 * 1024;

	private final BenchServer server;

	private final List<String> rows = new ArrayList<>();

	private WarmBenchmark(BenchServer server) {
		this.server = server;
	}

	public static void main(String[] args) throws Exception {
		BenchServer server = BenchServer.load(Path.of(args[0]));
		WarmBenchmark bench = new WarmBenchmark(server);
		String load = FreshJvmBenchmark.loadAverage();
		List<String> scenarios = args.length > 1 ? List.of(args).subList(1, args.length)
				: List.of("list", "seq", "seq-latency", "alloc");
		for (String scenario : scenarios) {
			switch (scenario) {
				case "list" -> bench.list();
				case "seq" -> bench.seq();
				case "seq-latency" -> bench.seqLatency();
				case "alloc" -> bench.alloc();
				default -> throw new IllegalArgumentException("unknown scenario " + scenario);
			}
		}
		System.out.printf(Locale.ROOT, "%nwarmed-up client vs floor (JDK %s); load average before: %s; after: %s%n",
				System.getProperty("java.version"), load, FreshJvmBenchmark.loadAverage());
		bench.rows.forEach(System.out::println);
		System.exit(0);
	}

	private UploadcareClient client(boolean latency, boolean listing) {
		String publicKey = listing ? server.listPublicKey() : server.publicKey();
		String secretKey = listing ? server.listSecretKey() : server.secretKey();
		URI upload = latency ? server.latencyUpload() : server.upload();
		URI rest = latency ? server.latencyRest() : server.rest();
		String variant = System.getProperty("bench.client", "plain");
		if (!variant.equals("plain")) {
			return BootClient.create(variant, publicKey, secretKey, upload, rest);
		}
		return UploadcareClient.builder()
			.publicKey(publicKey)
			.secretKey(secretKey)
			.uploadBaseUrl(upload)
			.restBaseUrl(rest)
			.build();
	}

	private Floor floor(boolean latency, boolean listing) {
		return new Floor(latency ? server.latencyUpload() : server.upload(),
				latency ? server.latencyRest() : server.rest(), listing ? server.listPublicKey() : server.publicKey(),
				listing ? server.listSecretKey() : server.secretKey());
	}

	private void list() throws Exception {
		UploadcareClient sdk = client(false, true);
		Floor floor = floor(false, true);
		FileQuery query = FileQuery.builder().limit(1000).build();
		compare("list 10,000 files (10 pages of 1000)", 15, 15, () -> {
			if (sdk.files().stream(query).count() != server.listFiles()) {
				throw new IllegalStateException("not all files listed");
			}
		}, floor::listAll, false);
	}

	private void seq() throws Exception {
		UploadcareClient sdk = client(false, false);
		Floor floor = floor(false, false);
		compare("200 x 1 MiB, one after another (POST /base/ + GET /info/)", 3, 9, () -> {
			for (int i = 0; i < server.smallFiles(); i++) {
				sdk.uploads().upload(server.smallFile(i));
			}
		}, () -> {
			for (int i = 0; i < server.smallFiles(); i++) {
				floor.info(floor.direct(server.smallFile(i)));
			}
		}, true);
	}

	private void seqLatency() throws Exception {
		UploadcareClient sdk = client(true, false);
		Floor floor = floor(true, false);
		ClientScenario.Uploader oneTrip;
		try {
			oneTrip = ClientScenario.uuidUploader(sdk);
		}
		catch (NoSuchMethodException ex) {
			oneTrip = null;
		}
		if (oneTrip != null) {
			ClientScenario.Uploader uploader = oneTrip;
			compare("200 x 1 MiB, +25 ms per request, uploadForUuid vs POST /base/ only", 1, 3, () -> {
				for (int i = 0; i < server.smallFiles(); i++) {
					uploader.upload(server.smallFile(i));
				}
			}, () -> {
				for (int i = 0; i < server.smallFiles(); i++) {
					floor.direct(server.smallFile(i));
				}
			}, true);
		}
		compare("200 x 1 MiB, +25 ms per request, upload (file info) vs POST /base/ only", 1, 3, () -> {
			for (int i = 0; i < server.smallFiles(); i++) {
				sdk.uploads().upload(server.smallFile(i));
			}
		}, () -> {
			for (int i = 0; i < server.smallFiles(); i++) {
				floor.direct(server.smallFile(i));
			}
		}, true);
	}

	private void alloc() throws Exception {
		UploadcareClient sdk = client(false, false);
		long big = Files.size(server.bigFile());
		for (int i = 0; i < 2; i++) {
			server.reset();
			sdk.uploads().upload(server.bigFile());
		}
		long bytes = 0;
		for (int i = 0; i < 3; i++) {
			server.reset();
			long before = allocatedBytes();
			sdk.uploads().upload(server.bigFile());
			bytes += allocatedBytes() - before;
		}
		rows.add(String.format(Locale.ROOT,
				"allocation, %d MiB multipart upload, steady state (mean of 3 after 2): %.1f KiB per MiB uploaded",
				big / MIB, bytes / 3.0 / 1024 / (big / (double) MIB)));
		smallFilesAllocation("200 x 1 MiB direct uploads with file info", path -> sdk.uploads().upload(path).uuid());
		ClientScenario.Uploader oneTrip;
		try {
			oneTrip = ClientScenario.uuidUploader(sdk);
		}
		catch (NoSuchMethodException ex) {
			return;
		}
		smallFilesAllocation("200 x 1 MiB direct uploads by uploadForUuid", oneTrip::upload);
	}

	private void smallFilesAllocation(String name, ClientScenario.Uploader uploader) throws Exception {
		for (int i = 0; i < 2; i++) {
			server.reset();
			for (int f = 0; f < server.smallFiles(); f++) {
				uploader.upload(server.smallFile(f));
			}
		}
		server.reset();
		long before = allocatedBytes();
		long uploaded = 0;
		for (int f = 0; f < server.smallFiles(); f++) {
			uploader.upload(server.smallFile(f));
			uploaded += Files.size(server.smallFile(f));
		}
		long allocated = allocatedBytes() - before;
		rows.add(String.format(Locale.ROOT, "allocation, %s, steady state: %.1f KiB per MiB uploaded", name,
				allocated / 1024.0 / (uploaded / (double) MIB)));
	}

	/**
	 * Bytes allocated so far by the live threads (the client's pool threads live on
	 * between uploads, so none of the measured work is lost with an ended thread).
	 */
	private static long allocatedBytes() {
		com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
		long[] ids = threads.getAllThreadIds();
		long[] bytes = threads.getThreadAllocatedBytes(ids);
		long sum = 0;
		for (long b : bytes) {
			sum += Math.max(0, b);
		}
		return sum;
	}

	@FunctionalInterface
	private interface Work {

		void run() throws Exception;

	}

	private void compare(String name, int warmups, int runs, Work sdk, Work floor, boolean reset) throws Exception {
		for (int i = 0; i < warmups; i++) {
			time(sdk, reset);
			time(floor, reset);
		}
		List<Double> sdkRuns = new ArrayList<>();
		List<Double> floorRuns = new ArrayList<>();
		List<Double> ratios = new ArrayList<>();
		for (int i = 0; i < runs; i++) {
			double s = time(sdk, reset);
			double f = time(floor, reset);
			sdkRuns.add(s);
			floorRuns.add(f);
			ratios.add(s / f);
		}
		rows.add(String.format(Locale.ROOT,
				"%s: SDK median %.0f ms (%.0f-%.0f), floor %.0f ms (%.0f-%.0f), "
						+ "ratio of medians %.2fx, median of paired ratios %.2fx (%d runs each after %d warm-up)",
				name, FreshJvmBenchmark.median(sdkRuns), min(sdkRuns), max(sdkRuns),
				FreshJvmBenchmark.median(floorRuns), min(floorRuns), max(floorRuns),
				FreshJvmBenchmark.median(sdkRuns) / FreshJvmBenchmark.median(floorRuns),
				FreshJvmBenchmark.median(ratios), runs, warmups));
	}

	private double time(Work work, boolean reset) throws Exception {
		if (reset) {
			server.reset();
		}
		long start = System.nanoTime();
		work.run();
		return (System.nanoTime() - start) / 1e6;
	}

	private static double min(List<Double> values) {
		return values.stream().mapToDouble(Double::doubleValue).min().orElse(Double.NaN);
	}

	private static double max(List<Double> values) {
		return values.stream().mapToDouble(Double::doubleValue).max().orElse(Double.NaN);
	}

}
