package dev.ucare.client.project;

import java.util.List;

/**
 * The project the keys belong to.
 *
 * @param name project name
 * @param pubKey its public key
 * @param autostoreEnabled whether uploads with {@code store=auto} are stored
 * @param collaborators people with access
 */
public record ProjectInfo(String name, String pubKey, Boolean autostoreEnabled, List<Collaborator> collaborators) {

	public ProjectInfo {
		collaborators = collaborators == null ? List.of() : List.copyOf(collaborators);
	}

	/**
	 * @param email address @param name display name
	 */
	public record Collaborator(String email, String name) {
	}
}
