package dev.ucare.emulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.ucare.emulator.state.Settings;

/** The standalone jar's flags: one per builder option, {@code --help}, clear errors. */
class MainTest {

	static final List<String> FLAGS = List.of("--host", "--port", "--upload-port", "--rest-port", "--cdn-port",
			"--public-key", "--secret-key", "--project", "--signed-uploads-required", "--autostore", "--job-delay",
			"--webhook-retries", "--webhook-retry-delay", "--unstored-file-ttl", "--refuse-simple-auth-over-http",
			"--allow-non-loopback-urls", "--request-log-size", "--memory-budget", "--disk-budget", "--read-timeout",
			"--max-header-size", "--help");

	@Test
	void helpListsEveryFlagAndExitsZero() throws Exception {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		int status = Main.run(new String[] { "--help" }, new PrintStream(out, true, StandardCharsets.UTF_8),
				new PrintStream(err, true, StandardCharsets.UTF_8));
		assertThat(status).isZero();
		String help = out.toString(StandardCharsets.UTF_8);
		assertThat(help).startsWith("Uploadcare emulator");
		for (String flag : FLAGS) {
			assertThat(help).contains("  " + flag);
		}
		assertThat(err.toString(StandardCharsets.UTF_8)).isEmpty();
	}

	@Test
	void badFlagsExitTwoWithAMessageNamingTheFlag() throws Exception {
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		int status = Main.run(new String[] { "--jobdelay", "5" }, new PrintStream(new ByteArrayOutputStream()),
				new PrintStream(err, true, StandardCharsets.UTF_8));
		assertThat(status).isEqualTo(2);
		assertThat(err.toString(StandardCharsets.UTF_8)).contains("unknown option --jobdelay").contains("--help");

		assertThatIllegalArgumentException().isThrownBy(() -> Main.parse("--job-delay", "soon"))
			.withMessageContaining("--job-delay needs a duration");
		assertThatIllegalArgumentException().isThrownBy(() -> Main.parse("--memory-budget", "lots"))
			.withMessageContaining("--memory-budget needs a size");
		assertThatIllegalArgumentException().isThrownBy(() -> Main.parse("--port", "70000"))
			.withMessageContaining("between 0 and 65535");
		assertThatIllegalArgumentException().isThrownBy(() -> Main.parse("--project", "nocolon"))
			.withMessageContaining("PUBLIC:SECRET");
		assertThatIllegalArgumentException().isThrownBy(() -> Main.parse("--autostore", "maybe"))
			.withMessageContaining("--autostore needs true or false");
		assertThatIllegalArgumentException().isThrownBy(() -> Main.parse("--webhook-retries"))
			.withMessageContaining("--webhook-retries needs a value");
		assertThatIllegalArgumentException().isThrownBy(() -> Main.parse("--signed-uploads-required=yes"))
			.withMessageContaining("takes no value");
		assertThatIllegalArgumentException().isThrownBy(() -> Main.parse("--read-timeout", "0s"))
			.withMessageContaining("read timeout must be positive");
	}

