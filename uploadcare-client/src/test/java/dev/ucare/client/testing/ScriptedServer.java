package dev.ucare.client.testing;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

import com.sun.net.httpserver.HttpExchange;

/**
 * A real HTTP server on {@code 127.0.0.1} (random port) answering with responses scripted
 * by the test, in order, whatever the request (MockWebServer style). Use it for precise
 * behaviour: errors, throttling ({@code 429} + {@code Retry-After}), polling sequences,
 * broken connections.
 *
 * <pre>{@code
 * try (ScriptedServer server = ScriptedServer.start()) {
 *     server.enqueue(429, Map.of("Retry-After", "0"), "")
 *           .enqueueJson(200, "{\"uuid\":\"...\"}");
 *     ... call client pointed at server.baseUrl() ...
 *     assertThat(server.requestCount()).isEqualTo(2);
 *     ReceivedRequest first = server.takeRequest();
 * }
 * }</pre>
 *
 * <p>
 * Each request consumes exactly one queued entry. When the queue is exhausted the request
 * gets status <b>599</b> with a diagnostic body and is recorded in {@link #failures()}.
 *
 * <p>
 * Caveat for {@link #enqueueDropConnection()}: {@link java.net.http.HttpClient}
 * transparently retries an idempotent request (GET) once when a <em>reused</em>
 * keep-alive connection closes before any response byte, so such a drop may consume two
 * queue entries. Use a fresh connection or a non-idempotent method when the exact count
 * matters.
 */
public final class ScriptedServer implements AutoCloseable {

	private static final Duration DEFAULT_TAKE_TIMEOUT = Duration.ofSeconds(5);

	private final Deque<Function<ReceivedRequest, ScriptedResponse>> script = new ArrayDeque<>();

	private final List<ReceivedRequest> received = new ArrayList<>();

	private final BlockingQueue<ReceivedRequest> untaken = new LinkedBlockingQueue<>();

	private final List<String> failures = new ArrayList<>();

	private final ServerSupport support;

	private ScriptedServer() {
		support = new ServerSupport("scripted-server", this::handle);
	}

	/** Starts a server with an empty script. */
	public static ScriptedServer start() {
		return new ScriptedServer();
	}

	/** {@code http://127.0.0.1:PORT/} (with trailing slash). */
	public String baseUrl() {
		return support.baseUrl();
	}

	/** The bound port. */
	public int port() {
		return support.port();
	}

	/**
	 * Enqueues a response with single-valued headers and a UTF-8 text body (null =
	 * empty).
	 */
	public ScriptedServer enqueue(int status, Map<String, String> headers, String body) {
		return enqueue(ScriptedResponse.of(status, headers, body));
	}

	/** Enqueues a response with a binary body. */
	public ScriptedServer enqueue(int status, Map<String, String> headers, byte[] body) {
		return enqueue(ScriptedResponse.of(status, headers, body));
	}

	/** Enqueues a response with {@code Content-Type: application/json}. */
	public ScriptedServer enqueueJson(int status, String json) {
		return enqueue(ScriptedResponse.json(status, json));
	}

	/** Enqueues a fixed response. */
	public ScriptedServer enqueue(ScriptedResponse response) {
		return enqueue(request -> response);
	}

	/**
	 * Enqueues a handler computing the response from the request (may return
	 * {@link ScriptedResponse#dropConnection()}).
	 */
	public synchronized ScriptedServer enqueue(Function<ReceivedRequest, ScriptedResponse> handler) {
		script.addLast(handler);
		return this;
	}

	/**
	 * Enqueues a connection cut: the request is read, then the socket is closed without
	 * any response bytes.
	 */
	public ScriptedServer enqueueDropConnection() {
		return enqueue(ScriptedResponse.dropConnection());
	}

	/** Number of scripted entries not consumed yet. */
	public synchronized int pendingResponses() {
		return script.size();
	}

	/**
	 * The next received request not yet returned by {@code takeRequest}, in arrival
	 * order; waits up to 5 seconds for it to arrive.
	 * @throws AssertionError when none arrives in time
	 */
	public ReceivedRequest takeRequest() {
		return takeRequest(DEFAULT_TAKE_TIMEOUT);
	}

	/** As {@link #takeRequest()} with an explicit timeout. */
	public ReceivedRequest takeRequest(Duration timeout) {
		try {
			ReceivedRequest request = untaken.poll(timeout.toNanos(), TimeUnit.NANOSECONDS);
			if (request == null) {
				throw new AssertionError("ScriptedServer: no request received within " + timeout);
			}
			return request;
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new AssertionError("Interrupted while waiting for a request", e);
		}
	}

	/** All received requests, in arrival order (unaffected by {@link #takeRequest()}). */
	public synchronized List<ReceivedRequest> received() {
		return List.copyOf(received);
	}

	/** Number of requests received. */
	public synchronized int requestCount() {
		return received.size();
	}

	/**
	 * Diagnostics of requests that arrived after the script was exhausted (answered 599).
	 */
	public synchronized List<String> failures() {
		return List.copyOf(failures);
	}

	/** Fails if any request found the script exhausted. */
	public void assertNoFailures() {
		List<String> f = failures();
		if (!f.isEmpty()) {
			throw new AssertionError(String.join("\n", f));
		}
	}

	/** Stops the server. */
	@Override
	public void close() {
		support.stop();
	}

	private void handle(HttpExchange exchange) throws IOException {
		ReceivedRequest request = ServerSupport.read(exchange);
		Function<ReceivedRequest, ScriptedResponse> next;
		int number;
		synchronized (this) {
			received.add(request);
			number = received.size();
			next = script.pollFirst();
			if (next == null) {
				failures.add("ScriptedServer: request #" + number + " " + request.method() + " "
						+ request.rawPathAndQuery() + " arrived but no response was enqueued");
			}
		}
		untaken.add(request);
		if (next == null) {
			ServerSupport.sendDiagnostic(exchange, "ScriptedServer: no response enqueued for request #" + number + " "
					+ request.method() + " " + request.rawPathAndQuery());
			return;
		}
		ScriptedResponse response = next.apply(request);
		if (response.dropsConnection()) {
			exchange.close(); // no headers sent: the JDK server closes the socket
			return;
		}
		ServerSupport.send(exchange, response.status(), response.headers(), response.body());
	}

	@Override
	public String toString() {
		return "ScriptedServer[" + baseUrl() + "]";
	}

}
