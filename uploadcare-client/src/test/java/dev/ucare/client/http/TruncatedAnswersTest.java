package dev.ucare.client.http;

import java.time.Duration;

import dev.ucare.client.RetrySettings;
import dev.ucare.client.UploadcareClient;
import dev.ucare.client.UploadcareNetworkException;
import dev.ucare.client.files.FileInfo;
import dev.ucare.client.testing.EmulatorClients;
import dev.ucare.client.upload.UploadSource;
import dev.ucare.emulator.UploadcareEmulator;
import dev.ucare.emulator.UploadcareEmulatorExtension;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * An answer cut short (the emulator announces a 4 KiB body, sends a few bytes and closes
 * the connection) is a network error, retried like one, on the REST and Upload APIs:
 * never a short body read as if it were whole (which failed as "not JSON", was not
 * retried, and lost a multipart part).
 */
class TruncatedAnswersTest {

	private static final RetrySettings FAST_RETRY = new RetrySettings(2, Duration.ofMillis(5), 2.0,
			Duration.ofMillis(20));

	@RegisterExtension
	static UploadcareEmulatorExtension uploadcare = UploadcareEmulatorExtension.builder().build();

	private UploadcareEmulator emulator;

	private String uuid;

	@BeforeEach
	void upload() {
		emulator = uploadcare.emulator();
		try (UploadcareClient client = EmulatorClients.builderFor(emulator).build()) {
			uuid = client.uploads().uploadForUuid(UploadSource.of("x".getBytes(), "x.txt"));
		}
	}

	@Test
	void aTruncatedRestAnswerIsANetworkError() {
		emulator.faults().dropConnection(1).forPaths("/files/");
		try (UploadcareClient client = EmulatorClients.builderFor(emulator).retry(RetrySettings.NONE).build()) {
			assertThatThrownBy(() -> client.files().get(uuid)).isInstanceOf(UploadcareNetworkException.class)
				.hasMessageContaining("ended after");
		}
	}

	@Test
	void aTruncatedRestAnswerIsRetried() {
		emulator.faults().dropConnection(1).forPaths("/files/");
		try (UploadcareClient client = EmulatorClients.builderFor(emulator).retry(FAST_RETRY).build()) {
			FileInfo file = client.files().get(uuid);
			assertThat(file.uuid()).isEqualTo(uuid);
		}
		assertThat(emulator.requestLog().count("/files/")).isEqualTo(2);
	}

	@Test
	void aTruncatedUploadApiAnswerIsANetworkError() {
		emulator.faults().dropConnection(1).forPaths("/info/");
		try (UploadcareClient client = EmulatorClients.builderFor(emulator).retry(RetrySettings.NONE).build()) {
			assertThatThrownBy(() -> client.uploads().info(uuid)).isInstanceOf(UploadcareNetworkException.class)
				.hasMessageContaining("ended after");
		}
	}

	@Test
	void aTruncatedUploadApiAnswerIsRetried() {
		emulator.faults().dropConnection(1).forPaths("/info/");
		try (UploadcareClient client = EmulatorClients.builderFor(emulator).retry(FAST_RETRY).build()) {
			assertThat(client.uploads().info(uuid).uuid()).isEqualTo(uuid);
		}
		assertThat(emulator.requestLog().count("/info/")).isEqualTo(2);
	}

}
