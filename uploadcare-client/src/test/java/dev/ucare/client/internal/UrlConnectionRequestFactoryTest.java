package dev.ucare.client.internal;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import dev.ucare.testsupport.Request;
import dev.ucare.testsupport.Response;
import dev.ucare.testsupport.StubServer;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.StreamingHttpOutputMessage;
import org.springframework.http.client.ClientHttpRequest;
import org.springframework.http.client.ClientHttpResponse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/** {@link UrlConnectionRequestFactory} against a real HTTP server. */
class UrlConnectionRequestFactoryTest {

	private StubServer server;

	private UrlConnectionRequestFactory factory;

	@BeforeEach
	void start() {
		server = StubServer.start();
		factory = new UrlConnectionRequestFactory(Duration.ofSeconds(5), Duration.ofSeconds(10));
	}

	@AfterEach
	void stop() {
		factory.close();
		server.close();
	}

	private ClientHttpResponse send(HttpMethod method, String path, long length, byte[] body) throws IOException {
		ClientHttpRequest request = factory.createRequest(server.uri().resolve(path), method);
		if (body != null) {
			request.getHeaders().setContentType(MediaType.APPLICATION_OCTET_STREAM);
			if (length >= 0) {
				request.getHeaders().setContentLength(length);
			}
			((StreamingHttpOutputMessage) request).setBody(out -> {
				// written in pieces, as uploads are
				for (int offset = 0; offset < body.length; offset += 1000) {
					out.write(body, offset, Math.min(1000, body.length - offset));
				}
			});
		}
		return request.execute();
	}

