package dev.ucare.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The JDK server's Nagle delays (~40 ms per small response) are not part of what the
 * emulator emulates.
 */
class NoDelayTest {

	@Test
	void serversRunWithTcpNoDelay() {
		try (UploadcareEmulator emulator = UploadcareEmulator.start()) {
			assertThat(emulator.uploadBaseUrl()).isNotNull();
			assertThat(System.getProperty(UploadcareEmulator.NO_DELAY)).isEqualTo("true");
		}
	}

}
