package dev.ucare.emulator.state;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicIntegerFieldUpdater;

/**
 * Immutable file content, held in memory (within the store's memory budget) or in the
 * emulator's temp directory. Deleting it returns its bytes to the {@link BlobStore}'s
 * budget; deleting twice is harmless.
 */
public interface Blob {

	public long size();

	public InputStream open() throws IOException;

	public void delete();

	default byte[] readAll() {
		try (InputStream in = open()) {
			return in.readAllBytes();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** In-memory content, counted against the memory budget. */
	public final class Memory implements Blob {

		private final byte[] bytes;

		private final BlobStore store;

		private final AtomicBoolean deleted = new AtomicBoolean();

		public Memory(byte[] bytes, BlobStore store) {
			this.bytes = bytes;
			this.store = store;
		}

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
			if (deleted.compareAndSet(false, true) && store != null) {
				store.releaseMemory(bytes.length);
			}
		}

	}

	/**
	 * Content in a temp file of the store, counted against the disk budget. Holds only
	 * the file's number: a long-running emulator keeps hundreds of thousands of these.
	 */
	public final class OnDisk implements Blob {

		private static final AtomicIntegerFieldUpdater<OnDisk> DELETED = AtomicIntegerFieldUpdater
			.newUpdater(OnDisk.class, "deleted");

		private final long id;

		private final long size;

		private final BlobStore store;

		private volatile int deleted;

		public OnDisk(long id, long size, BlobStore store) {
			this.id = id;
			this.size = size;
			this.store = store;
		}

		public Path path() {
			return store.path(id);
		}

		@Override
		public long size() {
			return size;
		}

		@Override
		public InputStream open() throws IOException {
			return Files.newInputStream(path());
		}

		@Override
		public void delete() {
			if (DELETED.compareAndSet(this, 0, 1)) {
				try {
					Files.deleteIfExists(path());
				}
				catch (IOException ignored) {
					// best effort
				}
				store.releaseDisk(size);
			}
		}

	}

}