	@Test
	void everyFlagReachesTheEmulator() {
		Main.Options options = Main.parse("--public-key", "pk1", "--secret-key", "sk1", "--project", "pk2:sk2",
				"--signed-uploads-required", "--autostore=false", "--job-delay", "0ms", "--webhook-retries", "5",
				"--webhook-retry-delay", "250ms", "--unstored-file-ttl", "1h", "--refuse-simple-auth-over-http",
				"--allow-non-loopback-urls", "--request-log-size", "2", "--memory-budget", "64k", "--disk-budget", "1m",
				"--read-timeout", "PT2S", "--max-header-size", "2k", "--host", "127.0.0.1");
		try (UploadcareEmulator emulator = options.builder().start()) {
			Settings settings = emulator.settings();
			assertThat(settings.projects()).extracting(Project::publicKey).containsExactly("pk1", "pk2");
			assertThat(settings.projects()).allMatch(p -> !p.autostoreEnabled());
			assertThat(settings.signedUploadsRequired()).isTrue();
			assertThat(settings.jobDelay()).isZero();
			assertThat(settings.webhookAttempts()).isEqualTo(5);
			assertThat(settings.webhookRetryDelay()).isEqualTo(Duration.ofMillis(250));
			assertThat(settings.unstoredTtl()).isEqualTo(Duration.ofHours(1));
			assertThat(settings.refuseSimpleAuthOverHttp()).isTrue();
			assertThat(settings.allowNonLoopbackUrls()).isTrue();
			assertThat(settings.readTimeout()).isEqualTo(Duration.ofSeconds(2));
			assertThat(emulator.requestLog().capacity()).isEqualTo(2);
			assertThat(emulator.storage().memoryBudget()).isEqualTo(64 * 1024);
			assertThat(emulator.storage().diskBudget()).isEqualTo(1024 * 1024);

			// and they act: unsigned uploads are refused, signed ones follow
			// autostore=false
			TestHttp http = new TestHttp(emulator);
			TestHttp.Response unsigned = http.upload("/base/", new TestHttp.Form().field("UPLOADCARE_PUB_KEY", "pk2")
				.file("file", "a.txt", "text/plain", "a".getBytes()));
			assertThat(unsigned.status()).isEqualTo(400);
			String expire = Long.toString(Instant.now().getEpochSecond() + 600);
			TestHttp.Response signed = http.upload("/base/",
					new TestHttp.Form().field("UPLOADCARE_PUB_KEY", "pk2")
						.field("UPLOADCARE_STORE", "auto")
						.field("expire", expire)
						.field("signature", TestHttp.hmac("HmacSHA256", "sk2", expire))
						.file("file", "a.txt", "text/plain", "a".getBytes()));
			assertThat(signed.status()).isEqualTo(200);
			assertThat(emulator.file(signed.json().get("file").asString()).orElseThrow().isStored()).isFalse();
			TestHttp.Response simple = http.send(HttpRequest.newBuilder(emulator.restBaseUrl().resolve("/files/"))
				.header("Accept", TestHttp.ACCEPT)
				.header("Authorization", "Uploadcare.Simple pk1:sk1")
				.build());
			assertThat(simple.status()).isEqualTo(400);
			assertThat(http
				.send(HttpRequest.newBuilder(emulator.cdnBaseUrl().resolve("/x/"))
					.header("X-Big", "y".repeat(3000))
					.build())
				.status()).isEqualTo(431);
		}
	}

	@Test
	void portFlagsBindTheThreeListeners() {
		try (UploadcareEmulator emulator = Main.parse("--port", "0").builder().start()) {
			assertThat(emulator.uploadBaseUrl().getPort()).isPositive();
		}
		Main.Options split = Main.parse("--upload-port", "0", "--rest-port", "0", "--cdn-port", "0");
		try (UploadcareEmulator emulator = split.builder().start()) {
			assertThat(List.of(emulator.uploadBaseUrl().getPort(), emulator.restBaseUrl().getPort(),
					emulator.cdnBaseUrl().getPort()))
				.doesNotHaveDuplicates();
		}
	}

	@Test
	void durationsAndSizes() {
		assertThat(Main.duration("--x", "500ms")).isEqualTo(Duration.ofMillis(500));
		assertThat(Main.duration("--x", "2s")).isEqualTo(Duration.ofSeconds(2));
		assertThat(Main.duration("--x", "5m")).isEqualTo(Duration.ofMinutes(5));
		assertThat(Main.duration("--x", "24h")).isEqualTo(Duration.ofHours(24));
		assertThat(Main.duration("--x", "1d")).isEqualTo(Duration.ofDays(1));
		assertThat(Main.size("--x", "65536")).isEqualTo(65536);
		assertThat(Main.size("--x", "64k")).isEqualTo(65536);
		assertThat(Main.size("--x", "256M")).isEqualTo(256L << 20);
		assertThat(Main.size("--x", "10g")).isEqualTo(10L << 30);
	}

}
