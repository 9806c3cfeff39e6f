package dev.ucare.benchmarks.client;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.reflect.Method;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import dev.ucare.client.UploadcareClient;
import dev.ucare.client.files.FileInfo;
import dev.ucare.client.files.FileQuery;
import dev.ucare.client.upload.UploadOptions;
import dev.ucare.client.upload.UploadSource;

/**
 * One scenario in a fresh JVM, by the SDK or the floor, against a running
 * {@link BenchEmulator}; prints one {@code RESULT} line with what it measured from inside
 * (time since the JVM started, time of the work itself, CPU time of the process, classes
 * loaded, peak resident memory from {@code /proc/self/status}). {@link FreshJvmBenchmark}
 * starts these processes in alternation and times them from outside.
 * <p>
 * {@code java -cp <cp> dev.ucare.benchmarks.client.ClientScenario <side> <scenario> <server properties>}
 * <ul>
 * <li>side: {@code sdk} (the client; uploads return file info, two requests per direct
 * upload), {@code sdk-uuid} (uploads by {@code uploadForUuid}: one request),
 * {@code floor} (the JDK's HttpClient, the SDK's requests: {@code POST /base/} and
 * {@code GET /info/}), {@code floor-base} ({@code POST /base/} only)</li>
 * <li>scenario: {@code first} (build, then one {@code files().list()} page of 100),
 * {@code list} (stream all 10,000 files, pages of 1000), {@code seq} (200 × 1 MiB, one
 * after another), {@code seq-latency} (the same with 25 ms latency per request),
 * {@code multipart} (the 200 MiB file), {@code all} (list, seq and multipart in one
 * JVM)</li>
 * </ul>
 */
public final class ClientScenario {

	private ClientScenario() {
	}

	public static void main(String[] args) throws Exception {
		long started = System.nanoTime();
		String side = args[0];
		String scenario = args[1];
		BenchServer server = BenchServer.load(Path.of(args[2]));
		if (scenario.equals("all")) {
			all(side, server, started);
			return;
		}
		boolean latency = scenario.equals("seq-latency");
		URI upload = latency ? server.latencyUpload() : server.upload();
		URI rest = latency ? server.latencyRest() : server.rest();
		boolean listing = scenario.equals("first") || scenario.equals("list");
		String publicKey = listing ? server.listPublicKey() : server.publicKey();
		String secretKey = listing ? server.listSecretKey() : server.secretKey();
		String check;
		if (side.startsWith("sdk")) {
			try (UploadcareClient client = UploadcareClient.builder()
				.publicKey(publicKey)
				.secretKey(secretKey)
				.uploadBaseUrl(upload)
				.restBaseUrl(rest)
				.build()) {
				check = sdk(client, side, scenario, server);
			}
		}
		else {
			check = floor(new Floor(upload, rest, publicKey, secretKey), side, scenario, server);
		}
		report(side, scenario, started, check);
	}

	private static void report(String side, String scenario, long started, String check) {
		long work = System.nanoTime() - started;
		long uptime = ManagementFactory.getRuntimeMXBean().getUptime();
		int classes = ManagementFactory.getClassLoadingMXBean().getLoadedClassCount();
		long cpu = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
			.getProcessCpuTime();
		System.out.printf(Locale.ROOT,
				"RESULT side=%s scenario=%s uptime_ms=%d work_ms=%.1f cpu_ms=%.0f classes=%d hwm_kb=%d %s%n", side,
				scenario, uptime, work / 1e6, cpu / 1e6, classes, peakRssKb(), check);
		System.exit(0); // the JDK HttpClient's selector thread would otherwise linger
	}

