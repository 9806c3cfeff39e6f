package dev.ucare.starter;

import dev.ucare.client.UploadcareClient;
import dev.ucare.client.files.FileOperations;
import dev.ucare.client.project.ProjectInfo;
import dev.ucare.client.upload.UploadOperations;
import dev.ucare.emulator.UploadcareEmulator;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A new Boot application with only the starter and the two keys injects a working
 * {@link UploadcareClient} (the base URLs point at an emulator here so that nothing
 * leaves the machine).
 */
@SpringBootTest(classes = StarterTests.App.class)
class StarterTests {

	private static final UploadcareEmulator EMULATOR = UploadcareEmulator.start();

	@DynamicPropertySource
	static void uploadcare(DynamicPropertyRegistry registry) {
		registry.add("uploadcare.public-key", EMULATOR::publicKey);
		registry.add("uploadcare.secret-key", EMULATOR::secretKey);
		registry.add("uploadcare.rest.base-url", EMULATOR::restBaseUrl);
		registry.add("uploadcare.upload.base-url", EMULATOR::uploadBaseUrl);
	}

	@AfterAll
	static void stop() {
		EMULATOR.close();
	}

	@Autowired
	private UploadcareClient client;

	@Autowired
	private UploadOperations uploads;

	@Autowired
	private FileOperations files;

	@Test
	void twoPropertiesGiveAWorkingClient() {
		ProjectInfo project = client.project().get();
		assertThat(project.pubKey()).isEqualTo(EMULATOR.publicKey());
		String uuid = uploads.upload("hello".getBytes()).uuid();
		assertThat(files.get(uuid).size()).isEqualTo(5);
	}

	@SpringBootApplication
	static class App {

	}

}
