package dev.ucare.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

import dev.ucare.benchmarks.client.Floor;
import dev.ucare.client.UploadcareClient;
import dev.ucare.client.files.FileQuery;
import dev.ucare.client.upload.UploadSource;
import dev.ucare.emulator.UploadcareEmulator;
import dev.ucare.testsupport.RandomFiles;

/**
 * Benchmarks of the upload and listing paths against the emulator on loopback, each
 * beside a floor measured in the same run: the JDK's {@link HttpClient} sending the same
 * requests with no SDK logic. Run by {@code benchmarks/run.sh} (with {@code -Xmx96m});
 * prints a table. Not part of {@code mvn verify}.
 */
public final class UploadBenchmarks {

	private static final long MIB = 1024 * 1024;

	private final List<String[]> rows = new ArrayList<>();

	private final UploadcareEmulator emulator;

	/** The same requests with the JDK client and no SDK logic. */
	private final Floor floor;

	private UploadBenchmarks(UploadcareEmulator emulator) {
		this.emulator = emulator;
		this.floor = new Floor(emulator.uploadBaseUrl(), emulator.restBaseUrl(), emulator.publicKey(),
				emulator.secretKey());
	}

	/**
	 * {@code args[0]}: {@code multipart} (the 1 GiB uploads, meant for {@code -Xmx96m})
	 * or {@code many} ({@code uploadAll} and listing, whose emulator-side state, 200 MiB
	 * of small blobs kept in memory by the in-process emulator, cannot fit 96 MiB);
	 * {@code args[1]}: big file size in MiB (default 1024).
	 */
	public static void main(String[] args) throws Exception {
		String group = args.length > 0 ? args[0] : "multipart";
		long bigSize = args.length > 1 ? Long.parseLong(args[1]) * MIB : 1024 * MIB;
		try (UploadcareEmulator emulator = UploadcareEmulator.builder().jobDelay(Duration.ZERO).start()) {
			UploadBenchmarks bench = new UploadBenchmarks(emulator);
			if (group.equals("multipart")) {
				Path dir = Files.createTempDirectory("uc-bench");
				Path big = dir.resolve("big.bin");
				RandomFiles.write(big, bigSize, bigSize);
				try {
					bench.multipart(big);
					bench.multipartWithLatency(big);
				}
				finally {
					Files.deleteIfExists(big);
					Files.deleteIfExists(dir);
				}
			}
			else {
				bench.uploadAll();
				bench.listing();
			}
			bench.print();
		}
	}

	private UploadcareClient client(int concurrency) {
		return UploadcareClient.builder()
			.publicKey(emulator.publicKey())
			.secretKey(emulator.secretKey())
			.uploadBaseUrl(emulator.uploadBaseUrl())
			.restBaseUrl(emulator.restBaseUrl())
			.uploadConcurrency(concurrency)
			.build();
	}

	// ---- scenarios ----

	private void multipart(Path big) throws Exception {
		long size = Files.size(big);
		UploadcareClient sdk = client(4);
		Work floorRun = () -> this.floor.multipart(big, 4);
		Work sdkRun = () -> sdk.uploads().upload(big);
		fresh(floorRun); // warm-up
		fresh(sdkRun); // warm-up
		// alternate the two, best time of each; the heap figure is the highest seen in
		// any SDK run
		Measured floor = null;
		Measured ours = null;
		long sdkPeak = 0;
		for (int i = 0; i < 2; i++) {
			Measured f = fresh(floorRun);
			Measured o = fresh(sdkRun);
			floor = floor == null || f.nanos() < floor.nanos() ? f : floor;
			ours = ours == null || o.nanos() < ours.nanos() ? o : ours;
			sdkPeak = Math.max(sdkPeak, o.peakHeap());
		}
		ours = new Measured(ours.nanos(), sdkPeak);
		double sdkRate = size / MIB / ours.seconds();
		double floorRate = size / MIB / floor.seconds();
		row("multipart " + size / MIB + " MiB from Path", String.format(Locale.ROOT, "%.0f MiB/s", sdkRate),
				String.format(Locale.ROOT, "%.0f MiB/s (JDK HttpClient, 4 parallel)", floorRate),
				String.format(Locale.ROOT, "%.0f%% of floor (need >= 80%%)", 100 * sdkRate / floorRate),
				sdkRate >= 0.8 * floorRate);
		row("  peak heap during SDK upload (-Xmx96m)", mib(ours.peakHeap()), mib(floor.peakHeap()) + " (floor)",
				"need <= 64 MiB", ours.peakHeap() <= 64 * MIB);
	}

