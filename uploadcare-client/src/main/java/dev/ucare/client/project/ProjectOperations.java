package dev.ucare.client.project;

/** The project through the REST API v0.7. */
public interface ProjectOperations {

	/** Name, public key, auto-store setting and collaborators of the project. */
	ProjectInfo get();

}
