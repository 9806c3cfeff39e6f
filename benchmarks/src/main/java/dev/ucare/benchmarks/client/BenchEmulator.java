package dev.ucare.benchmarks.client;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Stream;

import com.sun.net.httpserver.HttpServer;
import dev.ucare.emulator.SeedFile;
import dev.ucare.emulator.UploadcareEmulator;
import dev.ucare.testsupport.RandomFiles;

/**
 * The server side of the client benchmarks, in a JVM of its own so that the timed
 * processes measure only the client: an emulator without latency (a second project holds
 * the 10,000 files that are listed), a second emulator that delays every request by 25
 * ms, the files to upload (200 × 1 MiB and one 200 MiB file in a temporary directory),
 * and a control endpoint whose {@code POST /reset} forgets all uploads between runs. It
 * writes a properties file ({@link BenchServer}) and runs until killed.
 * <p>
 * {@code java -cp <cp> dev.ucare.benchmarks.client.BenchEmulator <properties file> [big MiB]}
 */
public final class BenchEmulator {

	static final String LIST_PUBLIC_KEY = "benchlistpublickey";

	static final String LIST_SECRET_KEY = "benchlistsecretkey";

	static final int LIST_FILES = 10_000;

	static final int SMALL_FILES = 200;

	private static final int MIB = 1024 * 1024;

	private BenchEmulator() {
	}

	public static void main(String[] args) throws Exception {
		Path out = Path.of(args[0]);
		long bigMib = args.length > 1 ? Long.parseLong(args[1]) : 200;
		Path dir = Files.createTempDirectory("uc-client-bench");
		for (int i = 0; i < SMALL_FILES; i++) {
			RandomFiles.write(dir.resolve("f" + i + ".bin"), MIB, i);
		}
		Path big = dir.resolve("big.bin");
		RandomFiles.write(big, bigMib * MIB, -1);
		UploadcareEmulator plain = start();
		UploadcareEmulator slow = start();
		seed(plain);
		slow.faults().latency(Duration.ofMillis(25));
		HttpServer control = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		control.createContext("/reset", exchange -> {
			try {
				plain.reset();
				seed(plain);
				slow.reset();
				slow.faults().latency(Duration.ofMillis(25));
				answer(exchange, 200, "reset");
			}
			catch (RuntimeException ex) {
				answer(exchange, 500, ex.toString());
			}
		});
		control.start();
		new BenchServer(plain.uploadBaseUrl(), plain.restBaseUrl(), slow.uploadBaseUrl(), slow.restBaseUrl(),
				plain.publicKey(), plain.secretKey(), LIST_PUBLIC_KEY, LIST_SECRET_KEY, LIST_FILES,
				URI.create("http://127.0.0.1:" + control.getAddress().getPort() + "/"), dir, SMALL_FILES, big)
			.store(out);
		System.out.println("BenchEmulator ready: " + out);
		CountDownLatch stop = new CountDownLatch(1);
		Runtime.getRuntime().addShutdownHook(new Thread(() -> {
			control.stop(0);
			plain.close();
			slow.close();
			delete(dir);
			stop.countDown();
		}));
		stop.await();
	}

	private static UploadcareEmulator start() {
		// uploads past 64 MiB go to the emulator's disk, so that many runs fit its heap
		return UploadcareEmulator.builder()
			.jobDelay(Duration.ZERO)
			.project(LIST_PUBLIC_KEY, LIST_SECRET_KEY)
			.memoryBudget(64L * MIB)
			.requestLogSize(16)
			.start();
	}

	private static void seed(UploadcareEmulator emulator) {
		for (int i = 0; i < LIST_FILES; i++) {
			emulator.seedFile(
					SeedFile
						.of(new UUID(0xc0ffee0000004000L, 0x8000000000000000L | i).toString(), "f" + i + ".txt",
								new byte[] { (byte) i })
						.withPublicKey(LIST_PUBLIC_KEY));
		}
	}

	private static void answer(com.sun.net.httpserver.HttpExchange exchange, int status, String text)
			throws IOException {
		byte[] body = text.getBytes(StandardCharsets.UTF_8);
		exchange.sendResponseHeaders(status, body.length);
		try (OutputStream os = exchange.getResponseBody()) {
			os.write(body);
		}
	}

	private static void delete(Path dir) {
		try (Stream<Path> files = Files.walk(dir)) {
			files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
		}
		catch (IOException ex) {
			// best effort
		}
	}

}
