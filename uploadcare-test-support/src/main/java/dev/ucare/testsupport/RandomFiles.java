package dev.ucare.testsupport;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

/**
 * Files of random bytes for upload tests and benchmarks, written a mebibyte at a time so
 * that sizes past the heap fit; the same size and seed give the same bytes.
 */
public final class RandomFiles {

	private static final int CHUNK = 1024 * 1024;

	private RandomFiles() {
	}

	/**
	 * Writes {@code size} bytes drawn from {@code new Random(seed)} to {@code file},
	 * replacing what it held.
	 * @param file the file to write
	 * @param size how many bytes
	 * @param seed the seed of the bytes
	 * @return {@code file}
	 * @throws IOException if the file cannot be written
	 */
	public static Path write(Path file, long size, long seed) throws IOException {
		Random random = new Random(seed);
		byte[] chunk = new byte[CHUNK];
		try (OutputStream out = Files.newOutputStream(file)) {
			for (long written = 0; written < size; written += chunk.length) {
				random.nextBytes(chunk);
				out.write(chunk, 0, (int) Math.min(chunk.length, size - written));
			}
		}
		return file;
	}

}
