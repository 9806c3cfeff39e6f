package dev.ucare.client.testing;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;

/** Package-private plumbing shared by {@link ReplayServer} and {@link ScriptedServer}. */
final class ServerSupport {

	private static final AtomicInteger THREADS = new AtomicInteger();

	final HttpServer server;

	final ExecutorService executor;

	ServerSupport(String name, HttpHandler handler) {
		try {
			server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
		}
		catch (IOException e) {
			throw new UncheckedIOException("Cannot start " + name, e);
		}
		executor = Executors.newCachedThreadPool(r -> {
			Thread t = new Thread(r, name + "-" + THREADS.incrementAndGet());
			t.setDaemon(true);
			return t;
		});
		server.setExecutor(executor);
		server.createContext("/", exchange -> {
			try {
				handler.handle(exchange);
			}
			catch (Throwable t) {
				exchange.close(); // breaks the connection; the client sees an IOException
				throw t;
			}
		});
		server.start();
	}

	int port() {
		return server.getAddress().getPort();
	}

	String baseUrl() {
		return "http://127.0.0.1:" + port() + "/";
	}

	void stop() {
		server.stop(0);
		executor.shutdownNow();
	}

	/** Reads the request fully into a {@link ReceivedRequest}. */
	static ReceivedRequest read(HttpExchange exchange) throws IOException {
		byte[] body = exchange.getRequestBody().readAllBytes();
		Map<String, List<String>> headers = new LinkedHashMap<>(exchange.getRequestHeaders());
		return new ReceivedRequest(exchange.getRequestMethod(), exchange.getRequestURI().getRawPath(),
				exchange.getRequestURI().getRawQuery(), headers, body);
	}

	/**
	 * Sends status, headers and body and closes the exchange. Bodies of HEAD/204/304 are
	 * suppressed.
	 */
	static void send(HttpExchange exchange, int status, Map<String, List<String>> headers, byte[] body)
			throws IOException {
		headers.forEach((name, values) -> exchange.getResponseHeaders().put(name, List.copyOf(values)));
		boolean noBody = body.length == 0 || status == 204 || status == 304
				|| "HEAD".equalsIgnoreCase(exchange.getRequestMethod());
		exchange.sendResponseHeaders(status, noBody ? -1 : body.length);
		if (!noBody) {
			try (OutputStream out = exchange.getResponseBody()) {
				out.write(body);
			}
		}
		exchange.close();
	}

	static void sendDiagnostic(HttpExchange exchange, String message) throws IOException {
		send(exchange, 599, Map.of("Content-Type", List.of("text/plain; charset=utf-8")),
				message.getBytes(StandardCharsets.UTF_8));
	}

}
