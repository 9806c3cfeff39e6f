package dev.ucare.boot.autoconfigure.webhooks.deduplication;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A round-robin HTTP load balancer on loopback in front of application instances, as in
 * production: each request goes to the next instance, so that a retried delivery usually
 * reaches another instance than the first attempt.
 */
public final class LoadBalancer implements AutoCloseable {

	private final HttpServer server;

	private final List<URI> backends;

	private final AtomicInteger next = new AtomicInteger();

	private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

	/**
	 * @param backends the instances' webhook endpoints
	 */
	public LoadBalancer(List<URI> backends) throws IOException {
		this.backends = backends;
		this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 50);
		this.server.setExecutor(Executors.newFixedThreadPool(8));
		this.server.createContext("/", this::forward);
		this.server.start();
	}

	/** The balanced webhook URL. */
	public String url() {
		return "http://127.0.0.1:" + server.getAddress().getPort() + "/uploadcare/webhooks";
	}

	private void forward(HttpExchange exchange) throws IOException {
		try (InputStream in = exchange.getRequestBody(); OutputStream out = exchange.getResponseBody()) {
			byte[] body = in.readAllBytes();
			URI backend = backends.get(Math.floorMod(next.getAndIncrement(), backends.size()));
			HttpRequest.Builder request = HttpRequest.newBuilder(backend)
				.timeout(Duration.ofSeconds(10))
				.POST(HttpRequest.BodyPublishers.ofByteArray(body));
			for (String header : List.of("Content-Type", "X-Uc-Signature")) {
				String value = exchange.getRequestHeaders().getFirst(header);
				if (value != null) {
					request.header(header, value);
				}
			}
			int status;
			byte[] answer;
			try {
				HttpResponse<byte[]> response = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
				status = response.statusCode();
				answer = response.body();
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				status = 502;
				answer = new byte[0];
			}
			catch (IOException ex) {
				status = 502;
				answer = new byte[0];
			}
			exchange.sendResponseHeaders(status, (answer.length == 0) ? -1 : answer.length);
			out.write(answer);
		}
	}

	@Override
	public void close() {
		server.stop(0);
		((java.util.concurrent.ExecutorService) server.getExecutor()).shutdownNow();
	}

}
