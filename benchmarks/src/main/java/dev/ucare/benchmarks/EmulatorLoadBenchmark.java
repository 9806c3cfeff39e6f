package dev.ucare.benchmarks;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.CRC32;

/**
 * Load on the standalone emulator: N uploaders (default 32) send direct uploads of 4-64
 * KiB for S seconds (default 60) to {@code java -Xmx256m -jar <standalone jar>} in its
 * own JVM; then the REST API must list every uploaded file with its size and a sample of
 * the files must come back byte for byte from the CDN. Any failed request, or an
 * incomplete listing, fails the run (exit status 1). Only the JDK's {@code HttpClient} is
 * used.
 *
 * <pre>
 * java -cp benchmarks/target/classes dev.ucare.benchmarks.EmulatorLoadBenchmark \
 *     --jar uploadcare-emulator/target/uploadcare-emulator-0.1.0-SNAPSHOT-standalone.jar \
 *     [--seconds 60] [--uploaders 32] [--heap 256m]
 * </pre>
 */
public final class EmulatorLoadBenchmark {

	private static final Pattern UUID = Pattern.compile("\"file\":\"([0-9a-f-]{36})\"");

	private static final Pattern RESULT = Pattern
		.compile("\"size\":(\\d+),\"url\":\"[^\"]*\",\"uuid\":\"([0-9a-f-]{36})\"");

	private static final Pattern NEXT = Pattern.compile("\"next\":(null|\"([^\"]*)\")");

	private record Uploaded(int size, long crc) {
	}

