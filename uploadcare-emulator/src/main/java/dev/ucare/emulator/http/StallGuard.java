package dev.ucare.emulator.http;

import java.io.FilterInputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * Keeps stalled connections from pinning server threads. The JDK's HTTP server reads a
 * request's headers, and the emulator reads its body and writes its response, with
 * blocking socket reads and writes on a server thread. This guard times each thread while
 * it reads headers (from the moment the server hands it the connection until the
 * emulator's handler starts) and while it is inside one read of a body or one write of a
 * response. A thread that stays in such a phase longer than the read timeout is
 * interrupted, which closes its socket channel (blocking channels are interruptible), so
 * the thread is free again. Time the emulator spends on its own work (latency faults,
 * building answers) is never counted.
 */
public final class StallGuard implements AutoCloseable {

	/** What one server thread is doing; {@code since} is 0 while it is not timed. */
	private static final class Watch {

		public final Thread thread;

		public long since;

		public Watch(Thread thread, long since) {
			this.thread = thread;
			this.since = since;
		}

	}

	private final long timeoutNanos;

	private final Map<Thread, Watch> watches = new ConcurrentHashMap<>();

	private final ScheduledFuture<?> checks;

	public StallGuard(Duration timeout, ScheduledExecutorService scheduler) {
		this.timeoutNanos = timeout.toNanos();
		long period = Math.max(10, Math.min(1000, timeout.toMillis() / 4));
		this.checks = scheduler.scheduleAtFixedRate(this::interruptStalled, period, period, TimeUnit.MILLISECONDS);
	}

	/**
	 * The executor for the JDK server: each exchange it runs is timed from its start (the
	 * server then reads the request line and headers) until {@link #handlerStarted()}.
	 */
	public Executor serverExecutor(Executor delegate) {
		return task -> delegate.execute(() -> {
			Thread thread = Thread.currentThread();
			watches.put(thread, new Watch(thread, System.nanoTime()));
			try {
				task.run();
			}
			finally {
				Watch watch = watches.remove(thread);
				if (watch != null) {
					synchronized (watch) {
						watch.since = 0;
					}
				}
			}
		});
	}

	/**
	 * Called by the handler: the headers have arrived, the emulator's own work starts.
	 */
	public void handlerStarted() {
		stopTiming();
	}

	/** One blocking read. */
	@FunctionalInterface
	private interface Read {

		int run() throws IOException;

	}

	/** One blocking write, flush or close. */
	@FunctionalInterface
	private interface Io {

		void run() throws IOException;

	}

	/** Runs one blocking read of the current thread, timed. */
	private int timedRead(Read read) throws IOException {
		startTiming();
		try {
			return read.run();
		}
		finally {
			stopTiming();
		}
	}

	/** Runs one blocking write (or close) of the current thread, timed. */
	private void timed(Io io) throws IOException {
		startTiming();
		try {
			io.run();
		}
		finally {
			stopTiming();
		}
	}

	/** A request body whose reads (and its close, which drains the rest) are timed. */
	public InputStream timedReads(InputStream in) {
		return new FilterInputStream(in) {
			@Override
			public int read() throws IOException {
				return timedRead(super::read);
			}

			@Override
			public int read(byte[] b, int off, int len) throws IOException {
				return timedRead(() -> super.read(b, off, len));
			}

			@Override
			public void close() throws IOException {
				timed(super::close);
			}
		};
	}

	/** A response body whose writes, flushes and close are timed. */
	public OutputStream timedWrites(OutputStream out) {
		return new FilterOutputStream(out) {
			@Override
			public void write(int b) throws IOException {
				timed(() -> out.write(b));
			}

			@Override
			public void write(byte[] b, int off, int len) throws IOException {
				timed(() -> out.write(b, off, len));
			}

			@Override
			public void flush() throws IOException {
				timed(() -> out.flush());
			}

			@Override
			public void close() throws IOException {
				timed(() -> out.close());
			}
		};
	}

	private void startTiming() {
		Watch watch = watches.get(Thread.currentThread());
		if (watch != null) {
			synchronized (watch) {
				watch.since = System.nanoTime();
			}
		}
	}

	private void stopTiming() {
		Watch watch = watches.get(Thread.currentThread());
		if (watch != null) {
			synchronized (watch) {
				watch.since = 0;
			}
		}
	}

	private void interruptStalled() {
		long now = System.nanoTime();
		for (Watch watch : watches.values()) {
			synchronized (watch) {
				if (watch.since != 0 && now - watch.since > timeoutNanos) {
					watch.since = 0;
					watch.thread.interrupt();
				}
			}
		}
	}

	@Override
	public void close() {
		checks.cancel(false);
	}

}