	private void multipartWithLatency(Path big) throws Exception {
		UploadcareClient four = client(4);
		UploadcareClient eight = client(8);
		UploadcareClient one = client(1);
		Measured parallel = withLatency(() -> four.uploads().upload(big));
		Measured parallel8 = withLatency(() -> eight.uploads().upload(big));
		Measured serial = withLatency(() -> one.uploads().upload(big));
		double speedup = serial.seconds() / parallel.seconds();
		row("multipart, +25 ms latency/request", secs(parallel), secs(serial) + " (SDK, one part at a time)",
				String.format(Locale.ROOT, "%.1fx faster (need >= 3x)", speedup), speedup >= 3);
		double speedup8 = serial.seconds() / parallel8.seconds();
		row("  same, uploadConcurrency(8) configured", secs(parallel8), secs(serial) + " (SDK, one part at a time)",
				String.format(Locale.ROOT, "%.1fx faster (default is 4)", speedup8), speedup8 >= 3);
	}

	/** One run on a fresh emulator state. */
	private Measured fresh(Work work) throws Exception {
		emulator.reset();
		try {
			return measure(work);
		}
		finally {
			emulator.reset();
		}
	}

	/** One run with 25 ms of emulated latency per request, on a fresh emulator state. */
	private Measured withLatency(Work work) throws Exception {
		emulator.reset();
		emulator.faults().latency(Duration.ofMillis(25));
		try {
			return measure(work);
		}
		finally {
			emulator.reset();
		}
	}

	private void uploadAll() throws Exception {
		// 200 MiB of sources do not fit a 96 MiB heap as arrays: they are files
		Path dir = Files.createTempDirectory("uc-bench-files");
		List<Path> files = new ArrayList<>();
		for (int i = 0; i < 200; i++) {
			Path file = dir.resolve("f" + i + ".bin");
			RandomFiles.write(file, MIB, MIB);
			files.add(file);
		}
		UploadcareClient sdk = client(4);
		// warm-up of both paths (JIT, connections) on a fifth of the files, then the
		// measured runs on all of them
		List<Path> some = files.subList(0, 40);
		withLatency(() -> sdk.uploads().uploadAll(sources(some)));
		withLatency(() -> sources(some).forEach(sdk.uploads()::upload));
		Measured oneByOne = withLatency(() -> sources(files).forEach(sdk.uploads()::upload));
		Measured all = withLatency(() -> sdk.uploads().uploadAll(sources(files)));
		double speedup = oneByOne.seconds() / all.seconds();
		row("uploadAll 200 x 1 MiB, +25 ms", secs(all), secs(oneByOne) + " (SDK, one after another)",
				String.format(Locale.ROOT, "%.1fx faster (need >= 5x)", speedup), speedup >= 5);
		for (Path file : files) {
			Files.delete(file);
		}
		Files.delete(dir);
	}

