package dev.ucare.sample.emulator;

import dev.ucare.boot.autoconfigure.UploadcareConnectionDetails;
import dev.ucare.client.UploadcareClient;
import dev.ucare.client.project.ProjectOperations;
import dev.ucare.emulator.UploadcareEmulator;
import dev.ucare.sample.SampleMode;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.env.Environment;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * In emulator mode the sample app's client talks to the embedded emulator through the
 * starter's connection details, even with keys of a real project in the properties.
 */
@SpringBootTest(
		properties = { "uploadcare.public-key=pk-of-a-real-project", "uploadcare.secret-key=sk-of-a-real-project" })
class EmulatorConnectionTest {

	@Autowired
	UploadcareEmulator emulator;

	@Autowired
	UploadcareClient client;

	@Autowired
	ProjectOperations project;

	@Autowired
	UploadcareConnectionDetails connection;

	@Autowired
	SampleMode mode;

	@Autowired
	Environment env;

	@Test
	void theClientUsesTheEmulatorsKeysAndUrls() {
		assertThat(client.publicKey()).isEqualTo(emulator.publicKey());
		assertThat(project.get().pubKey()).isEqualTo(emulator.publicKey());
		assertThat(connection.getRestBaseUrl()).isEqualTo(emulator.restBaseUrl());
		assertThat(mode.emulator()).isTrue();
		assertThat(mode.restBaseUrl()).isEqualTo(emulator.restBaseUrl().toString());
		assertThat(mode.uploadBaseUrl()).isEqualTo(emulator.uploadBaseUrl().toString());
		assertThat(env.getProperty("uploadcare.public-key")).isEqualTo("pk-of-a-real-project");
	}

}
