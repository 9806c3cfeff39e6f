package dev.ucare.emulator.spring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.ApplicationEventMulticaster;
import org.springframework.context.support.AbstractApplicationContext;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.test.context.junit.jupiter.SpringJUnitConfig;

import dev.ucare.emulator.UploadcareEmulator;
import dev.ucare.testsupport.DirectMulticaster;

@SpringJUnitConfig(SpringGlueTest.Config.class)
@AutoConfigureUploadcareEmulator
class SpringGlueTest {

	@Configuration
	static class Config {

	}

	@Autowired
	UploadcareEmulator uploadcareEmulator;

	@Value("${uploadcare.emulator.rest-base-url}")
	String restBaseUrl;

	@Autowired
	Environment environment;

	@Test
	void theEmulatorIsABeanAndItsUrlsArePropertiesUnderItsOwnPrefix() throws Exception {
		assertThat(restBaseUrl).isEqualTo(uploadcareEmulator.restBaseUrl().toString());
		assertThat(environment.getProperty("uploadcare.emulator.public-key")).isEqualTo("demopublickey");
		assertThat(environment.getProperty("uploadcare.emulator.upload-base-url"))
			.isEqualTo(uploadcareEmulator.uploadBaseUrl().toString());
		assertThat(environment.getProperty("uploadcare.emulator.cdn-base-url"))
			.isEqualTo(uploadcareEmulator.cdnBaseUrl().toString());
		assertThat(UploadcareEmulatorProperties.asMap(uploadcareEmulator)).containsOnlyKeys(
				UploadcareEmulatorProperties.PUBLIC_KEY, UploadcareEmulatorProperties.UPLOAD_BASE_URL,
				UploadcareEmulatorProperties.REST_BASE_URL, UploadcareEmulatorProperties.CDN_BASE_URL);
		assertThat(status(restBaseUrl)).isPositive();
	}

	@Test
	void noPropertyOfTheUploadcareClientIsWritten() {
		// the client is pointed at the emulator by connection details, so that these keep
		// the application's values
		assertThat(environment.getProperty("uploadcare.public-key")).isNull();
		assertThat(environment.getProperty("uploadcare.secret-key")).isNull();
		assertThat(environment.getProperty("uploadcare.upload.base-url")).isNull();
		assertThat(environment.getProperty("uploadcare.rest.base-url")).isNull();
		assertThat(environment.getProperty("uploadcare.cdn.base-url")).isNull();
		assertThat(environment.getProperty("uploadcare.emulator.secret-key")).isNull();
	}

	@Test
	void theEmulatorIsClosedWithItsContext() throws Exception {
		String url;
		try (GenericApplicationContext context = new GenericApplicationContext()) {
			new UploadcareEmulatorContextCustomizerFactory().createContextCustomizer(SpringGlueTest.class, List.of())
				.customizeContext(context, null);
			context.refresh();
			url = context.getEnvironment().getProperty(UploadcareEmulatorProperties.REST_BASE_URL);
			assertThat(context.getBean(UploadcareEmulator.class).restBaseUrl()).hasToString(url);
			assertThat(status(url)).isPositive();
		}
		assertThatExceptionOfType(IOException.class).isThrownBy(() -> status(url));
	}

	@Test
	void aMulticasterThatCallsEveryListenerDirectlyDeliversOtherEventsWithoutAClassCastException() throws Exception {
		// like Spring Modulith's PersistentApplicationEventMulticaster: no catching of a
		// listener's ClassCastException, so a listener must declare the events it takes
		String url;
		try (GenericApplicationContext context = new GenericApplicationContext()) {
			context.registerBean(AbstractApplicationContext.APPLICATION_EVENT_MULTICASTER_BEAN_NAME,
					ApplicationEventMulticaster.class, DirectMulticaster::new);
			new UploadcareEmulatorContextCustomizerFactory().createContextCustomizer(SpringGlueTest.class, List.of())
				.customizeContext(context, null);
			context.refresh();
			context.publishEvent(new Object());
			url = context.getEnvironment().getProperty(UploadcareEmulatorProperties.REST_BASE_URL);
			assertThat(status(url)).isPositive();
		}
		assertThatExceptionOfType(IOException.class).isThrownBy(() -> status(url));
	}

	@Test
	void classesWithoutTheAnnotationGetNoEmulator() {
		assertThat(new UploadcareEmulatorContextCustomizerFactory().createContextCustomizer(Config.class, List.of()))
			.isNull();
	}

	private static int status(String url) throws IOException, InterruptedException {
		return HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.discarding())
			.statusCode();
	}

}
