package dev.ucare.client.upload;

import java.io.IOException;

import dev.ucare.client.internal.Arguments;

import org.springframework.http.StreamingHttpOutputMessage;

/**
 * The bytes of an opened {@link UploadSource}, handed out as slices; what the uploader
 * reads a source through ({@link UploadSource#open()}). Random-access contents (files,
 * arrays) write each slice straight from the source, so nothing is held in memory; a
 * sequential stream is read slice by slice in order, each slice held only until it has
 * been sent. Closing releases the source (and deletes a spool file).
 */
public interface SourceContent extends AutoCloseable {

	/** Exact number of bytes. */
	long length();

	/**
	 * The bytes {@code [offset, offset + length)} as a body that can be written more than
	 * once. Sequential contents must be asked for consecutive slices, in order, from one
	 * thread.
	 * @throws IOException when the source cannot be read, or a stream ends before its
	 * declared length
	 */
	Slice slice(long offset, long length) throws IOException;

	/**
	 * Checks that the source had exactly {@link #length()} bytes; called after the last
	 * slice.
	 */
	default void finish() throws IOException {
	}

	@Override
	void close();

	/**
	 * A repeatable body of {@code length} bytes.
	 *
	 * @param length number of bytes {@code body} writes
	 * @param body writes the bytes; may be called again (a retry)
	 */
	record Slice(long length, StreamingHttpOutputMessage.Body body) {

		/**
		 * @throws IllegalArgumentException when {@code body} is {@code null}
		 */
		public Slice {
			Arguments.notNull(body, "body");
		}

	}

}
