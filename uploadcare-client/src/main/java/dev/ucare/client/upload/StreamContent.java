package dev.ucare.client.upload;

import java.io.IOException;
import java.io.InputStream;

/**
 * A stream of declared length, read slice by slice in order. Each slice is copied into
 * memory so it can be sent again on a retry; the caller bounds how many slices exist at
 * once. A stream that ends early or runs past its declared length is an error, never a
 * silently truncated upload.
 */
final class StreamContent implements SourceContent {

	private final InputStream in;

	private final long length;

	private final String name;

	private long position;

	StreamContent(InputStream in, long length, String name) {
		this.in = in;
		this.length = length;
		this.name = name;
	}

	@Override
	public long length() {
		return length;
	}

	@Override
	public Slice slice(long offset, long size) throws IOException {
		if (offset != position) {
			throw new IllegalStateException(
					"Stream slices must be read in order: at " + position + ", asked " + offset);
		}
		if (size > Integer.MAX_VALUE - 8) {
			throw new IllegalArgumentException("Stream '" + name + "' cannot be sent in parts of " + size
					+ " bytes: parts of a stream are held in memory, use a smaller part size");
		}
		byte[] bytes = in.readNBytes((int) size);
		position += bytes.length;
		if (bytes.length < size) {
			throw new IllegalArgumentException(
					"Stream '" + name + "' ended after " + position + " bytes, but its declared length is " + length);
		}
		return new Slice(size, out -> out.write(bytes));
	}

	@Override
	public void finish() throws IOException {
		if (in.read() >= 0) {
			throw new IllegalArgumentException(
					"Stream '" + name + "' has more bytes than its declared length " + length);
		}
	}

	@Override
	public void close() {
		try {
			in.close();
		}
		catch (IOException ignored) {
			// nothing to do
		}
	}

}
