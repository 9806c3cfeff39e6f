package dev.ucare.client.testing;

import java.time.Duration;

import dev.ucare.client.RetrySettings;
import dev.ucare.client.UploadcareClient;
import dev.ucare.client.WaitSettings;
import dev.ucare.emulator.UploadcareEmulator;

/** Clients pointed at an emulator, for tests over real HTTP. */
public final class EmulatorClients {

	/**
	 * Polls every 10–50 ms, for at most 10 s: the emulator's jobs finish within tens of
	 * milliseconds.
	 */
	public static final WaitSettings FAST_WAIT = new WaitSettings(Duration.ofMillis(10), Duration.ofMillis(50), 1.5,
			Duration.ofSeconds(10));

	private EmulatorClients() {
	}

	/**
	 * A builder with the emulator's keys and its Upload API, REST API and CDN base URLs.
	 */
	public static UploadcareClient.Builder builderFor(UploadcareEmulator emulator) {
		return UploadcareClient.builder()
			.publicKey(emulator.publicKey())
			.secretKey(emulator.secretKey())
			.uploadBaseUrl(emulator.uploadBaseUrl())
			.restBaseUrl(emulator.restBaseUrl())
			.cdnBaseUrl(emulator.cdnBaseUrl());
	}

	/**
	 * An emulator whose jobs (conversions, add-ons, from-URL fetches) take 100 ms: long
	 * enough to be seen pending, short enough to wait for.
	 */
	public static UploadcareEmulator startForJobs() {
		return UploadcareEmulator.builder().jobDelay(Duration.ofMillis(100)).start();
	}

	/**
	 * A client of {@code emulator} that does not retry and waits for jobs with
	 * {@link #FAST_WAIT}.
	 */
	public static UploadcareClient jobsClient(UploadcareEmulator emulator) {
		return builderFor(emulator).retry(RetrySettings.NONE).jobWait(FAST_WAIT).build();
	}

}
