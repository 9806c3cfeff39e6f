package dev.ucare.boot.autoconfigure;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpServer;

/**
 * A tiny loopback HTTP server answering scripted responses (then a default one), counting
 * requests.
 */
final class StubServer implements AutoCloseable {

	record Response(int status, String body, long delayMillis) {
	}

	private final HttpServer server;

	private final ConcurrentLinkedDeque<Response> script = new ConcurrentLinkedDeque<>();

	private volatile Response fallback = new Response(200,
			"{\"name\":\"Stub project\",\"pub_key\":\"demopublickey\",\"autostore_enabled\":true,\"collaborators\":[]}",
			0);

	private final AtomicInteger requests = new AtomicInteger();

	private final java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);

	final List<String> paths = new CopyOnWriteArrayList<>();

	final List<String> authorizations = new CopyOnWriteArrayList<>();

	StubServer() throws IOException {
		server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
		server.createContext("/", exchange -> {
			requests.incrementAndGet();
			paths.add(exchange.getRequestURI().getPath());
			String auth = exchange.getRequestHeaders().getFirst("Authorization");
			authorizations.add(auth == null ? "" : auth);
			exchange.getRequestBody().readAllBytes();
			Response response = script.poll();
			if (response == null) {
				response = fallback;
			}
			if (response.delayMillis() > 0) {
				try {
					release.await(response.delayMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
				}
			}
			byte[] bytes = response.body().getBytes(StandardCharsets.UTF_8);
			exchange.getResponseHeaders().add("Content-Type", "application/json");
			exchange.sendResponseHeaders(response.status(), bytes.length == 0 ? -1 : bytes.length);
			try (OutputStream out = exchange.getResponseBody()) {
				out.write(bytes);
			}
			catch (IOException ex) {
				// client went away
			}
		});
		server.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
		server.start();
	}

	StubServer then(int status, String body) {
		script.add(new Response(status, body, 0));
		return this;
	}

	StubServer thenDelayed(long millis) {
		script.add(new Response(200, fallback.body(), millis));
		return this;
	}

	StubServer otherwise(int status, String body) {
		fallback = new Response(status, body, 0);
		return this;
	}

	int requests() {
		return requests.get();
	}

	URI url() {
		return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/");
	}

	@Override
	public void close() {
		release.countDown();
		server.stop(0);
	}

}
