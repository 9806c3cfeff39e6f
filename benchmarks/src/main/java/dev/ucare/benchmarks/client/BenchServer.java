package dev.ucare.benchmarks.client;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/**
 * What {@link BenchEmulator} wrote about itself: the emulators' URLs and keys, the
 * control URL that resets them, and the files to upload. Read by the timed processes and
 * the drivers.
 */
record BenchServer(URI upload, URI rest, URI latencyUpload, URI latencyRest, String publicKey, String secretKey,
		String listPublicKey, String listSecretKey, int listFiles, URI control, Path smallFilesDir, int smallFiles,
		Path bigFile) {

	static BenchServer load(Path file) {
		Properties properties = new Properties();
		try (InputStream in = Files.newInputStream(file)) {
			properties.load(in);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return new BenchServer(URI.create(properties.getProperty("upload")), URI.create(properties.getProperty("rest")),
				URI.create(properties.getProperty("latency.upload")),
				URI.create(properties.getProperty("latency.rest")), properties.getProperty("public-key"),
				properties.getProperty("secret-key"), properties.getProperty("list.public-key"),
				properties.getProperty("list.secret-key"), Integer.parseInt(properties.getProperty("list.files")),
				URI.create(properties.getProperty("control")), Path.of(properties.getProperty("small.dir")),
				Integer.parseInt(properties.getProperty("small.count")), Path.of(properties.getProperty("big.file")));
	}

	void store(Path file) throws IOException {
		Properties properties = new Properties();
		properties.setProperty("upload", upload.toString());
		properties.setProperty("rest", rest.toString());
		properties.setProperty("latency.upload", latencyUpload.toString());
		properties.setProperty("latency.rest", latencyRest.toString());
		properties.setProperty("public-key", publicKey);
		properties.setProperty("secret-key", secretKey);
		properties.setProperty("list.public-key", listPublicKey);
		properties.setProperty("list.secret-key", listSecretKey);
		properties.setProperty("list.files", Integer.toString(listFiles));
		properties.setProperty("control", control.toString());
		properties.setProperty("small.dir", smallFilesDir.toString());
		properties.setProperty("small.count", Integer.toString(smallFiles));
		properties.setProperty("big.file", bigFile.toString());
		Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
		try (OutputStream out = Files.newOutputStream(tmp)) {
			properties.store(out, "BenchEmulator");
		}
		Files.move(tmp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
				java.nio.file.StandardCopyOption.ATOMIC_MOVE);
	}

	/** The client of {@link #reset()}, made on first use. */
	private static final class Control {

		static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

	}

	/** The {@code i}-th 1 MiB file. */
	Path smallFile(int i) {
		return smallFilesDir.resolve("f" + i + ".bin");
	}

	/**
	 * Forgets every upload (the listed project's files are seeded again), so that runs do
	 * not fill the emulator. Not timed: the drivers call it between runs.
	 */
	void reset() {
		try {
			HttpResponse<String> response = Control.HTTP.send(
					HttpRequest.newBuilder(control.resolve("reset")).POST(HttpRequest.BodyPublishers.noBody()).build(),
					HttpResponse.BodyHandlers.ofString());
			if (response.statusCode() != 200) {
				throw new IllegalStateException("reset answered " + response.statusCode() + ": " + response.body());
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
