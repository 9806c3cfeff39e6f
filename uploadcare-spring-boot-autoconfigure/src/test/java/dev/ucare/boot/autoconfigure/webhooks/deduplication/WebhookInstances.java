package dev.ucare.boot.autoconfigure.webhooks.deduplication;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;

import dev.ucare.client.webhooks.WebhookSignatures;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Application instances with the starter, each in its own application context with its
 * own port, and a sender that behaves as Uploadcare does: signed deliveries, sent again
 * while the answer is not 2xx.
 */
public final class WebhookInstances {

	public static final String SECRET = "multi-instance-secret";

	private static final HttpClient http = HttpClient.newBuilder()
		.version(HttpClient.Version.HTTP_1_1)
		.connectTimeout(Duration.ofSeconds(5))
		.build();

	private WebhookInstances() {
	}

	/** Starts an instance whose listener is {@code ledger}. */
	public static ConfigurableApplicationContext start(Ledger ledger, String... properties) {
		List<String> args = new ArrayList<>(List.of("--server.port=0", "--spring.main.banner-mode=off",
				"--uploadcare.public-key=demopublickey", "--uploadcare.webhooks.signing-secret=" + SECRET));
		for (String property : properties) {
			args.add("--" + property);
		}
		SpringApplication application = new SpringApplication(InstanceApp.class);
		application.addInitializers((context) -> context.addApplicationListener(ledger));
		return application.run(args.toArray(String[]::new));
	}

	/** The webhook endpoint of {@code context}. */
	public static URI endpoint(ConfigurableApplicationContext context) {
		int port = ((WebServerApplicationContext) context).getWebServer().getPort();
		return URI.create("http://127.0.0.1:" + port + "/uploadcare/webhooks");
	}

	/** A signed {@code file.uploaded} delivery about a new file. */
	public static Delivery delivery() {
		String uuid = UUID.randomUUID().toString();
		byte[] body = ("{\"hook\":{\"id\":7,\"event\":\"file.uploaded\",\"target\":\"http://lb/uploadcare/webhooks\","
				+ "\"version\":\"0.7\"},\"data\":{\"uuid\":\"" + uuid + "\",\"original_filename\":\"a.jpg\"},"
				+ "\"file\":\"https://ucarecdn.com/" + uuid + "/a.jpg\"}")
			.getBytes(java.nio.charset.StandardCharsets.UTF_8);
		return new Delivery(uuid, body, WebhookSignatures.sign(body, SECRET));
	}

	/** Posts {@code delivery} once; the status, 0 when the connection failed. */
	public static CompletableFuture<Integer> send(URI endpoint, Delivery delivery, Duration timeout) {
		HttpRequest request = HttpRequest.newBuilder(endpoint)
			.timeout(timeout)
			.header("Content-Type", "application/json")
			.header(WebhookSignatures.HEADER, delivery.signature())
			.POST(HttpRequest.BodyPublishers.ofByteArray(delivery.body()))
			.build();
		return http.sendAsync(request, HttpResponse.BodyHandlers.discarding())
			.thenApply(HttpResponse::statusCode)
			.exceptionally((ex) -> 0);
	}

	/**
	 * Posts {@code delivery} to the endpoints in turn until one answers 2xx, waiting
	 * {@code delay} between attempts, as Uploadcare's retries would.
	 * @return the number of attempts
	 */
	public static CompletableFuture<Integer> sendUntilAccepted(List<URI> endpoints, Delivery delivery, Duration delay,
			int maxAttempts) {
		return attempt(endpoints, delivery, delay, maxAttempts, 1);
	}

	private static CompletableFuture<Integer> attempt(List<URI> endpoints, Delivery delivery, Duration delay,
			int maxAttempts, int attempt) {
		URI endpoint = endpoints.get((attempt - 1) % endpoints.size());
		return send(endpoint, delivery, Duration.ofSeconds(10)).thenCompose((status) -> {
			if (status >= 200 && status < 300) {
				return CompletableFuture.completedFuture(attempt);
			}
			if (attempt >= maxAttempts) {
				return CompletableFuture.failedFuture(new IllegalStateException("delivery " + delivery.uuid()
						+ " not accepted after " + attempt + " attempts (last status " + status + ")"));
			}
			Executor later = CompletableFuture.delayedExecutor(delay.toMillis(), TimeUnit.MILLISECONDS);
			return CompletableFuture.supplyAsync(() -> null, later)
				.thenCompose((ignored) -> attempt(endpoints, delivery, delay, maxAttempts, attempt + 1));
		});
	}

	/**
	 * A delivery.
	 *
	 * @param uuid the file it is about
	 * @param body the signed body
	 * @param signature its {@code X-Uc-Signature}
	 */
	public record Delivery(String uuid, byte[] body, String signature) {
	}

	/**
	 * The store's database only, no JPA: this module's test class path has JPA for the
	 * files-on-entities tests, and Hibernate would not start without a reachable
	 * database.
	 */
	@SpringBootConfiguration
	@EnableAutoConfiguration(
			excludeName = { "org.springframework.boot.hibernate.autoconfigure.HibernateJpaAutoConfiguration",
					"org.springframework.boot.data.jpa.autoconfigure.DataJpaRepositoriesAutoConfiguration" })
	static class InstanceApp {

	}

}
