package dev.ucare.boot.autoconfigure.webhooks.deduplication;

import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;

import dev.ucare.boot.autoconfigure.webhooks.deduplication.WebhookInstances.Delivery;
import dev.ucare.client.UploadcareClient;
import dev.ucare.client.upload.UploadOptions;
import dev.ucare.client.webhooks.WebhookEvent;
import dev.ucare.client.webhooks.WebhookRequest;
import dev.ucare.emulator.UploadcareEmulator;
import dev.ucare.emulator.WebhookDelivery;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;

import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Two application instances (two application contexts with the starter, each with its own
 * port) sharing one de-duplication store on a real server, and a third one in its own JVM
 * that is killed mid-delivery. Every delivery must be handled exactly once: counted by a
 * listener shared by the instances of this JVM.
 */
abstract class TwoInstancesSharingAStoreTests {

	static final int DELIVERIES = 1_000;

	static final int FAILING = 200;

	/**
	 * Properties choosing the store, e.g.
	 * {@code uploadcare.webhooks.deduplication.store=jdbc}.
	 */
	protected abstract List<String> storeProperties();

	/** Properties pointing the store at a server where nothing listens. */
	protected abstract List<String> unreachableStoreProperties();

	/** The store's name (the {@code store} tag). */
	protected abstract String storeName();

	/** Whether the store tells a claim after an expired lease from a first claim. */
	protected abstract boolean countsTakeOvers();

	private ConfigurableApplicationContext start(Ledger ledger, String... extra) {
		List<String> properties = new ArrayList<>(storeProperties());
		properties.addAll(List.of(extra));
		return WebhookInstances.start(ledger, properties.toArray(String[]::new));
	}

	@Test
	void aThousandDeliveriesSentToBothInstancesAtOnceAreHandledOnceEach() throws Exception {
		Ledger ledger = new Ledger();
		try (ConfigurableApplicationContext a = start(ledger); ConfigurableApplicationContext b = start(ledger)) {
			List<URI> endpoints = List.of(WebhookInstances.endpoint(a), WebhookInstances.endpoint(b));
			List<Delivery> deliveries = new ArrayList<>();
			for (int i = 0; i < DELIVERIES; i++) {
				Delivery delivery = WebhookInstances.delivery();
				deliveries.add(delivery);
				if (i % (DELIVERIES / FAILING) == 0) {
					ledger.failOnce(delivery.uuid());
				}
			}
			// each delivery to both instances concurrently (at most 64 requests in
			// flight)
			Semaphore inFlight = new Semaphore(64);
			List<CompletableFuture<int[]>> answers = new ArrayList<>();
			for (Delivery delivery : deliveries) {
				inFlight.acquire(2);
				CompletableFuture<Integer> toA = WebhookInstances.send(endpoints.get(0), delivery,
						Duration.ofSeconds(30));
				CompletableFuture<Integer> toB = WebhookInstances.send(endpoints.get(1), delivery,
						Duration.ofSeconds(30));
				answers.add(toA.thenCombine(toB, (sa, sb) -> new int[] { sa, sb })
					.whenComplete((statuses, ex) -> inFlight.release(2)));
			}
			int[] counts = new int[600];
			for (CompletableFuture<int[]> answer : answers) {
				for (int status : answer.get()) {
					counts[status]++;
				}
			}
			assertThat(ledger.failures()).isEqualTo(FAILING);
			// the 200 failed deliveries are sent again, as Uploadcare retries a 5xx,
			// until
			// accepted
			List<CompletableFuture<Integer>> resent = new ArrayList<>();
			for (int i = 0; i < DELIVERIES; i += DELIVERIES / FAILING) {
				resent
					.add(WebhookInstances.sendUntilAccepted(endpoints, deliveries.get(i), Duration.ofMillis(100), 100));
			}
			for (CompletableFuture<Integer> attempts : resent) {
				assertThat(attempts.get()).isPositive();
			}
			assertThat(ledger.successes()).hasSize(DELIVERIES)
				.allSatisfy((uuid, runs) -> assertThat(runs.get()).as(uuid).isEqualTo(1));
			assertThat(ledger.successfulRuns()).isEqualTo(DELIVERIES);
			assertThat(deliveries)
				.allSatisfy((delivery) -> assertThat(ledger.successes()).containsKey(delivery.uuid()));
			double suppressed = duplicatesSuppressed(a) + duplicatesSuppressed(b);
			System.out.printf("[two instances, %s] %d deliveries x 2 instances: %d x 200, %d x 409, %d x 500, "
					+ "other %d; %d simulated failures re-sent; successful listener runs: %d; duplicates suppressed: "
					+ "%.0f%n", storeName(), DELIVERIES, counts[200], counts[409], counts[500],
					2 * DELIVERIES - counts[200] - counts[409] - counts[500], FAILING, ledger.successfulRuns(),
					suppressed);
			assertThat(suppressed).isGreaterThanOrEqualTo(DELIVERIES - FAILING);
			assertThat(counts[500]).isGreaterThanOrEqualTo(FAILING);
		}
	}

