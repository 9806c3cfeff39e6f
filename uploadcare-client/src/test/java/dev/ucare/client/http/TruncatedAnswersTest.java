package dev.ucare.client.http;

import java.time.Duration;
import java.util.function.BiFunction;

import dev.ucare.client.RetrySettings;
import dev.ucare.client.UploadcareClient;
import dev.ucare.client.UploadcareNetworkException;
import dev.ucare.client.files.FileInfo;
import dev.ucare.client.testing.EmulatorClients;
import dev.ucare.client.upload.UploadSource;
import dev.ucare.emulator.UploadcareEmulator;
import dev.ucare.emulator.UploadcareEmulatorExtension;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

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

	/** A call of each API whose answer the emulator cuts short, by the path it takes. */
	enum Call {

		REST("/files/", (client, uuid) -> client.files().get(uuid)),

		UPLOAD_API("/info/", (client, uuid) -> client.uploads().info(uuid));

		final String path;

		final BiFunction<UploadcareClient, String, FileInfo> call;

		Call(String path, BiFunction<UploadcareClient, String, FileInfo> call) {
			this.path = path;
			this.call = call;
		}

	}

	@ParameterizedTest
	@EnumSource(Call.class)
	void aTruncatedAnswerIsANetworkError(Call call) {
		emulator.faults().dropConnection(1).forPaths(call.path);
		try (UploadcareClient client = EmulatorClients.builderFor(emulator).retry(RetrySettings.NONE).build()) {
			assertThatThrownBy(() -> call.call.apply(client, uuid)).isInstanceOf(UploadcareNetworkException.class)
				.hasMessageContaining("ended after");
		}
	}

	@ParameterizedTest
	@EnumSource(Call.class)
	void aTruncatedAnswerIsRetried(Call call) {
		emulator.faults().dropConnection(1).forPaths(call.path);
		try (UploadcareClient client = EmulatorClients.builderFor(emulator).retry(FAST_RETRY).build()) {
			assertThat(call.call.apply(client, uuid).uuid()).isEqualTo(uuid);
		}
		assertThat(emulator.requestLog().count(call.path)).isEqualTo(2);
	}

}
