package dev.ucare.emulator;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Immutable file content, held in memory (small) or in the emulator's temp directory
 * (large).
 */
interface Blob {

	long size();

	InputStream open() throws IOException;

	void delete();

	default byte[] readAll() {
		try (InputStream in = open()) {
			return in.readAllBytes();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** In-memory content. */
	record Memory(byte[] bytes) implements Blob {
		@Override
		public long size() {
			return bytes.length;
		}

		@Override
		public InputStream open() {
			return new ByteArrayInputStream(bytes);
		}

		@Override
		public void delete() {
			// garbage collected
		}
	}

	/** Content in a temp file. */
	record OnDisk(Path path, long size) implements Blob {
		@Override
		public InputStream open() throws IOException {
			return Files.newInputStream(path);
		}

		@Override
		public void delete() {
			try {
				Files.deleteIfExists(path);
			}
			catch (IOException ignored) {
				// best effort
			}
		}
	}

}
