package dev.ucare.emulator;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The standalone jar ({@code target/*-standalone.jar}, built by {@code package}) started
 * with {@code java -jar} in its own JVM, as users of other stacks run it.
 */
final class StandaloneEmulator implements AutoCloseable {

	private final Process process;

	final URI upload;

	final URI rest;

	final URI cdn;

	private StandaloneEmulator(Process process, URI upload, URI rest, URI cdn) {
		this.process = process;
		this.upload = upload;
		this.rest = rest;
		this.cdn = cdn;
	}

	static Path jar() throws IOException {
		try (Stream<Path> files = Files.list(Path.of("target"))) {
			return files.filter(p -> p.getFileName().toString().endsWith("-standalone.jar"))
				.findFirst()
				.orElseThrow(() -> new IllegalStateException(
						"no target/*-standalone.jar: integration tests run after the package phase"));
		}
	}

	/** Starts {@code java -jar <standalone> --port 0 <flags>} and reads its base URLs. */
	static StandaloneEmulator start(String... flags) throws IOException {
		List<String> command = new ArrayList<>(
				List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx256m", "-jar",
						jar().toString(), "--port", "0"));
		command.addAll(List.of(flags));
		Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
		BufferedReader out = new BufferedReader(
				new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
		URI upload = null;
		URI rest = null;
		URI cdn = null;
		List<String> seen = new ArrayList<>();
		String line;
		while (cdn == null && (line = out.readLine()) != null) {
			seen.add(line);
			if (line.startsWith("upload: ")) {
				upload = URI.create(line.substring(8).trim());
			}
			else if (line.startsWith("rest: ")) {
				rest = URI.create(line.substring(6).trim());
			}
			else if (line.startsWith("cdn: ")) {
				cdn = URI.create(line.substring(5).trim());
			}
		}
		if (upload == null || rest == null || cdn == null) {
			process.destroyForcibly();
			throw new IllegalStateException("the standalone emulator did not start: " + seen);
		}
		// keep draining its output so that it never blocks on a full pipe
		Thread drain = new Thread(() -> {
			try {
				out.transferTo(java.io.Writer.nullWriter());
			}
			catch (IOException e) {
				// ended
			}
		});
		drain.setDaemon(true);
		drain.start();
		return new StandaloneEmulator(process, upload, rest, cdn);
	}

	@Override
	public void close() throws InterruptedException {
		process.destroy();
		if (!process.waitFor(10, TimeUnit.SECONDS)) {
			process.destroyForcibly();
		}
	}

}
