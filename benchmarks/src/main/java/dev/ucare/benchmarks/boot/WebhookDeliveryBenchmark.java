package dev.ucare.benchmarks.boot;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

import dev.ucare.boot.autoconfigure.webhooks.UploadcareWebhookEvent;
import dev.ucare.client.webhooks.WebhookSignatures;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.http.MediaType;
import org.springframework.web.servlet.function.RequestPredicates;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.RouterFunctions;
import org.springframework.web.servlet.function.ServerResponse;

/**
 * End-to-end webhook deliveries per second through a running Spring MVC application
 * (embedded Tomcat, the Uploadcare starter, a signing secret) over HTTP/1.1 on loopback:
 * each delivery is a distinct signed 2 KiB body (distinct so that de-duplication, which
 * stays on, never drops one), sent by several client threads in the same JVM (one JDK
 * {@link HttpClient}, keep-alive); the endpoint verifies, parses, de-duplicates and
 * publishes an {@link UploadcareWebhookEvent} to a counting listener. The measured figure
 * counts only 200 answers and checks that every one was published. As a baseline, the
 * same number of same-sized bodies is then sent to a no-op endpoint of the same
 * application (the HTTP round trip alone, which on a small machine shares the CPUs with
 * the client threads).
 */
public final class WebhookDeliveryBenchmark {

	static final String SECRET = "bench-signing-secret";

	/**
	 * @param store the de-duplication store ({@code memory}, {@code jdbc}, {@code redis})
	 * @param threads client threads
	 * @param warmup deliveries sent before measuring
	 * @param deliveries deliveries measured
	 * @param seconds measured time
	 * @param ok deliveries answered 200
	 * @param published events the listener received during the measured part
	 * @param bodyBytes size of one body
	 * @param baselineSeconds time to send the same number of same-sized bodies to a no-op
	 * endpoint of the same app
	 * @param retries requests sent again after an I/O error (all phases)
	 */
	record Result(String store, int threads, int warmup, int deliveries, double seconds, long ok, long published,
			int bodyBytes, double baselineSeconds, long retries) {

		double perSecond() {
			return ok / seconds;
		}

		double baselinePerSecond() {
			return deliveries / baselineSeconds;
		}

		boolean allPublished() {
			return ok == deliveries && published == deliveries;
		}
	}