	private double duplicatesSuppressed(ConfigurableApplicationContext context) {
		return context.getBean(MeterRegistry.class)
			.find("uploadcare.webhooks.deduplication.duplicates")
			.tag("store", storeName())
			.counters()
			.stream()
			.mapToDouble((counter) -> counter.count())
			.sum();
	}

	@Test
	void killingAnInstanceMidDeliveryStillEndsWithEveryDeliveryHandledOnce() throws Exception {
		int count = 40;
		Ledger ledger = new Ledger();
		List<String> properties = new ArrayList<>(storeProperties());
		properties.add("uploadcare.webhooks.deduplication.lease=2s");
		List<String> command = new ArrayList<>(
				List.of(System.getProperty("java.home") + File.separator + "bin" + File.separator + "java", "-cp",
						System.getProperty("java.class.path"), "-Xshare:auto", "-XX:TieredStopAtLevel=1",
						WebhookInstanceMain.class.getName(), "--server.port=0", "--spring.main.banner-mode=off",
						"--logging.level.root=WARN", "--uploadcare.public-key=demopublickey",
						"--uploadcare.webhooks.signing-secret=" + WebhookInstances.SECRET));
		properties.forEach((property) -> command.add("--" + property));
		Process doomed = new ProcessBuilder(command).redirectErrorStream(true).start();
		List<String> output = new CopyOnWriteArrayList<>();
		Thread reader = new Thread(() -> {
			try (BufferedReader lines = new BufferedReader(
					new InputStreamReader(doomed.getInputStream(), StandardCharsets.UTF_8))) {
				lines.lines().forEach(output::add);
			}
			catch (Exception ex) {
				// the process was killed
			}
		}, "doomed-instance-output");
		reader.setDaemon(true);
		reader.start();
		try (ConfigurableApplicationContext survivor = start(ledger)) {
			await().atMost(Duration.ofSeconds(90))
				.until(() -> output.stream().anyMatch((line) -> line.startsWith("LISTENING ")) || !doomed.isAlive());
			assertThat(doomed.isAlive()).as("the instance to kill started: %s", output).isTrue();
			int port = Integer.parseInt(output.stream()
				.filter((line) -> line.startsWith("LISTENING "))
				.findFirst()
				.orElseThrow()
				.substring("LISTENING ".length())
				.trim());
			URI doomedEndpoint = URI.create("http://127.0.0.1:" + port + "/uploadcare/webhooks");
			List<Delivery> deliveries = new ArrayList<>();
			for (int i = 0; i < count; i++) {
				Delivery delivery = WebhookInstances.delivery();
				deliveries.add(delivery);
				WebhookInstances.send(doomedEndpoint, delivery, Duration.ofSeconds(60));
			}
			await().atMost(Duration.ofSeconds(30))
				.until(() -> output.stream().filter((line) -> line.startsWith("RUNNING ")).count() == count);
			doomed.destroyForcibly().waitFor();
			// Uploadcare delivers again (the first attempts got no answer): now to the
			// survivor, which answers 409 until the dead instance's leases expire
			List<CompletableFuture<Integer>> retries = new ArrayList<>();
			List<URI> survivorOnly = List.of(WebhookInstances.endpoint(survivor));
			for (Delivery delivery : deliveries) {
				retries.add(WebhookInstances.sendUntilAccepted(survivorOnly, delivery, Duration.ofMillis(200), 100));
			}
			AtomicInteger attempts = new AtomicInteger();
			for (CompletableFuture<Integer> retry : retries) {
				attempts.addAndGet(retry.get());
			}
			assertThat(ledger.successes()).hasSize(count)
				.allSatisfy((uuid, runs) -> assertThat(runs.get()).isEqualTo(1));
			MeterRegistry meters = survivor.getBean(MeterRegistry.class);
			double takenOver = meters
				.counter("uploadcare.webhooks.deduplication.lease.expiries", "store", storeName(), "kind", "taken_over")
				.count();
			System.out.printf(
					"[kill, %s] %d deliveries in flight on the killed instance; the survivor handled "
							+ "%d once each after %d attempts; lease take-overs counted: %.0f%n",
					storeName(), count, ledger.successes().size(), attempts.get(), takenOver);
			if (countsTakeOvers()) {
				assertThat(takenOver).isEqualTo(count);
			}
		}
		finally {
			doomed.destroyForcibly();
		}
	}

