package dev.ucare.emulator.state;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.BitSet;
import java.util.Map;

import dev.ucare.emulator.http.ApiError;

import org.jspecify.annotations.Nullable;

/**
 * An in-progress multipart upload: parts are streamed into one temp file at their
 * offsets.
 */
public final class MultipartUpload {

	public final String uuid;

	public final String publicKey;

	public final String filename;

	public final @Nullable String contentType;

	public final long size;

	public final long partSize;

	public final int partCount;

	public final @Nullable String store;

	public final Map<String, String> metadata;

	public final Path path;

	private final BitSet received;

	private final long[] receivedBytes;

	private boolean completed;

	public MultipartUpload(String uuid, String publicKey, String filename, @Nullable String contentType, long size,
			long partSize, @Nullable String store, Map<String, String> metadata, Path path) {
		this.uuid = uuid;
		this.publicKey = publicKey;
		this.filename = filename;
		this.contentType = contentType;
		this.size = size;
		this.partSize = partSize;
		this.partCount = (int) ((size + partSize - 1) / partSize);
		this.store = store;
		this.metadata = metadata;
		this.path = path;
		this.received = new BitSet(partCount);
		this.receivedBytes = new long[partCount];
	}

	public long expectedPartSize(int partNumber) {
		long offset = (long) (partNumber - 1) * partSize;
		return Math.min(partSize, size - offset);
	}

	/** Streams one part's body to its offset in the file; returns the bytes written. */
	public long writePart(int partNumber, InputStream body) throws IOException {
		long offset = (long) (partNumber - 1) * partSize;
		long limit = expectedPartSize(partNumber);
		long written = 0;
		try (FileChannel channel = FileChannel.open(path, StandardOpenOption.WRITE)) {
			byte[] buffer = new byte[65536];
			int n;
			while ((n = body.read(buffer)) > 0) {
				if (written + n > limit) {
					throw new ApiError(400, "Uploaded size is more than expected.", "MultipartUploadSizeTooLargeError");
				}
				ByteBuffer chunk = ByteBuffer.wrap(buffer, 0, n);
				while (chunk.hasRemaining()) {
					channel.write(chunk, offset + written + chunk.position());
				}
				written += n;
			}
		}
		synchronized (this) {
			receivedBytes[partNumber - 1] = written;
			if (written == limit) {
				received.set(partNumber - 1);
			}
			else {
				received.clear(partNumber - 1);
			}
		}
		return written;
	}

	public synchronized long receivedTotal() {
		long total = 0;
		for (long b : receivedBytes) {
			total += b;
		}
		return total;
	}

	public synchronized boolean allPartsReceived() {
		return received.cardinality() == partCount;
	}

	public synchronized boolean markCompleted() {
		if (completed) {
			return false;
		}
		completed = true;
		return true;
	}

}
