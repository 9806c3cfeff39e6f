package dev.ucare.client.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * Whether a client is open, and what it must release when it closes: the HTTP client it
 * created, its thread pools. Every transport asks {@link #ensureOpen()} before each
 * request, so a closed client fails at once and sends nothing. Thread-safe;
 * {@link #close()} is idempotent.
 */
public final class Lifecycle {

	private final String name;

	private final List<AutoCloseable> resources = new ArrayList<>();

	private volatile boolean closed;

	/**
	 * @param name the client, for the message of calls after close
	 */
	public Lifecycle(String name) {
		this.name = name;
	}

	/**
	 * Adds {@code resource} to what {@link #close()} releases (closed at once when this
	 * is already closed).
	 * @return {@code resource}
	 */
	public <T extends AutoCloseable> T register(T resource) {
		synchronized (resources) {
			if (!closed) {
				resources.add(resource);
				return resource;
			}
		}
		closeQuietly(resource);
		return resource;
	}

	/**
	 * @throws IllegalStateException when the client is closed
	 */
	public void ensureOpen() {
		if (closed) {
			throw new IllegalStateException(name + " is closed: build a new client to go on");
		}
	}

	/** Whether {@link #close()} was called. */
	public boolean isClosed() {
		return closed;
	}

	/**
	 * Releases every registered resource, last registered first; later calls do nothing.
	 */
	public void close() {
		List<AutoCloseable> toClose;
		synchronized (resources) {
			if (closed) {
				return;
			}
			closed = true;
			toClose = new ArrayList<>(resources);
			resources.clear();
		}
		for (int i = toClose.size() - 1; i >= 0; i--) {
			closeQuietly(toClose.get(i));
		}
	}

	private static void closeQuietly(AutoCloseable resource) {
		try {
			resource.close();
		}
		catch (Exception ex) {
			if (ex instanceof InterruptedException) {
				Thread.currentThread().interrupt();
			}
			// releasing is best effort: one failure must not keep the others open
		}
	}

}
