package dev.ucare.client.internal.upload;

import dev.ucare.client.upload.UploadProgress;
import dev.ucare.client.upload.UploadProgressListener;

/**
 * Serialises progress reports of one upload (or one {@code uploadAll}) and keeps them
 * monotonic: {@code done} only grows and never passes {@code total}.
 */
final class ProgressTracker {

	private final UploadProgressListener listener;

	private long total;

	private long done;

	ProgressTracker(UploadProgressListener listener, long total) {
		this.listener = listener == null ? UploadProgressListener.NONE : listener;
		this.total = total;
	}

	/** Adds bytes to the expected total (a source whose length became known). */
	synchronized void expand(long bytes) {
		total = Math.max(total, 0) + bytes;
	}

	/** {@code bytes} more are done. */
	synchronized void advance(long bytes) {
		report(done + bytes, total);
	}

	/** Reports an absolute position, ignoring anything that would move backwards. */
	synchronized void report(long newDone, long newTotal) {
		if (newTotal >= 0 && newTotal > total) {
			total = newTotal;
		}
		long next = total >= 0 ? Math.min(newDone, total) : newDone;
		if (next < done) {
			return;
		}
		done = next;
		try {
			listener.onProgress(new UploadProgress(done, total));
		}
		catch (RuntimeException ignored) {
			// a listener never breaks an upload
		}
	}

	/** Reports completion of everything expected. */
	synchronized void finish() {
		report(Math.max(total, done), Math.max(total, done));
	}

}