	/**
	 * {@code list}, {@code seq} and {@code multipart} one after the other in this JVM
	 * (two clients on the SDK side, two {@code HttpClient}s on the floor's: the listed
	 * files are another project's).
	 */
	private static void all(String side, BenchServer server, long started) throws Exception {
		List<String> checks = new ArrayList<>();
		if (side.startsWith("sdk")) {
			try (UploadcareClient lister = client(server, server.listPublicKey(), server.listSecretKey());
					UploadcareClient uploader = client(server, server.publicKey(), server.secretKey())) {
				checks.add(sdk(lister, side, "list", server));
				checks.add(sdk(uploader, side, "seq", server));
				checks.add(sdk(uploader, side, "multipart", server));
			}
		}
		else {
			Floor lister = new Floor(server.upload(), server.rest(), server.listPublicKey(), server.listSecretKey());
			Floor uploader = new Floor(server.upload(), server.rest(), server.publicKey(), server.secretKey());
			checks.add(floor(lister, side, "list", server));
			checks.add(floor(uploader, side, "seq", server));
			checks.add(floor(uploader, side, "multipart", server));
		}
		report(side, "all", started, String.join(" ", checks).replace(' ', ','));
	}

	private static UploadcareClient client(BenchServer server, String publicKey, String secretKey) {
		return UploadcareClient.builder()
			.publicKey(publicKey)
			.secretKey(secretKey)
			.uploadBaseUrl(server.upload())
			.restBaseUrl(server.rest())
			.build();
	}

	private static String sdk(UploadcareClient client, String side, String scenario, BenchServer server)
			throws Exception {
		switch (scenario) {
			case "first" -> {
				int files = client.files().list(FileQuery.builder().limit(100).build()).results().size();
				return expect("files", files, 100);
			}
			case "list" -> {
				long files = client.files().stream(FileQuery.builder().limit(1000).build()).count();
				return expect("files", files, server.listFiles());
			}
			case "seq", "seq-latency" -> {
				Uploader uploader = side.equals("sdk-uuid") ? uuidUploader(client)
						: path -> client.uploads().upload(path).uuid();
				for (int i = 0; i < server.smallFiles(); i++) {
					uploader.upload(server.smallFile(i));
				}
				return "uploads=" + server.smallFiles();
			}
			case "multipart" -> {
				FileInfo file = client.uploads().upload(server.bigFile());
				return expect("size", file.size(), Files.size(server.bigFile()));
			}
			default -> throw new IllegalArgumentException("unknown scenario " + scenario);
		}
	}

	private static String floor(Floor floor, String side, String scenario, BenchServer server) throws Exception {
		switch (scenario) {
			case "first" -> {
				return expect("files", floor.listPage(100), 100);
			}
			case "list" -> {
				return expect("pages", floor.listAll(), (server.listFiles() + 999) / 1000);
			}
			case "seq", "seq-latency" -> {
				for (int i = 0; i < server.smallFiles(); i++) {
					String uuid = floor.direct(server.smallFile(i));
					if (!side.equals("floor-base")) {
						floor.info(uuid);
					}
				}
				return "uploads=" + server.smallFiles();
			}
			case "multipart" -> {
				floor.multipart(server.bigFile(), 4);
				return "uploads=1";
			}
			default -> throw new IllegalArgumentException("unknown scenario " + scenario);
		}
	}

	/** Uploads one file, returns its UUID. */
	@FunctionalInterface
	interface Uploader {

		String upload(Path file) throws Exception;

	}

	/**
	 * {@code uploads().uploadForUuid(source, options)}, looked up by reflection so that
	 * this class also compiles against clients that predate it.
	 */
	static Uploader uuidUploader(UploadcareClient client) throws NoSuchMethodException {
		Method method = client.uploads().getClass().getMethod("uploadForUuid", UploadSource.class, UploadOptions.class);
		return path -> {
			Object result = method.invoke(client.uploads(), UploadSource.of(path), UploadOptions.defaults());
			return result instanceof String uuid ? uuid : (String) result.getClass().getMethod("uuid").invoke(result);
		};
	}

	private static String expect(String what, long actual, long expected) {
		if (actual != expected) {
			throw new IllegalStateException(what + ": expected " + expected + ", got " + actual);
		}
		return what + "=" + actual;
	}

	/** {@code VmHWM} of {@code /proc/self/status}, or -1 off Linux. */
	static long peakRssKb() {
		try {
			for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
				if (line.startsWith("VmHWM:")) {
					return Long.parseLong(line.replaceAll("[^0-9]", ""));
				}
			}
		}
		catch (IOException | RuntimeException ex) {
			// not Linux
		}
		return -1;
	}

}