	private WebhookDeliveryBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		Result result = run(System.getProperty("bench.deliveries.store", "memory"),
				Integer.getInteger("bench.deliveries.threads", 4),
				Integer.getInteger("bench.deliveries.warmup", 30_000),
				Integer.getInteger("bench.deliveries.count", 40_000));
		System.out.println(result);
		System.exit(result.allPublished() ? 0 : 1);
	}

	/**
	 * Properties choosing the de-duplication store: {@code memory} (default),
	 * {@code jdbc} (PostgreSQL on 127.0.0.1 at {@code UPLOADCARE_TEST_POSTGRES_PORT}) or
	 * {@code redis} (at {@code UPLOADCARE_TEST_REDIS_PORT}), as
	 * {@code .ci/test-servers.sh} starts them.
	 */
	static List<String> storeProperties(String store) {
		String noDataSource = "--spring.autoconfigure.exclude="
				+ "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration";
		return switch (store) {
			case "memory" -> List.of(noDataSource);
			case "jdbc" -> List.of("--uploadcare.webhooks.deduplication.store=jdbc",
					"--uploadcare.webhooks.deduplication.jdbc.initialize-schema=always",
					"--spring.datasource.url=jdbc:postgresql://127.0.0.1:" + port("UPLOADCARE_TEST_POSTGRES_PORT")
							+ "/postgres",
					"--spring.datasource.username=postgres");
			case "redis" -> List.of(noDataSource, "--uploadcare.webhooks.deduplication.store=redis",
					"--spring.data.redis.host=127.0.0.1",
					"--spring.data.redis.port=" + port("UPLOADCARE_TEST_REDIS_PORT"));
			default -> throw new IllegalArgumentException("Unknown store '" + store + "' (memory, jdbc, redis)");
		};
	}

	private static String port(String name) {
		String value = System.getProperty(name, System.getenv(name));
		if (value == null || value.isBlank()) {
			throw new IllegalStateException(
					name + " is not set: start .ci/test-servers.sh (benchmarks/run-webhook-stores.sh does)");
		}
		return value.trim();
	}

	static Result run(String store, int threads, int warmup, int deliveries) throws Exception {
		List<String> args = new ArrayList<>(
				List.of("--server.port=0", "--spring.main.banner-mode=off", "--logging.level.root=WARN",
						"--uploadcare.public-key=demopublickey", "--uploadcare.webhooks.signing-secret=" + SECRET,
						// Keep connections open (Tomcat closes one after 100 requests by
						// default): connection churn is not
						// what is measured.
						"--server.tomcat.max-keep-alive-requests=-1"));
		args.addAll(storeProperties(store));
		ConfigurableApplicationContext context = new SpringApplication(WebhookApp.class)
			.run(args.toArray(String[]::new));
		try {
			int port = ((WebServerApplicationContext) context).getWebServer().getPort();
			AtomicLong published = context.getBean(DeliveryCounter.class).count;
			URI uri = URI.create("http://127.0.0.1:" + port + "/uploadcare/webhooks");
			HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
			AtomicLong retries = new AtomicLong();
			List<Delivery> warmupRequests = deliveries(warmup);
			List<Delivery> measuredRequests = deliveries(deliveries);
			int bodyBytes = measuredRequests.get(0).body().length;
			ExecutorService pool = Executors.newFixedThreadPool(threads);
			try {
				long warmOk = send(http, uri, pool, warmupRequests, threads, retries);
				if (warmOk != warmup || published.get() != warmup) {
					throw new IllegalStateException(
							"warm-up: " + warmOk + " answered 200, " + published.get() + " published, of " + warmup);
				}
				long before = published.get();
				long start = System.nanoTime();
				long ok = send(http, uri, pool, measuredRequests, threads, retries);
				double seconds = (System.nanoTime() - start) / 1e9;
				long publishedMeasured = published.get() - before;
				// Baseline: the HTTP round trip alone (same app, client, threads and body
				// size; no webhook work).
				URI noop = URI.create("http://127.0.0.1:" + port + "/noop");
				send(http, noop, pool, noopRequests(warmup, bodyBytes), threads, retries);
				List<Delivery> baselineRequests = noopRequests(deliveries, bodyBytes);
				long baselineStart = System.nanoTime();
				long baselineOk = send(http, noop, pool, baselineRequests, threads, retries);
				double baselineSeconds = (System.nanoTime() - baselineStart) / 1e9;
				if (baselineOk != deliveries) {
					throw new IllegalStateException("baseline: " + baselineOk + " of " + deliveries + " answered 200");
				}
				return new Result(store, threads, warmup, deliveries, seconds, ok, publishedMeasured, bodyBytes,
						baselineSeconds, retries.get());
			}
			finally {
				pool.shutdownNow();
			}
		}
		finally {
			context.close();
		}
	}

	/** A request body and its {@code X-Uc-Signature} (null for none). */
	record Delivery(byte[] body, String signature) {
	}

	private static List<Delivery> deliveries(int count) {
		List<Delivery> deliveries = new ArrayList<>(count);
		for (int i = 0; i < count; i++) {
			byte[] body = payload(UUID.randomUUID().toString());
			deliveries.add(new Delivery(body, WebhookSignatures.sign(body, SECRET)));
		}
		return deliveries;
	}

	private static List<Delivery> noopRequests(int count, int bodyBytes) {
		byte[] body = new byte[bodyBytes];
		Arrays.fill(body, (byte) 'x');
		return Collections.nCopies(count, new Delivery(body, null));
	}

	/**
	 * Sends the requests split among {@code threads}; the number answered 200. A request
	 * that fails with an {@link IOException} (the JDK 17 client now and then finds a
	 * pooled connection closed: "header parser received no bytes") is sent again, as
	 * Uploadcare would; should the first attempt have arrived, de-duplication answers the
	 * second without publishing, which the published count would show.
	 */
	private static long send(HttpClient http, URI uri, ExecutorService pool, List<Delivery> requests, int threads,
			AtomicLong retries) throws Exception {
		List<Future<Long>> futures = new ArrayList<>();
		for (int t = 0; t < threads; t++) {
			List<Delivery> mine = requests.subList(requests.size() * t / threads, requests.size() * (t + 1) / threads);
			futures.add(pool.submit(() -> {
				long ok = 0;
				for (Delivery delivery : mine) {
					HttpRequest.Builder request = HttpRequest.newBuilder(uri)
						.header("Content-Type", "application/json")
						.POST(HttpRequest.BodyPublishers.ofByteArray(delivery.body()));
					if (delivery.signature() != null) {
						request.header(WebhookSignatures.HEADER, delivery.signature());
					}
					if (post(http, request.build(), retries) == 200) {
						ok++;
					}
				}
				return ok;
			}));
		}
		long ok = 0;
		for (Future<Long> future : futures) {
			ok += future.get();
		}
		return ok;
	}

	private static int post(HttpClient http, HttpRequest request, AtomicLong retries) throws Exception {
		for (int attempt = 1;; attempt++) {
			try {
				return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
			}
			catch (IOException ex) {
				if (attempt == 3) {
					throw ex;
				}
				retries.incrementAndGet();
			}
		}
	}

	/** A {@code file.uploaded} delivery of exactly 2 KiB for the file {@code uuid}. */
	static byte[] payload(String uuid) {
		int unpadded = payload(uuid, "").length;
		return payload(uuid, "x".repeat(Math.max(0, 2048 - unpadded)));
	}

	private static byte[] payload(String uuid, String filler) {
		return ("{\"hook\":{\"id\":1,\"project_id\":2,\"project_pub_key\":\"demopublickey\",\"target\":\"http://x/\","
				+ "\"event\":\"file.uploaded\",\"is_active\":true,\"version\":\"0.7\"},\"data\":{\"uuid\":\"" + uuid
				+ "\",\"original_filename\":\"a.jpg\",\"mime_type\":\"image/jpeg\",\"size\":1024,\"is_image\":true,"
				+ "\"is_ready\":true,\"metadata\":{\"note\":\"" + filler + "\"},\"appdata\":{}},"
				+ "\"initiator\":{\"type\":\"api\",\"detail\":{}}," + "\"file\":\"https://ucarecdn.com/" + uuid
				+ "/a.jpg\"}")
			.getBytes(StandardCharsets.UTF_8);
	}

	/** Counts every published {@link UploadcareWebhookEvent}. */
	static final class DeliveryCounter {

		final AtomicLong count = new AtomicLong();

		@EventListener
		void on(UploadcareWebhookEvent event) {
			count.incrementAndGet();
		}

	}

	@SpringBootConfiguration
	@EnableAutoConfiguration
	static class WebhookApp {

		@Bean
		DeliveryCounter deliveryCounter() {
			return new DeliveryCounter();
		}

		/** The baseline endpoint: reads the body, answers 200. */
		@Bean
		RouterFunction<ServerResponse> noopRouter() {
			return RouterFunctions.route(RequestPredicates.POST("/noop"), (request) -> {
				request.servletRequest().getInputStream().readAllBytes();
				return ServerResponse.ok().contentType(MediaType.TEXT_PLAIN).body("OK");
			});
		}

	}

}
