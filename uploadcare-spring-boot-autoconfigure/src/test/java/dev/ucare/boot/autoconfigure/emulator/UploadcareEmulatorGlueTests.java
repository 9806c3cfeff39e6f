package dev.ucare.boot.autoconfigure.emulator;

import dev.ucare.boot.autoconfigure.UploadcareConnectionDetails;
import dev.ucare.client.UploadcareClient;
import dev.ucare.client.files.FileInfo;
import dev.ucare.client.files.FileOperations;
import dev.ucare.client.upload.UploadOperations;
import dev.ucare.emulator.UploadcareEmulator;
import dev.ucare.emulator.spring.AutoConfigureUploadcareEmulator;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link AutoConfigureUploadcareEmulator} in a Spring Boot application with the starter:
 * the emulator's connection details, not properties, point the client at it.
 */
class UploadcareEmulatorGlueTests {

	@Nested
	@SpringBootTest(classes = App.class,
			properties = { "uploadcare.public-key=pk-of-the-application", "uploadcare.secret-key=sk-of-the-application",
					"uploadcare.rest.base-url=http://127.0.0.1:9/", "uploadcare.upload.base-url=http://127.0.0.1:9/" })
	@AutoConfigureUploadcareEmulator
	class WithTheApplicationsProperties {

		@Autowired
		UploadcareEmulator emulator;

		@Autowired
		UploadcareClient client;

		@Autowired
		UploadOperations uploads;

		@Autowired
		FileOperations files;

		@Autowired
		Environment environment;

		@Test
		void theClientTalksToTheEmulatorWhileThePropertiesKeepTheirValues() {
			assertThat(client.publicKey()).isEqualTo(emulator.publicKey());
			FileInfo file = uploads.upload("hello".getBytes());
			assertThat(files.get(file.uuid()).uuid()).isEqualTo(file.uuid());
			assertThat(emulator.file(file.uuid())).isPresent();
			assertThat(environment.getProperty("uploadcare.public-key")).isEqualTo("pk-of-the-application");
			assertThat(environment.getProperty("uploadcare.emulator.rest-base-url"))
				.isEqualTo(emulator.restBaseUrl().toString());
		}

	}

	@Nested
	@SpringBootTest(classes = { App.class, OwnDetails.class })
	@AutoConfigureUploadcareEmulator
	class WithTheApplicationsOwnConnectionDetails {

		@Autowired
		UploadcareClient client;

		@Autowired
		UploadcareConnectionDetails details;

		@Test
		void theApplicationsBeanWins() {
			assertThat(details).isNotInstanceOf(EmulatorUploadcareConnectionDetails.class);
			assertThat(client.publicKey()).isEqualTo("pk-from-a-vault");
		}

	}

	@SpringBootConfiguration
	@EnableAutoConfiguration
	static class App {

	}

	static class OwnDetails {

		@Bean
		UploadcareConnectionDetails vaultConnectionDetails() {
			return () -> "pk-from-a-vault";
		}

	}

}
