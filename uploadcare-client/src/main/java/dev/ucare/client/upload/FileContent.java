package dev.ucare.client.upload;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * A file read by ranges with positional reads (safe from many threads); optionally
 * deleted on close.
 */
final class FileContent implements SourceContent {

	private static final int BUFFER = 64 * 1024;

	/**
	 * Copy buffers handed from one slice to the next, so that uploads in steady state
	 * allocate none; at most as many are kept as parts are sent at once by default, times
	 * a few uploads (1 MiB).
	 */
	private static final BlockingQueue<ByteBuffer> BUFFERS = new ArrayBlockingQueue<>(16);

	private final Path path;

	private final FileChannel channel;

	private final long length;

	private final boolean deleteOnClose;

	FileContent(Path path, boolean deleteOnClose) throws IOException {
		this.path = path;
		this.channel = FileChannel.open(path, StandardOpenOption.READ);
		this.length = channel.size();
		this.deleteOnClose = deleteOnClose;
	}

	@Override
	public long length() {
		return length;
	}

	@Override
	public Slice slice(long offset, long size) {
		return new Slice(size, out -> copy(offset, size, out));
	}

	private void copy(long offset, long size, OutputStream out) throws IOException {
		ByteBuffer buffer = (size >= BUFFER) ? BUFFERS.poll() : null;
		if (buffer == null) {
			buffer = ByteBuffer.allocate((int) Math.min(BUFFER, Math.max(size, 1)));
		}
		try {
			long position = offset;
			long end = offset + size;
			while (position < end) {
				buffer.clear().limit((int) Math.min(buffer.capacity(), end - position));
				int read = channel.read(buffer, position);
				if (read < 0) {
					throw new IOException(path + " shrank while it was being uploaded");
				}
				out.write(buffer.array(), 0, read);
				position += read;
			}
		}
		finally {
			if (buffer.capacity() == BUFFER) {
				BUFFERS.offer(buffer);
			}
		}
	}

	@Override
	public void close() {
		try {
			channel.close();
		}
		catch (IOException ignored) {
			// nothing to do
		}
		if (deleteOnClose) {
			try {
				Files.deleteIfExists(path);
			}
			catch (IOException ignored) {
				path.toFile().deleteOnExit();
			}
		}
	}

}
