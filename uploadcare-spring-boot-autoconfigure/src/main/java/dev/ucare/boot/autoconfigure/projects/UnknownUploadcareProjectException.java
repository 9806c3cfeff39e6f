package dev.ucare.boot.autoconfigure.projects;

import java.util.Set;

import dev.ucare.client.UploadcareConfigurationException;

/**
 * A project name that {@link UploadcareClients} does not know, e.g. from a reference
 * stored before the project was removed from the configuration.
 */
public class UnknownUploadcareProjectException extends UploadcareConfigurationException {

	private final String project;

	/**
	 * @param project the unknown name
	 * @param known the configured projects
	 */
	public UnknownUploadcareProjectException(String project, Set<String> known) {
		super("No Uploadcare project '" + project + "' is configured (set uploadcare.projects." + project
				+ ".public-key); known projects: " + String.join(", ", known));
		this.project = project;
	}

	/** The unknown name. */
	public String project() {
		return project;
	}

}
