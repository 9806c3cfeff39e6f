package dev.ucare.client;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import dev.ucare.client.testing.EmulatorClients;
import dev.ucare.emulator.UploadcareEmulator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.RestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * The builder's HTTP settings: one path whatever {@code RestClient.Builder} the client
 * starts from.
 */
class HttpSettingsTest {

	private static UploadcareEmulator emulator;

	@BeforeAll
	static void start() {
		emulator = UploadcareEmulator.start();
	}

	@AfterAll
	static void stop() {
		emulator.close();
	}

	@AfterEach
	void reset() {
		emulator.reset();
	}

	@Test
	void defaultsAreTenSecondsToConnectAndSixtyToRead() {
		assertThat(HttpSettings.DEFAULTS).isEqualTo(new HttpSettings(Duration.ofSeconds(10), Duration.ofSeconds(60)));
	}

	@Test
	void timeoutsMustBePositive() {
		assertThatIllegalArgumentException().isThrownBy(() -> UploadcareClient.builder().readTimeout(Duration.ZERO))
			.withMessageContaining("readTimeout");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> UploadcareClient.builder().connectTimeout(Duration.ofSeconds(-1)))
			.withMessageContaining("connectTimeout");
	}

	@Test
	void theReadTimeoutAppliesWithTheDefaultHttpClient() {
		emulator.faults().latency(Duration.ofSeconds(2));
		UploadcareClient client = EmulatorClients.builderFor(emulator)
			.retry(RetrySettings.NONE)
			.readTimeout(Duration.ofMillis(200))
			.build();
		assertThatExceptionOfType(UploadcareNetworkException.class).isThrownBy(() -> client.project().get());
	}

	@Test
	void theReadTimeoutAppliesWithASuppliedRestClientBuilder() {
		emulator.faults().latency(Duration.ofSeconds(2));
		UploadcareClient client = EmulatorClients.builderFor(emulator)
			.retry(RetrySettings.NONE)
			.restClientBuilder(RestClient.builder())
			.readTimeout(Duration.ofMillis(200))
			.build();
		assertThatExceptionOfType(UploadcareNetworkException.class).isThrownBy(() -> client.project().get());
	}

	@Test
	void theRequestFactoryIsMadeOnceFromTheSettingsOnTheFirstRequest() {
		List<HttpSettings> made = new CopyOnWriteArrayList<>();
		UploadcareClient client = EmulatorClients.builderFor(emulator)
			.restClientBuilder(RestClient::builder)
			.connectTimeout(Duration.ofSeconds(3))
			.requestFactory((settings) -> {
				made.add(settings);
				return new JdkClientHttpRequestFactory();
			})
			.build();
		assertThat(made).isEmpty();
		client.project().get();
		client.uploads().upload("hi".getBytes());
		client.project().get();
		assertThat(made).containsExactly(new HttpSettings(Duration.ofSeconds(3), Duration.ofSeconds(60)));
	}

	@Test
	void changingTheBuilderAfterBuildDoesNotChangeTheClient() {
		List<HttpSettings> made = new CopyOnWriteArrayList<>();
		UploadcareClient.Builder builder = EmulatorClients.builderFor(emulator).requestFactory((settings) -> {
			made.add(settings);
			return new JdkClientHttpRequestFactory();
		});
		UploadcareClient client = builder.build();
		builder.readTimeout(Duration.ofMillis(1)).requestFactory((settings) -> {
			throw new AssertionError("not this one");
		});
		client.project().get();
		assertThat(made).containsExactly(HttpSettings.DEFAULTS);
	}

}
