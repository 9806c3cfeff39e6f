package dev.ucare.testsupport;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.jspecify.annotations.Nullable;

/**
 * A real HTTP server on {@code 127.0.0.1} (random port) that answers with responses the
 * test scripted, in order, whatever the request (MockWebServer style), and records every
 * request. When the script is used up it answers with the {@link #otherwise} handler, or
 * with status <b>599</b> and a diagnostic body, recorded in {@link #failures()}; so is a
 * handler that throws, with its message.
 *
 * <pre>{@code
 * try (StubServer server = StubServer.start()) {
 *     server.enqueue(Response.of(429, "").withHeader("Retry-After", "0")).enqueueJson(200, "{}");
 *     ... a client pointed at server.baseUrl() ...
 *     assertThat(server.requestCount()).isEqualTo(2);
 *     Request first = server.takeRequest();
 * }
 * }</pre>
 *
 * <p>
 * Caveat for {@link Response#dropConnection()}: the JDK's HTTP clients send a request
 * without a streamed body (a GET) once more when a reused keep-alive connection closes
 * before any response byte, so such a drop may consume two entries.
 */
public final class StubServer implements AutoCloseable {

	private final HttpServer server;

	private final ExecutorService executor;

	private final Deque<Function<Request, Response>> script = new ArrayDeque<>();

	private final List<Request> received = new ArrayList<>();

	private final BlockingQueue<Request> untaken = new LinkedBlockingQueue<>();

	private final List<String> failures = new ArrayList<>();

	/** Released on close, so that delayed responses never hold up a test's end. */
	private final CountDownLatch closing = new CountDownLatch(1);

	private @Nullable Function<Request, Response> otherwise;

	private StubServer() {
		try {
			server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot start a stub server", ex);
		}
		executor = Executors.newCachedThreadPool(task -> {
			Thread thread = new Thread(task, "stub-server");
			thread.setDaemon(true);
			return thread;
		});
		server.setExecutor(executor);
		server.createContext("/", this::handle);
		server.start();
	}

	/** Starts a server with an empty script. */
	public static StubServer start() {
		return new StubServer();
	}

	/** {@code http://127.0.0.1:PORT/}. */
	public String baseUrl() {
		return "http://127.0.0.1:" + server.getAddress().getPort() + "/";
	}

	/** {@link #baseUrl()} as a URI. */
	public URI uri() {
		return URI.create(baseUrl());
	}

	/** Answers the next request with {@code response}. */
	public StubServer enqueue(Response response) {
		return enqueue(request -> response);
	}

	/**
	 * Answers the next request with what {@code handler} computes from it (which may be
	 * {@link Response#dropConnection()}).
	 */
	public synchronized StubServer enqueue(Function<Request, Response> handler) {
		script.addLast(handler);
		return this;
	}

	/** Answers the next request with a UTF-8 text body and single-valued headers. */
	public StubServer enqueue(int status, Map<String, String> headers, String body) {
		Response response = Response.of(status, body);
		for (Map.Entry<String, String> header : headers.entrySet()) {
			response = response.withHeader(header.getKey(), header.getValue());
		}
		return enqueue(response);
	}

	/** Answers the next request with {@code Content-Type: application/json}. */
	public StubServer enqueueJson(int status, String json) {
		return enqueue(Response.json(status, json));
	}

	/** Closes the next request's connection without answering. */
	public StubServer enqueueDropConnection() {
		return enqueue(Response.dropConnection());
	}

	/** Answers every request that finds the script used up with {@code response}. */
	public StubServer otherwise(Response response) {
		return otherwise(request -> response);
	}

	/** Answers every request that finds the script used up with {@code handler}'s. */
	public synchronized StubServer otherwise(Function<Request, Response> handler) {
		this.otherwise = handler;
		return this;
	}

	/** Scripted responses not used yet. */
	public synchronized int pendingResponses() {
		return script.size();
	}

	/**
	 * The next request not yet taken, in arrival order, waiting up to 5 seconds.
	 * @throws AssertionError when none arrives in time
	 */
	public Request takeRequest() {
		try {
			Request request = untaken.poll(5, TimeUnit.SECONDS);
			if (request == null) {
				throw new AssertionError("StubServer: no request arrived within 5 seconds");
			}
			return request;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new AssertionError("Interrupted while waiting for a request", ex);
		}
	}

	/** Every request received, in arrival order. */
	public synchronized List<Request> received() {
		return List.copyOf(received);
	}

	/** Number of requests received. */
	public synchronized int requestCount() {
		return received.size();
	}

	/** Why requests were answered 599 (script used up, no {@link #otherwise}). */
	public synchronized List<String> failures() {
		return List.copyOf(failures);
	}

	/** Fails when a request was answered 599. */
	public void assertNoFailures() {
		List<String> all = failures();
		if (!all.isEmpty()) {
			throw new AssertionError(String.join("\n", all));
		}
	}

	@Override
	public void close() {
		closing.countDown();
		server.stop(0);
		executor.shutdownNow();
	}

	@Override
	public String toString() {
		return "StubServer[" + baseUrl() + "]";
	}

	private void handle(HttpExchange exchange) {
		try {
			Request request = new Request(exchange.getRequestMethod(), exchange.getRequestURI().getRawPath(),
					exchange.getRequestURI().getRawQuery(), exchange.getRequestHeaders(),
					exchange.getRequestBody().readAllBytes());
			Function<Request, Response> next;
			synchronized (this) {
				received.add(request);
				next = script.isEmpty() ? otherwise : script.pollFirst();
				if (next == null) {
					failures.add("StubServer: request #" + received.size() + " " + request
							+ " arrived but no response was scripted");
				}
			}
			untaken.add(request);
			Response response = next != null ? respond(next, request)
					: Response.of(599, "StubServer: no response scripted for " + request);
			if (response.dropsConnection()) {
				return; // closed without a status line: the client sees an IOException
			}
			if (!response.delay().isZero() && closing.await(response.delay().toMillis(), TimeUnit.MILLISECONDS)) {
				return;
			}
			response.headers().forEach((name, values) -> exchange.getResponseHeaders().put(name, values));
			boolean noBody = response.body().length == 0 || response.status() == 204 || response.status() == 304
					|| "HEAD".equals(request.method());
			exchange.sendResponseHeaders(response.status(), noBody ? -1 : response.body().length);
			if (!noBody) {
				try (OutputStream out = exchange.getResponseBody()) {
					out.write(response.body());
				}
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		catch (IOException ex) {
			// the client went away: the exchange is closed below
		}
		finally {
			exchange.close();
		}
	}

	/**
	 * The handler's response; when it throws, 599 with its message, recorded in
	 * {@link #failures()}.
	 */
	private Response respond(Function<Request, Response> handler, Request request) {
		try {
			return handler.apply(request);
		}
		catch (RuntimeException ex) {
			String failure = ex.getMessage() != null ? ex.getMessage() : "StubServer: handler failed: " + ex;
			synchronized (this) {
				failures.add(failure);
			}
			return Response.of(599, failure);
		}
	}

	/** Decodes {@code bytes} as UTF-8. */
	static String utf8(byte[] bytes) {
		return new String(bytes, StandardCharsets.UTF_8);
	}

}
