package dev.ucare.benchmarks.client;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.Locale;

import dev.ucare.client.UploadcareClient;
import dev.ucare.client.files.FileQuery;

/**
 * The first call of the client bean of a Spring Boot application with the starter (no web
 * server), in a fresh JVM against a running {@link BenchEmulator}: one
 * {@code files().list()} page of 100 files after the context is ready. Prints
 * {@code FIRST <wall ms> <main thread CPU ms> <classes loaded>}. Compare class paths (an
 * earlier build of the starter) or {@code boot} against {@code boot-jdk} by running it in
 * alternation:
 * {@code java -cp "$CP" dev.ucare.benchmarks.client.BootFirstCall <server properties> [boot|boot-jdk]}.
 */
public final class BootFirstCall {

	private BootFirstCall() {
	}

	public static void main(String[] args) throws Exception {
		BenchServer server = BenchServer.load(Path.of(args[0]));
		UploadcareClient client = BootClient.create((args.length > 1) ? args[1] : "boot", server.listPublicKey(),
				server.listSecretKey(), server.upload(), server.rest());
		com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
		long cpu = threads.getCurrentThreadCpuTime();
		long start = System.nanoTime();
		int files = client.files().list(FileQuery.builder().limit(100).build()).results().size();
		long wall = System.nanoTime() - start;
		cpu = threads.getCurrentThreadCpuTime() - cpu;
		if (files != 100) {
			throw new IllegalStateException("expected 100 files, got " + files);
		}
		System.out.println(String.format(Locale.ROOT, "FIRST %.1f %.1f %d", wall / 1e6, cpu / 1e6,
				ManagementFactory.getClassLoadingMXBean().getLoadedClassCount()));
		System.exit(0);
	}

}