	private void listing() throws Exception {
		for (int i = 0; i < 10_000; i++) {
			emulator.seedFile(new UUID(0xc0ffee0000004000L, 0x8000000000000000L | i).toString(), "f" + i + ".txt",
					new byte[] { (byte) i });
		}
		UploadcareClient sdk = client(4);
		FileQuery query = FileQuery.builder().limit(1000).build();
		long[] count = new long[1];
		Work ours = () -> count[0] = sdk.files().stream(query).count();
		Work floorRun = this.floor::listAll;
		// a run takes ~0.1 s: warm both paths up well, then alternate them so that both
		// see the same machine
		// (timed without the heap sampler and the System.gc() before each run: no heap
		// figure is reported here)
		for (int i = 0; i < 15; i++) {
			time(ours);
			time(floorRun);
		}
		List<Long> sdkRuns = new ArrayList<>();
		List<Long> floorRuns = new ArrayList<>();
		for (int i = 0; i < LIST_RUNS; i++) {
			sdkRuns.add(time(ours));
			floorRuns.add(time(floorRun));
		}
		Measured sdkMedian = new Measured(median(sdkRuns), 0);
		Measured floorMedian = new Measured(median(floorRuns), 0);
		double ratio = sdkMedian.seconds() / floorMedian.seconds();
		row("list " + count[0] + " files via files().stream", millis(sdkMedian),
				millis(floorMedian) + " (JDK HttpClient, same pages, median)",
				String.format(Locale.ROOT, "%.2fx floor (need <= 1.2x)", ratio), ratio <= 1.2);
	}

	/** Runs of each side of the listing comparison; the table shows medians. */
	private static final int LIST_RUNS = 15;

	private static long median(List<Long> values) {
		List<Long> sorted = new ArrayList<>(values);
		sorted.sort(null);
		return sorted.get(sorted.size() / 2);
	}

	private static List<UploadSource> sources(List<Path> files) {
		return files.stream().map(UploadSource::of).toList();
	}

	// ---- measuring ----

	@FunctionalInterface
	private interface Work {

		void run() throws Exception;

	}

	private record Measured(long nanos, long peakHeap) {
		double seconds() {
			return nanos / 1e9;
		}
	}

	/** Nanoseconds {@code work} takes. */
	private static long time(Work work) throws Exception {
		long start = System.nanoTime();
		work.run();
		return System.nanoTime() - start;
	}

	/** Times {@code work} while a thread samples the used heap every millisecond. */
	private static Measured measure(Work work) throws Exception {
		MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
		System.gc();
		AtomicLong peak = new AtomicLong(memory.getHeapMemoryUsage().getUsed());
		Thread sampler = new Thread(() -> {
			while (!Thread.currentThread().isInterrupted()) {
				peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
				try {
					Thread.sleep(1);
				}
				catch (InterruptedException ex) {
					return;
				}
			}
		});
		sampler.setDaemon(true);
		sampler.start();
		long start = System.nanoTime();
		try {
			work.run();
		}
		finally {
			sampler.interrupt();
			sampler.join();
		}
		return new Measured(System.nanoTime() - start, peak.get());
	}

	private void row(String name, String sdk, String floor, String verdict, boolean pass) {
		rows.add(new String[] { name, sdk, floor, verdict, pass ? "PASS" : "FAIL" });
	}

	private void print() {
		System.out.printf(Locale.ROOT, "%nUploadcare SDK benchmarks (emulator on loopback, JDK %s, max heap %s)%n",
				System.getProperty("java.version"), mib(Runtime.getRuntime().maxMemory()));
		String format = "| %-40s | %-12s | %-46s | %-32s | %-4s |%n"; // columns widen for
																		// longer cells
		System.out.printf(Locale.ROOT, format, "scenario", "SDK", "floor", "result", "");
		System.out.printf(Locale.ROOT, format, "-".repeat(40), "-".repeat(12), "-".repeat(46), "-".repeat(32), "----");
		rows.forEach(r -> System.out.printf(Locale.ROOT, format, (Object[]) r));
	}

	private static String millis(Measured m) {
		return String.format(Locale.ROOT, "%.0f ms", m.nanos() / 1e6);
	}

	private static String secs(Measured m) {
		return String.format(Locale.ROOT, "%.2f s", m.seconds());
	}

	private static String mib(long bytes) {
		return String.format(Locale.ROOT, "%.1f MiB", bytes / (double) MIB);
	}

}
