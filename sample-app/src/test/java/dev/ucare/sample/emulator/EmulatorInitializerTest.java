package dev.ucare.sample.emulator;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.io.IOException;

import dev.ucare.emulator.UploadcareEmulator;
import org.junit.jupiter.api.Test;

import org.springframework.context.support.GenericApplicationContext;
import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class EmulatorInitializerTest {

	@Test
	void withAPublicKeyTheEmulatorIsNotStarted() {
		MockEnvironment env = new MockEnvironment().withProperty("uploadcare.public-key", "realkey");
		try (GenericApplicationContext context = new GenericApplicationContext()) {
			context.setEnvironment(env);
			new EmulatorInitializer().initialize(context);
			assertThat(env.getPropertySources().contains(EmulatorInitializer.PROPERTY_SOURCE_NAME)).isFalse();
			assertThat(env.getProperty(EmulatorInitializer.EMULATOR_PROPERTY)).isNull();
			assertThat(context.getBeanFactory().containsSingleton(EmulatorInitializer.BEAN_NAME)).isFalse();
		}
	}

	@Test
	void alwaysStartsTheEmulatorEvenWithAKey() {
		MockEnvironment env = new MockEnvironment().withProperty("uploadcare.public-key", "realkey")
			.withProperty(EmulatorInitializer.ALWAYS_PROPERTY, "true");
		try (GenericApplicationContext context = new GenericApplicationContext()) {
			context.setEnvironment(env);
			new EmulatorInitializer().initialize(context);
			context.refresh();
			assertThat(env.getProperty(EmulatorInitializer.EMULATOR_PROPERTY)).isEqualTo("true");
			assertThat(context.getBean(EmulatorInitializer.BEAN_NAME)).isInstanceOf(UploadcareEmulator.class);
			// the client is pointed at the emulator by connection details, not by
			// properties
			assertThat(env.getProperty("uploadcare.public-key")).isEqualTo("realkey");
		}
	}

	@Test
	void withoutAKeyTheEmulatorRunsUntilTheContextCloses() throws Exception {
		MockEnvironment env = new MockEnvironment();
		String restBaseUrl;
		try (GenericApplicationContext context = new GenericApplicationContext()) {
			context.setEnvironment(env);
			new EmulatorInitializer().initialize(context);
			context.refresh();
			assertThat(env.getProperty(EmulatorInitializer.EMULATOR_PROPERTY)).isEqualTo("true");
			UploadcareEmulator emulator = context.getBean(UploadcareEmulator.class);
			assertThat(env.getProperty("uploadcare.public-key")).isNull();
			assertThat(env.getProperty("uploadcare.secret-key")).isNull();
			assertThat(env.getProperty("uploadcare.webhooks.signing-secret")).hasSizeBetween(16, 32);
			restBaseUrl = env.getProperty("uploadcare.emulator.rest-base-url");
			assertThat(restBaseUrl).isEqualTo(emulator.restBaseUrl().toString());
			assertThat(restBaseUrl).startsWith("http://127.0.0.1:");
			assertThat(get(restBaseUrl)).isPositive();
		}
		assertThatExceptionOfType(IOException.class).isThrownBy(() -> get(restBaseUrl));
	}

	private static int get(String url) throws IOException, InterruptedException {
		return HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.discarding())
			.statusCode();
	}

}
