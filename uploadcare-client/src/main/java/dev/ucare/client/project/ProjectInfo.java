package dev.ucare.client.project;

import java.util.List;

import dev.ucare.client.internal.Arguments;

import org.jspecify.annotations.Nullable;

/**
 * The project the keys belong to.
 *
 * @param name project name
 * @param pubKey its public key
 * @param autostoreEnabled whether uploads with {@code store=auto} are stored;
 * {@code null} when the answer did not say
 * @param collaborators people with access
 */
public record ProjectInfo(String name, String pubKey, @Nullable Boolean autostoreEnabled,
		List<Collaborator> collaborators) {

	/**
	 * The project; {@code null} collaborators read as none.
	 * @throws IllegalArgumentException when {@code name} or {@code pubKey} is
	 * {@code null}
	 */
	public ProjectInfo(String name, String pubKey, @Nullable Boolean autostoreEnabled,
			@Nullable List<Collaborator> collaborators) {
		this.name = Arguments.notNull(name, "name");
		this.pubKey = Arguments.notNull(pubKey, "pubKey");
		this.autostoreEnabled = autostoreEnabled;
		this.collaborators = (collaborators != null) ? List.copyOf(collaborators) : List.of();
	}

	/**
	 * @param email address, or {@code null} when not shown
	 * @param name display name, or {@code null} when not shown
	 */
	public record Collaborator(@Nullable String email, @Nullable String name) {
	}
}
