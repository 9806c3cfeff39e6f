package dev.ucare.emulator.state;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

import dev.ucare.emulator.http.ApiError;

import org.jspecify.annotations.Nullable;

/**
 * Creates blobs within two budgets. A blob of at most {@link #MAX_IN_MEMORY_BLOB} bytes
 * is kept in memory while the total of in-memory blobs stays within the memory budget;
 * everything else is streamed to a temp directory (deleted on close) while the total on
 * disk stays within the disk budget. Past the disk budget, or when the disk itself is
 * full, storing fails with a 503 that says so, instead of the emulator running out of
 * heap or hanging.
 */
public final class BlobStore implements AutoCloseable {

	/** The largest blob kept in memory. */
	public static final int MAX_IN_MEMORY_BLOB = 1024 * 1024;

	/** Memory reserved at a time while a sink buffers. */
	private static final int RESERVATION = 64 * 1024;

	private final Path directory;

	private final long memoryBudget;

	private final long diskBudget;

	private final AtomicLong memoryUsed = new AtomicLong();

	private final AtomicLong diskUsed = new AtomicLong();

	public BlobStore(long memoryBudget, long diskBudget) {
		this.memoryBudget = memoryBudget;
		this.diskBudget = diskBudget;
		try {
			directory = Files.createTempDirectory("uploadcare-emulator-");
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/**
	 * The default memory budget: an eighth of the maximum heap, at most 256 MiB.
	 */
	public static long defaultMemoryBudget() {
		return Math.min(256L * 1024 * 1024, Runtime.getRuntime().maxMemory() / 8);
	}

	public long memoryUsed() {
		return memoryUsed.get();
	}

	public long diskUsed() {
		return diskUsed.get();
	}

	public Path directory() {
		return directory;
	}

	/** A blob of these bytes: in memory when the budget allows, else on disk. */
	public Blob of(byte[] bytes) {
		if (bytes.length <= MAX_IN_MEMORY_BLOB && reserveMemory(bytes.length)) {
			return new Blob.Memory(bytes, this);
		}
		Sink sink = sink();
		try {
			sink.write(bytes, 0, bytes.length);
			return sink.finish();
		}
		catch (IOException e) {
			sink.discard();
			throw unwritable(e);
		}
	}

	/**
	 * Writes through a sink; the sink's content becomes a blob when {@link Sink#finish()}
	 * is called, or is released by {@link Sink#discard()}.
	 */
	public Sink sink() {
		return new Sink();
	}

	/**
	 * A new temp file of {@code size} bytes for content written in place (multipart
	 * uploads), counted against the disk budget until {@link #releaseFile} or the blob
	 * made of it is deleted.
	 */
	public Path reserveFile(long size) {
		reserveDisk(size);
		try {
			Path file = newFile();
			try (java.io.RandomAccessFile raf = new java.io.RandomAccessFile(file.toFile(), "rw")) {
				raf.setLength(size);
			}
			return file;
		}
		catch (IOException e) {
			releaseDisk(size);
			throw unwritable(e);
		}
	}

	/** The blob made of a file from {@link #reserveFile(long)}. */
	public Blob onDisk(Path file, long size) {
		return new Blob.OnDisk(id(file), size, this);
	}

	/** Deletes a file from {@link #reserveFile(long)} that did not become a blob. */
	public void releaseFile(Path file, long size) {
		new Blob.OnDisk(id(file), size, this).delete();
	}

	private final AtomicLong fileIds = new AtomicLong();

	private Path newFile() throws IOException {
		return Files.createFile(path(fileIds.incrementAndGet()));
	}

	/** The temp file of blob number {@code id}. */
	Path path(long id) {
		return directory.resolve("blob-" + id + ".bin");
	}

	private static long id(Path file) {
		String name = file.getFileName().toString();
		return Long.parseLong(name.substring("blob-".length(), name.length() - ".bin".length()));
	}

	public boolean reserveMemory(long bytes) {
		while (true) {
			long used = memoryUsed.get();
			if (used + bytes > memoryBudget) {
				return false;
			}
			if (memoryUsed.compareAndSet(used, used + bytes)) {
				return true;
			}
		}
	}

	public void releaseMemory(long bytes) {
		memoryUsed.addAndGet(-bytes);
	}

	private void reserveDisk(long bytes) {
		while (true) {
			long used = diskUsed.get();
			if (used + bytes > diskBudget) {
				throw new ApiError(503, "The emulator's storage is full: its disk budget of " + diskBudget
						+ " bytes is used up (" + used + " bytes on disk, " + memoryUsed.get()
						+ " in memory). Delete files, reset() the emulator or start it with a larger disk budget.",
						"StorageFullError");
			}
			if (diskUsed.compareAndSet(used, used + bytes)) {
				return;
			}
		}
	}

	public void releaseDisk(long bytes) {
		diskUsed.addAndGet(-bytes);
	}

	private static ApiError unwritable(IOException e) {
		return new ApiError(503, "The emulator could not write to its temporary directory: " + e.getMessage(),
				"StorageFullError");
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

	/**
	 * An output stream that buffers in memory while the blob is small and the memory
	 * budget allows, and spills to disk otherwise. Write failures of the disk (full, over
	 * budget) surface as a 503 {@link ApiError}.
	 */
	public final class Sink extends OutputStream {

		/** The temp file the content went to once it outgrew memory. */
		private record Spill(Path path, OutputStream out) {
		}

		/** The content while it is in memory; emptied when it spills. */
		private ByteArrayOutputStream head = new ByteArrayOutputStream();

		private long reserved;

		private @Nullable Spill spill;

		private long size;

		@Override
		public void write(int b) throws IOException {
			write(new byte[] { (byte) b }, 0, 1);
		}

		@Override
		public void write(byte[] b, int off, int len) throws IOException {
			Spill target = spill;
			if (target == null) {
				long needed = head.size() + (long) len;
				if (needed <= MAX_IN_MEMORY_BLOB && ensureReserved(needed)) {
					head.write(b, off, len);
					size += len;
					return;
				}
				target = spill();
			}
			reserveDisk(len);
			try {
				target.out().write(b, off, len);
			}
			catch (IOException e) {
				releaseDisk(len);
				throw unwritable(e);
			}
			size += len;
		}

		private boolean ensureReserved(long needed) {
			if (reserved >= needed) {
				return true;
			}
			long more = needed - reserved;
			long chunk = Math.min(Math.max(RESERVATION, more), MAX_IN_MEMORY_BLOB - reserved);
			if (reserveMemory(chunk)) {
				reserved += chunk;
				return true;
			}
			if (reserveMemory(more)) {
				reserved += more;
				return true;
			}
			return false;
		}

		private Spill spill() {
			int buffered = head.size();
			reserveDisk(buffered);
			Path file;
			try {
				file = newFile();
			}
			catch (IOException e) {
				releaseDisk(buffered);
				throw unwritable(e);
			}
			OutputStream out = null;
			try {
				out = Files.newOutputStream(file);
				head.writeTo(out);
			}
			catch (IOException e) {
				if (out != null) {
					try {
						out.close();
					}
					catch (IOException ignored) {
						// best effort
					}
				}
				// deletes the file and returns the reserved bytes
				new Blob.OnDisk(id(file), buffered, BlobStore.this).delete();
				throw unwritable(e);
			}
			Spill spilled = new Spill(file, out);
			spill = spilled;
			head = new ByteArrayOutputStream(0);
			releaseMemory(reserved);
			reserved = 0;
			return spilled;
		}

		public Blob finish() throws IOException {
			Spill spilled = spill;
			if (spilled != null) {
				try {
					spilled.out().close();
				}
				catch (IOException e) {
					discard();
					throw unwritable(e);
				}
				return new Blob.OnDisk(id(spilled.path()), size, BlobStore.this);
			}
			byte[] bytes = head.toByteArray();
			// keep exactly what the blob holds
			releaseMemory(reserved - bytes.length);
			reserved = 0;
			return new Blob.Memory(bytes, BlobStore.this);
		}

		public void discard() {
			Spill spilled = spill;
			if (spilled != null) {
				try {
					spilled.out().close();
				}
				catch (IOException ignored) {
					// best effort
				}
				new Blob.OnDisk(id(spilled.path()), size, BlobStore.this).delete();
				spill = null;
			}
			else if (reserved > 0) {
				releaseMemory(reserved);
				reserved = 0;
			}
		}

	}

}