	private EmulatorLoadBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		Map<String, String> options = new java.util.HashMap<>(
				Map.of("--seconds", "60", "--uploaders", "32", "--heap", "256m", "--min-kib", "4", "--max-kib", "64"));
		for (int i = 0; i + 1 < args.length; i += 2) {
			options.put(args[i], args[i + 1]);
		}
		String jar = options.get("--jar");
		if (jar == null || !Files.isRegularFile(Path.of(jar))) {
			System.err.println("usage: --jar <uploadcare-emulator standalone jar> [--seconds 60] [--uploaders 32]"
					+ " [--heap 256m] [--min-kib 4] [--max-kib 64]");
			System.exit(2);
		}
		int seconds = Integer.parseInt(options.get("--seconds"));
		int uploaders = Integer.parseInt(options.get("--uploaders"));
		int minBytes = Integer.parseInt(options.get("--min-kib")) * 1024;
		int maxBytes = Integer.parseInt(options.get("--max-kib")) * 1024;
		String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
		Process emulator = new ProcessBuilder(java, "-Xmx" + options.get("--heap"), "-jar", jar, "--port", "0")
			.redirectErrorStream(true)
			.start();
		try {
			URI[] bases = readBaseUrls(emulator);
			run(bases[0], bases[1], bases[2], seconds, uploaders, minBytes, maxBytes, options.get("--heap"));
		}
		finally {
			emulator.destroy();
			emulator.waitFor(10, TimeUnit.SECONDS);
		}
	}

	private static URI[] readBaseUrls(Process emulator) throws IOException {
		BufferedReader out = new BufferedReader(
				new InputStreamReader(emulator.getInputStream(), StandardCharsets.UTF_8));
		URI[] bases = new URI[3];
		String line;
		while (bases[2] == null && (line = out.readLine()) != null) {
			System.out.println("[emulator] " + line);
			if (line.startsWith("upload: ")) {
				bases[0] = URI.create(line.substring(8).trim());
			}
			else if (line.startsWith("rest: ")) {
				bases[1] = URI.create(line.substring(6).trim());
			}
			else if (line.startsWith("cdn: ")) {
				bases[2] = URI.create(line.substring(5).trim());
			}
		}
		if (bases[2] == null) {
			throw new IllegalStateException("the emulator did not start");
		}
		Thread drain = new Thread(() -> {
			try {
				String rest;
				while ((rest = out.readLine()) != null) {
					System.out.println("[emulator] " + rest);
				}
			}
			catch (IOException e) {
				// ended
			}
		});
		drain.setDaemon(true);
		drain.start();
		return bases;
	}

	private static void run(URI upload, URI rest, URI cdn, int seconds, int uploaders, int minBytes, int maxBytes,
			String heap) throws Exception {
		HttpClient http = HttpClient.newBuilder()
			.version(HttpClient.Version.HTTP_1_1)
			.connectTimeout(Duration.ofSeconds(10))
			.build();
		Map<String, Uploaded> uploaded = new ConcurrentHashMap<>();
		Map<String, AtomicLong> errors = new ConcurrentHashMap<>();
		List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
		AtomicLong bytes = new AtomicLong();
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
		ExecutorService pool = Executors.newFixedThreadPool(uploaders);
		long started = System.nanoTime();
		List<Future<?>> workers = new ArrayList<>();
		for (int u = 0; u < uploaders; u++) {
			int uploader = u;
			workers.add(pool.submit(() -> {
				Random random = new Random(uploader);
				List<Long> mine = new ArrayList<>();
				int n = 0;
				while (System.nanoTime() < deadline) {
					byte[] content = new byte[minBytes + random.nextInt(maxBytes - minBytes + 1)];
					random.nextBytes(content);
					String boundary = "load" + uploader + "x" + n;
					ByteArrayOutputStream body = new ByteArrayOutputStream(content.length + 512);
					body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"UPLOADCARE_PUB_KEY\""
							+ "\r\n\r\ndemopublickey\r\n--" + boundary
							+ "\r\nContent-Disposition: form-data; name=\"UPLOADCARE_STORE\"\r\n\r\n1\r\n--" + boundary
							+ "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"u" + uploader + "-" + n
							+ ".bin\"\r\nContent-Type: application/octet-stream\r\n\r\n")
						.getBytes(StandardCharsets.US_ASCII));
					body.writeBytes(content);
					body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII));
					HttpRequest request = HttpRequest.newBuilder(upload.resolve("/base/"))
						.timeout(Duration.ofSeconds(30))
						.header("Content-Type", "multipart/form-data; boundary=" + boundary)
						.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
						.build();
					long t0 = System.nanoTime();
					try {
						HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
						mine.add(System.nanoTime() - t0);
						Matcher m = UUID.matcher(response.body());
						if (response.statusCode() == 200 && m.find()) {
							CRC32 crc = new CRC32();
							crc.update(content);
							uploaded.put(m.group(1), new Uploaded(content.length, crc.getValue()));
							bytes.addAndGet(content.length);
						}
						else {
							errors
								.computeIfAbsent("HTTP " + response.statusCode() + " " + abbreviate(response.body()),
										k -> new AtomicLong())
								.incrementAndGet();
						}
					}
					catch (IOException e) {
						errors
							.computeIfAbsent(e.getClass().getSimpleName() + ": " + e.getMessage(),
									k -> new AtomicLong())
							.incrementAndGet();
					}
					catch (InterruptedException e) {
						Thread.currentThread().interrupt();
						return;
					}
					n++;
				}
				latencies.addAll(mine);
			}));
		}
		for (Future<?> worker : workers) {
			worker.get();
		}
		pool.shutdown();
		double elapsed = (System.nanoTime() - started) / 1e9;

		// the listing must be complete: every uploaded file, with its size, exactly once
		long listStarted = System.nanoTime();
		Map<String, Integer> listed = new java.util.HashMap<>();
		int pages = 0;
		int duplicates = 0;
		String next = rest.resolve("/files/?limit=1000").toString();
		while (next != null) {
			HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create(next))
				.timeout(Duration.ofSeconds(60))
				.header("Accept", "application/vnd.uploadcare-v0.7+json")
				.header("Authorization", "Uploadcare.Simple demopublickey:demosecretkey")
				.build(), HttpResponse.BodyHandlers.ofString());
			if (page.statusCode() != 200) {
				throw new IllegalStateException(
						"listing page " + pages + " answered " + page.statusCode() + ": " + abbreviate(page.body()));
			}
			pages++;
			Matcher m = RESULT.matcher(page.body());
			while (m.find()) {
				if (listed.put(m.group(2), Integer.parseInt(m.group(1))) != null) {
					duplicates++;
				}
			}
			Matcher n = NEXT.matcher(page.body());
			next = n.find() && n.group(2) != null ? n.group(2) : null;
		}
		double listSeconds = (System.nanoTime() - listStarted) / 1e9;
		long missing = uploaded.keySet().stream().filter(uuid -> !listed.containsKey(uuid)).count();
		long wrongSize = uploaded.entrySet()
			.stream()
			.filter(e -> listed.containsKey(e.getKey()) && listed.get(e.getKey()) != e.getValue().size())
			.count();

		// a sample comes back byte for byte from the CDN
		List<String> sample = new ArrayList<>(uploaded.keySet());
		Collections.shuffle(sample, new Random(7));
		sample = sample.subList(0, Math.min(200, sample.size()));
		int cdnMismatches = 0;
		for (String uuid : sample) {
			HttpResponse<byte[]> file = http.send(HttpRequest.newBuilder(cdn.resolve("/" + uuid + "/")).build(),
					HttpResponse.BodyHandlers.ofByteArray());
			CRC32 crc = new CRC32();
			crc.update(file.body());
			if (file.statusCode() != 200 || crc.getValue() != uploaded.get(uuid).crc()) {
				cdnMismatches++;
			}
		}

		List<Long> sorted = new ArrayList<>(latencies);
		Collections.sort(sorted);
		long failures = errors.values().stream().mapToLong(AtomicLong::get).sum();
		System.out.printf("%nEmulator load: %d uploaders x %.0f s, direct uploads of %d-%d KiB, emulator -Xmx%s%n",
				uploaders, elapsed, minBytes / 1024, maxBytes / 1024, heap);
		System.out.printf("  uploads ok        %,d (%,.0f/s, %,.1f MiB/s, %,.0f MiB in all)%n", uploaded.size(),
				uploaded.size() / elapsed, bytes.get() / elapsed / (1 << 20), bytes.get() / (double) (1 << 20));
		System.out.printf("  failed requests   %,d %s%n", failures, errors);
		System.out.printf("  latency           p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms%n", pct(sorted, 50),
				pct(sorted, 95), pct(sorted, 99), sorted.isEmpty() ? 0 : sorted.get(sorted.size() - 1) / 1e6);
		System.out.printf("  listing           %,d files in %d pages, %.1f s; missing %d, wrong size %d, twice %d%n",
				listed.size(), pages, listSeconds, missing, wrongSize, duplicates);
		System.out.printf("  CDN sample        %d files, %d mismatches%n", sample.size(), cdnMismatches);
		boolean pass = failures == 0 && missing == 0 && wrongSize == 0 && duplicates == 0 && cdnMismatches == 0
				&& listed.size() == uploaded.size();
		System.out.println(pass ? "PASS" : "FAIL");
		if (!pass) {
			System.exit(1);
		}
	}

	private static double pct(List<Long> sorted, int percentile) {
		if (sorted.isEmpty()) {
			return 0;
		}
		return sorted.get(Math.min(sorted.size() - 1, (int) (sorted.size() * percentile / 100.0))) / 1e6;
	}

	private static String abbreviate(String text) {
		return text.length() > 160 ? text.substring(0, 160) + "..." : text;
	}

}
