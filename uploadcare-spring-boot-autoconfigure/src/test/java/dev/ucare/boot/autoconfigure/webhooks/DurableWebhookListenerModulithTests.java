package dev.ucare.boot.autoconfigure.webhooks;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.scheduling.annotation.EnableAsync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * {@code uploadcare.webhooks.publication=transactional} with Spring Modulith's JDBC event
 * publication registry: an {@code @ApplicationModuleListener} runs after the endpoint
 * answered 200, and a publication left incomplete (its listener failed, then the instance
 * stopped) is resubmitted when the application starts again, read back from its JSON
 * form. Runs in its own Surefire execution, the only one with Spring Modulith on the
 * class path.
 */
class DurableWebhookListenerModulithTests {

	static final String SECRET = "modulith-secret";

	static final List<UploadcareWebhookEvent> handled = new CopyOnWriteArrayList<>();

	static final AtomicBoolean fail = new AtomicBoolean();

	static final AtomicInteger failures = new AtomicInteger();

	/** Runs of the listener that did not fail on purpose, counted as they start. */
	static final AtomicInteger runs = new AtomicInteger();

	static volatile CountDownLatch gate = new CountDownLatch(0);

	private final String database = "jdbc:h2:mem:modulith-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";

	@BeforeEach
	void reset() {
		handled.clear();
		fail.set(false);
		failures.set(0);
		runs.set(0);
		gate = new CountDownLatch(0);
	}

	private ConfigurableApplicationContext start(String... extra) {
		String[] args = { "--server.port=0", "--spring.main.banner-mode=off", "--uploadcare.public-key=demopublickey",
				"--uploadcare.webhooks.signing-secret=" + SECRET, "--uploadcare.webhooks.publication=transactional",
				"--uploadcare.webhooks.deduplication.store=jdbc", "--spring.datasource.url=" + database,
				"--spring.modulith.events.jdbc.schema-initialization.enabled=true",
				"--uploadcare.webhooks.security.filter-chain=true" };
		String[] all = new String[args.length + extra.length];
		System.arraycopy(args, 0, all, 0, args.length);
		System.arraycopy(extra, 0, all, args.length, extra.length);
		return new SpringApplication(App.class).run(all);
	}

	private static int deliver(ConfigurableApplicationContext context, byte[] body) throws Exception {
		int port = ((WebServerApplicationContext) context).getWebServer().getPort();
		return new WebhookDeliveries(port).postSigned(body, SECRET).statusCode();
	}

	private static int publications(ConfigurableApplicationContext context) {
		return context.getBean(JdbcTemplate.class)
			.queryForObject("SELECT COUNT(*) FROM EVENT_PUBLICATION", Integer.class);
	}

	private static int incomplete(ConfigurableApplicationContext context) {
		return context.getBean(JdbcTemplate.class)
			.queryForObject("SELECT COUNT(*) FROM EVENT_PUBLICATION WHERE COMPLETION_DATE IS NULL", Integer.class);
	}

	@Test
	void theEndpointAnswers200BeforeTheListenerRan() throws Exception {
		try (ConfigurableApplicationContext context = start()) {
			gate = new CountDownLatch(1);
			String uuid = UUID.randomUUID().toString();
			assertThat(deliver(context, WebhookBodies.body("file.uploaded", uuid))).isEqualTo(200);
			assertThat(handled).isEmpty(); // the listener waits for the gate
			assertThat(incomplete(context)).isEqualTo(1);
			gate.countDown();
			await().atMost(Duration.ofSeconds(10)).until(() -> handled.size() == 1);
			assertThat(handled.get(0).payload().data().uuid()).isEqualTo(uuid);
			await().atMost(Duration.ofSeconds(10)).until(() -> incomplete(context) == 0);
		}
	}

	@Test
	void aPublicationLeftIncompleteIsResubmittedOnRestart() throws Exception {
		String uuid = UUID.randomUUID().toString();
		try (ConfigurableApplicationContext first = start()) {
			fail.set(true);
			assertThat(deliver(first, WebhookBodies.body("file.uploaded", uuid))).isEqualTo(200);
			await().atMost(Duration.ofSeconds(10)).until(() -> incomplete(first) == 1 && failures.get() >= 1);
			assertThat(handled).isEmpty();
		}
		fail.set(false);
		try (ConfigurableApplicationContext second = start(
				"--spring.modulith.events.republish-outstanding-events-on-restart=true")) {
			await().atMost(Duration.ofSeconds(10)).until(() -> handled.size() == 1);
			UploadcareWebhookEvent event = handled.get(0);
			assertThat(event).isInstanceOf(FileUploadedEvent.class);
			assertThat(event.payload().data().uuid()).isEqualTo(uuid);
			assertThat(event.isVerified()).isTrue();
			await().atMost(Duration.ofSeconds(10)).until(() -> incomplete(second) == 0);
			int publications = publications(second);
			// Uploadcare's own retry of that delivery is a duplicate: not published
			// again.
			// A publication would be registered before the 200 and stay incomplete until
			// its listener ran, so once the registry is idle again any second run is
			// seen.
			assertThat(deliver(second, WebhookBodies.body("file.uploaded", uuid))).isEqualTo(200);
			await().atMost(Duration.ofSeconds(10)).until(() -> incomplete(second) == 0);
			assertThat(publications(second)).isEqualTo(publications);
			assertThat(runs).hasValue(1);
			assertThat(handled).hasSize(1);
		}
	}

	@SpringBootConfiguration
	@EnableAutoConfiguration
	@EnableAsync
	static class App {

		@Bean
		DurableListener durableListener() {
			return new DurableListener();
		}

	}

	static class DurableListener {

		@ApplicationModuleListener
		void on(FileUploadedEvent event) throws InterruptedException {
			if (fail.get()) {
				failures.incrementAndGet();
				throw new IllegalStateException("listener failed on purpose");
			}
			runs.incrementAndGet();
			gate.await(10, TimeUnit.SECONDS);
			handled.add(event);
		}

	}

}
