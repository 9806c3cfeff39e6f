package dev.ucare.client.addons;

import dev.ucare.client.internal.Arguments;

/**
 * An add-on execution accepted by the server.
 *
 * @param addon the add-on
 * @param requestId the id to ask {@code status} about
 */
public record AddonJob(Addon addon, String requestId) {

	/**
	 * @throws IllegalArgumentException when {@code addon} or {@code requestId} is
	 * {@code null}
	 */
	public AddonJob {
		Arguments.notNull(addon, "addon");
		Arguments.notNull(requestId, "requestId");
	}

}
