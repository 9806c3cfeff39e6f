package dev.ucare.emulator;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where the official clients are: the system {@code node} and the npm packages that
 * {@code .ci/run} installs into {@code src/test/js/node_modules} by the exact versions of
 * {@code src/test/js/package-lock.json}. A test that cannot find them is skipped with the
 * reason, never passed silently.
 */
final class OfficialClients {

	static final Path JS = Path.of("src", "test", "js");

	static final Path NODE_MODULES = JS.resolve("node_modules");

	static final String INSTALL = "install them with: (cd uploadcare-emulator/src/test/js && npm ci)";

	private OfficialClients() {
	}

	/** Skips the test unless {@code node} 18 or later runs. */
	static String requireNode() {
		String version = null;
		try {
			Process node = new ProcessBuilder("node", "--version").redirectErrorStream(true).start();
			version = new String(node.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
			node.waitFor(10, TimeUnit.SECONDS);
		}
		catch (IOException e) {
			// not installed
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
		Matcher major = version == null ? null : Pattern.compile("v(\\d+)\\.").matcher(version);
		assume(major != null && major.lookingAt() && Integer.parseInt(major.group(1)) >= 18,
				"node 18 or later is not on the PATH (found: " + version + "); the official JS clients run on it");
		return version;
	}

	/** Skips the test unless the npm package is installed at exactly this version. */
	static Path requirePackage(String name, String version) {
		Path dir = NODE_MODULES.resolve(name);
		String installed = null;
		try {
			String json = Files.readString(dir.resolve("package.json"));
			Matcher m = Pattern.compile("\"version\"\\s*:\\s*\"([^\"]+)\"").matcher(json);
			installed = m.find() ? m.group(1) : null;
		}
		catch (IOException e) {
			// not installed
		}
		assume(version.equals(installed), "npm package " + name + "@" + version + " is not installed in "
				+ NODE_MODULES.toAbsolutePath() + " (found: " + installed + "); " + INSTALL);
		return dir;
	}

	/**
	 * Skips the test unless {@code condition} holds; the reason also goes to the build
	 * output, where a skipped test is otherwise easy to miss.
	 */
	static void assume(boolean condition, String reason) {
		if (!condition) {
			System.out.println("[skipped] " + reason);
		}
		assumeTrue(condition, reason);
	}

	/** The output of a finished process. */
	record Finished(int exitCode, List<String> lines) {
	}

	/** Runs a command in {@link #JS} and collects its output lines. */
	static Finished run(List<String> command, Map<String, String> environment, Duration timeout)
			throws IOException, InterruptedException {
		ProcessBuilder builder = new ProcessBuilder(command).directory(JS.toFile()).redirectErrorStream(true);
		builder.environment().putAll(environment);
		Process process = builder.start();
		List<String> lines = new ArrayList<>();
		Thread reader = new Thread(() -> {
			try (BufferedReader in = new BufferedReader(
					new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
				String line;
				while ((line = in.readLine()) != null) {
					synchronized (lines) {
						lines.add(line);
					}
				}
			}
			catch (IOException e) {
				// process ended
			}
		});
		reader.start();
		if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
			process.destroyForcibly();
			reader.join(5000);
			throw new AssertionError(command + " did not finish within " + timeout + "; output: " + lines);
		}
		reader.join(5000);
		synchronized (lines) {
			return new Finished(process.exitValue(), List.copyOf(lines));
		}
	}

}
