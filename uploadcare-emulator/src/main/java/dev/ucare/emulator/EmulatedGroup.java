package dev.ucare.emulator;

import java.time.Instant;
import java.util.List;

/**
 * A file group.
 *
 * @param id {@code <uuid>~<N>}
 * @param publicKey owning project's public key
 * @param datetimeCreated creation time
 * @param files file references: a UUID optionally followed by {@code /-/<effects>/}
 */
public record EmulatedGroup(String id, String publicKey, Instant datetimeCreated, List<String> files) {

	/**
	 * @return the UUID of the i-th file
	 */
	public String fileUuid(int index) {
		String ref = files.get(index);
		int slash = ref.indexOf('/');
		return slash < 0 ? ref : ref.substring(0, slash);
	}

	/**
	 * @return the effects part of the i-th reference ({@code ""} when none)
	 */
	public String defaultEffects(int index) {
		String ref = files.get(index);
		int effects = ref.indexOf("/-/");
		return effects < 0 ? "" : ref.substring(effects + 3);
	}
}
