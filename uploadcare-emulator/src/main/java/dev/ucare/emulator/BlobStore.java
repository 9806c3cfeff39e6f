package dev.ucare.emulator;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * Creates blobs; content over {@link #MEMORY_LIMIT} bytes is streamed to a temp directory
 * deleted on close.
 */
final class BlobStore implements AutoCloseable {

	static final int MEMORY_LIMIT = 1024 * 1024;

	private final Path directory;

	BlobStore() {
		try {
			directory = Files.createTempDirectory("uploadcare-emulator-");
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	Blob of(byte[] bytes) {
		return new Blob.Memory(bytes);
	}

	/** Reads the stream fully, keeping at most {@link #MEMORY_LIMIT} bytes in memory. */
	Blob write(InputStream in) throws IOException {
		ByteArrayOutputStream head = new ByteArrayOutputStream();
		byte[] buffer = new byte[65536];
		int n;
		while ((n = in.read(buffer)) > 0) {
			head.write(buffer, 0, n);
			if (head.size() > MEMORY_LIMIT) {
				Path file = newFile();
				long size = head.size();
				try (OutputStream out = Files.newOutputStream(file)) {
					head.writeTo(out);
					head = null;
					size += in.transferTo(out);
				}
				return new Blob.OnDisk(file, size);
			}
		}
		return new Blob.Memory(head.toByteArray());
	}

	/**
	 * Writes through a sink; the sink's content becomes a blob when {@link Sink#finish()}
	 * is called.
	 */
	Sink sink() {
		return new Sink();
	}

	Path newFile() throws IOException {
		return Files.createTempFile(directory, "blob-", ".bin");
	}

	@Override
	public void close() {
		try (Stream<Path> files = Files.walk(directory)) {
			files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
		}
		catch (IOException ignored) {
			// best effort
		}
	}

	/** An output stream that spills to disk past the memory limit. */
	final class Sink extends OutputStream {

		private ByteArrayOutputStream head = new ByteArrayOutputStream();

		private OutputStream file;

		private Path path;

		private long size;

		@Override
		public void write(int b) throws IOException {
			write(new byte[] { (byte) b }, 0, 1);
		}

		@Override
		public void write(byte[] b, int off, int len) throws IOException {
			size += len;
			if (file != null) {
				file.write(b, off, len);
				return;
			}
			head.write(b, off, len);
			if (head.size() > MEMORY_LIMIT) {
				path = newFile();
				file = Files.newOutputStream(path);
				head.writeTo(file);
				head = null;
			}
		}

		Blob finish() throws IOException {
			if (file != null) {
				file.close();
				return new Blob.OnDisk(path, size);
			}
			return new Blob.Memory(head.toByteArray());
		}

		void discard() {
			try {
				if (file != null) {
					file.close();
					Files.deleteIfExists(path);
				}
			}
			catch (IOException ignored) {
				// best effort
			}
		}

	}

}