	@Test
	void theEmulatorsDeliveriesWithRetriesThroughALoadBalancerAreHandledOnce() throws Exception {
		int uploads = 20;
		Ledger ledger = new Ledger();
		// every other file's first listener run fails: 500, and the emulator's retry goes
		// through the load balancer to the other instance
		ledger.failFirstRunWhen((event) -> event.file().originalFilename().startsWith("fail-"));
		try (ConfigurableApplicationContext a = start(ledger);
				ConfigurableApplicationContext b = start(ledger);
				LoadBalancer balancer = new LoadBalancer(
						List.of(WebhookInstances.endpoint(a), WebhookInstances.endpoint(b)));
				UploadcareEmulator emulator = UploadcareEmulator.builder()
					.webhookRetries(5, Duration.ofMillis(50))
					.start()) {
			UploadcareClient client = UploadcareClient.builder()
				.publicKey(emulator.publicKey())
				.secretKey(emulator.secretKey())
				.uploadBaseUrl(emulator.uploadBaseUrl())
				.restBaseUrl(emulator.restBaseUrl())
				.cdnBaseUrl(emulator.cdnBaseUrl())
				.build();
			client.webhooks()
				.create(WebhookRequest.builder(balancer.url(), WebhookEvent.FILE_UPLOADED)
					.signingSecret(WebhookInstances.SECRET)
					.build());
			List<String> uuids = new ArrayList<>();
			for (int i = 0; i < uploads; i++) {
				String name = ((i % 2 == 0) ? "fail-" : "ok-") + i + ".txt";
				uuids.add(client.uploads()
					.upload(("file " + i).getBytes(StandardCharsets.UTF_8),
							UploadOptions.builder().filename(name).build())
					.uuid());
			}
			List<WebhookDelivery> deliveries = emulator.awaitWebhookDeliveries(uploads, Duration.ofSeconds(60));
			assertThat(deliveries).hasSize(uploads).allSatisfy((delivery) -> assertThat(delivery.succeeded()).isTrue());
			assertThat(deliveries).filteredOn((delivery) -> delivery.attempts() > 1).hasSize(uploads / 2);
			assertThat(ledger.successes()).containsOnlyKeys(uuids)
				.allSatisfy((uuid, runs) -> assertThat(runs.get()).isEqualTo(1));
			assertThat(ledger.failures()).isEqualTo(uploads / 2);
		}
	}

	@Test
	void aStoreUnreachableAtStartLeavesTheAppRunningHealthDownAndDeliveries503() throws Exception {
		Ledger ledger = new Ledger();
		List<String> properties = new ArrayList<>(unreachableStoreProperties());
		try (ConfigurableApplicationContext app = WebhookInstances.start(ledger, properties.toArray(String[]::new))) {
			var health = app
				.getBean("uploadcareWebhookStoreHealthIndicator",
						org.springframework.boot.health.contributor.HealthIndicator.class)
				.health();
			assertThat(health.getStatus()).isEqualTo(org.springframework.boot.health.contributor.Status.DOWN);
			assertThat(health.getDetails()).containsEntry("store", storeName()).containsKey("error");
			int status = WebhookInstances
				.send(WebhookInstances.endpoint(app), WebhookInstances.delivery(), Duration.ofSeconds(30))
				.get();
			assertThat(status).isEqualTo(503);
			assertThat(ledger.successfulRuns()).isZero();
			assertThat(ledger.failures()).isZero();
			assertThat(app.getBean(MeterRegistry.class)
				.counter("uploadcare.webhooks.deduplication.store.errors", "store", storeName(), "operation", "claim")
				.count()).isEqualTo(1);
		}
	}

}