	@Test
	void streamsABodyOfKnownLengthExactly() throws IOException {
		byte[] body = new byte[300_000];
		new Random(1).nextBytes(body);
		server.enqueueJson(200, "{\"ok\":true}");

		try (ClientHttpResponse response = send(HttpMethod.PUT, "part", body.length, body)) {
			assertThat(response.getStatusCode().value()).isEqualTo(200);
			assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_JSON);
			assertThat(new String(response.getBody().readAllBytes(), StandardCharsets.UTF_8))
				.isEqualTo("{\"ok\":true}");
		}
		Request received = server.takeRequest();
		assertThat(received.method()).isEqualTo("PUT");
		assertThat(received.header("Content-Length")).isEqualTo("300000");
		assertThat(received.header("Transfer-Encoding")).isNull();
		assertThat(received.body()).isEqualTo(body);
		assertThat(received.header("Accept")).isEqualTo("*/*");
	}

	@Test
	void streamsABodyOfUnknownLengthInChunks() throws IOException {
		byte[] body = "a body of unknown length".repeat(10_000).getBytes(StandardCharsets.UTF_8);
		server.enqueueJson(200, "{}");

		try (ClientHttpResponse response = send(HttpMethod.POST, "base/", -1, body)) {
			assertThat(response.getStatusCode().value()).isEqualTo(200);
		}
		Request received = server.takeRequest();
		assertThat(received.header("Transfer-Encoding")).isEqualToIgnoringCase("chunked");
		assertThat(received.body()).isEqualTo(body);
	}

	@Test
	void aPutOrPostWithoutABodySendsAnEmptyOne() throws IOException {
		server.enqueueJson(200, "{}").enqueueJson(200, "{}").enqueueJson(200, "{}");

		send(HttpMethod.PUT, "files/x/storage/", 0, null).close();
		send(HttpMethod.POST, "files/", 0, null).close();
		send(HttpMethod.GET, "files/", 0, null).close();

		assertThat(server.takeRequest().header("Content-Length")).isEqualTo("0");
		assertThat(server.takeRequest().header("Content-Length")).isEqualTo("0");
		assertThat(server.takeRequest().header("Content-Length")).isNull();
	}

	@Test
	void errorAnswersAreReadWithTheirHeadersAndBody() throws IOException {
		server.enqueue(Response.of(404, "{\"detail\":\"Not found.\"}").withHeader("X-Uploadcare-Request-Id", "r1"));

		try (ClientHttpResponse response = send(HttpMethod.GET, "files/x/", 0, null)) {
			assertThat(response.getStatusCode().value()).isEqualTo(404);
			assertThat(response.getHeaders().getFirst("X-Uploadcare-Request-Id")).isEqualTo("r1");
			assertThat(new String(response.getBody().readAllBytes(), StandardCharsets.UTF_8))
				.isEqualTo("{\"detail\":\"Not found.\"}");
		}
	}

	@Test
	void a401ToAStreamedBodyKeepsItsStatus() throws IOException {
		// the JDK drops such an answer's body (it cannot resend a streamed request to
		// authenticate); the status still reaches the caller as an answer, not an error
		server.enqueue(Response.of(401, "{\"detail\":\"Incorrect authentication credentials.\"}")
			.withHeader("WWW-Authenticate", "Uploadcare"));

		try (ClientHttpResponse response = send(HttpMethod.POST, "webhooks/", 3, "a=b".getBytes())) {
			assertThat(response.getStatusCode().value()).isEqualTo(401);
			assertThat(response.getBody().readAllBytes()).isEmpty();
		}
		assertThat(server.requestCount()).isEqualTo(1);
	}

	@Test
	void redirectsAreNotFollowed() throws IOException {
		server.enqueue(Response.empty(302).withHeader("Location", server.baseUrl() + "elsewhere/"));

		try (ClientHttpResponse response = send(HttpMethod.GET, "files/", 0, null)) {
			assertThat(response.getStatusCode().value()).isEqualTo(302);
			assertThat(response.getHeaders().getLocation()).isEqualTo(URI.create(server.baseUrl() + "elsewhere/"));
		}
		assertThat(server.requestCount()).isEqualTo(1);
	}

	@Test
	void closingTheFactoryAbortsAnExchangeInProgress() {
		server.enqueue(Response.json(200, "{}").delayed(Duration.ofSeconds(20)));
		CompletableFuture<Void> call = CompletableFuture.runAsync(() -> {
			try {
				send(HttpMethod.GET, "slow/", 0, null).close();
			}
			catch (IOException ex) {
				throw new java.io.UncheckedIOException(ex);
			}
		});
		await().atMost(Duration.ofSeconds(5)).until(() -> server.requestCount() == 1);
		long start = System.nanoTime();

		factory.close();

		assertThatThrownBy(() -> call.get(5, TimeUnit.SECONDS)).isInstanceOf(ExecutionException.class)
			.hasRootCauseInstanceOf(java.net.SocketException.class)
			.cause()
			.hasCauseInstanceOf(InterruptedIOException.class);
		assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
		assertThatThrownBy(() -> send(HttpMethod.GET, "files/", 0, null)).isInstanceOf(InterruptedIOException.class)
			.hasMessageContaining("closed");
	}

	@Test
	void interruptingAClientThreadAbortsItsExchange() throws Exception {
		server.enqueue(Response.json(200, "{}").delayed(Duration.ofSeconds(20)));
		ExecutorService pool = DaemonThreads.cachedPool("test-abort");
		CountDownLatch ended = new CountDownLatch(1);
		AtomicReference<Throwable> failure = new AtomicReference<>();
		try {
			Future<?> call = pool.submit(() -> {
				try {
					send(HttpMethod.GET, "slow/", 0, null).close();
				}
				catch (Throwable ex) {
					failure.set(ex);
				}
				finally {
					ended.countDown();
				}
			});
			await().atMost(Duration.ofSeconds(5)).until(() -> server.requestCount() == 1);

			call.cancel(true);

			// long before the answer would have come
			assertThat(ended.await(5, TimeUnit.SECONDS)).isTrue();
			assertThat(failure.get()).isInstanceOf(InterruptedIOException.class).hasMessageContaining("interrupted");
		}
		finally {
			pool.shutdownNow();
		}
	}

}
