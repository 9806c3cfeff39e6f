package dev.ucare.boot.autoconfigure;

import dev.ucare.emulator.UploadcareEmulator;

/** An emulator's keys and base URLs as {@code uploadcare.*} property values. */
public final class EmulatorPropertyValues {

	private EmulatorPropertyValues() {
	}

	/**
	 * @param emulator a running emulator
	 * @return {@code name=value} pairs for
	 * {@code ApplicationContextRunner.withPropertyValues}
	 */
	public static String[] of(UploadcareEmulator emulator) {
		return emulator.properties()
			.entrySet()
			.stream()
			.map((entry) -> entry.getKey() + "=" + entry.getValue())
			.toArray(String[]::new);
	}

}
