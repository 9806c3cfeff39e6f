package dev.ucare.boot.autoconfigure;

import java.util.Map;

import dev.ucare.emulator.UploadcareEmulator;

/**
 * An emulator's keys and base URLs as {@code uploadcare.*} property values, for
 * {@code ApplicationContextRunner.withPropertyValues}.
 */
public final class EmulatorPropertyValues {

	private EmulatorPropertyValues() {
	}

	/**
	 * @param emulator a running emulator
	 * @return {@code name=value} pairs for
	 * {@code ApplicationContextRunner.withPropertyValues}
	 */
	public static String[] of(UploadcareEmulator emulator) {
		return pairs(emulator.properties());
	}

	/**
	 * @param properties values by property name
	 * @return {@code name=value} pairs for
	 * {@code ApplicationContextRunner.withPropertyValues}
	 */
	public static String[] pairs(Map<String, String> properties) {
		return properties.entrySet()
			.stream()
			.map((entry) -> entry.getKey() + "=" + entry.getValue())
			.toArray(String[]::new);
	}

	/**
	 * The public key and the Upload and REST API base URLs of an emulator, for tests of
	 * what the secret key (add {@link #secretKey(UploadcareEmulator)}) or the CDN
	 * settings change.
	 * @param emulator a running emulator
	 * @return {@code name=value} pairs
	 */
	public static String[] withoutSecretKey(UploadcareEmulator emulator) {
		return new String[] { "uploadcare.public-key=" + emulator.publicKey(),
				"uploadcare.upload.base-url=" + emulator.uploadBaseUrl(),
				"uploadcare.rest.base-url=" + emulator.restBaseUrl() };
	}

	/**
	 * @param emulator a running emulator
	 * @return the {@code uploadcare.secret-key=} pair of its secret key
	 */
	public static String secretKey(UploadcareEmulator emulator) {
		return "uploadcare.secret-key=" + emulator.secretKey();
	}

	/**
	 * @return retries after 1 ms to 5 ms, so that tests of retried calls stay fast
	 */
	public static String[] fastRetries() {
		return new String[] { "uploadcare.retry.initial-delay=1ms", "uploadcare.retry.max-delay=5ms" };
	}

}
