package dev.ucare.boot.autoconfigure.projects;

import java.util.Map;
import java.util.Set;

import dev.ucare.boot.autoconfigure.UploadcareProjectObserver;
import dev.ucare.client.UploadcareClient;
import dev.ucare.client.reference.FileReference;
import dev.ucare.client.reference.GroupReference;

import org.jspecify.annotations.Nullable;

/**
 * The application's Uploadcare clients by project: the default project's (the
 * {@link UploadcareClient} bean, from the single-project {@code uploadcare.*} properties)
 * and one for each {@code uploadcare.projects.<name>.*}. A reference that names its
 * project ({@link FileReference#project()}, {@link GroupReference#project()}) is handled
 * with that project's client.
 *
 * <pre>{@code
 * UploadcareClient marketing = clients.get("marketing");
 * FileInfo file = clients.get(reference.project()).files().get(reference.uuid());
 * }</pre>
 */
public interface UploadcareClients {

	/** Name of the default project. */
	String DEFAULT_PROJECT = UploadcareProjectObserver.DEFAULT_PROJECT;

	/**
	 * The client of a project.
	 * @param project a name from {@code uploadcare.projects.<name>}; {@code null} or
	 * {@value #DEFAULT_PROJECT} for the default project
	 * @return its client
	 * @throws UnknownUploadcareProjectException when no such project is configured
	 */
	UploadcareClient get(@Nullable String project);

	/**
	 * The default project's client, the {@link UploadcareClient} bean.
	 * @return the default client
	 */
	UploadcareClient getDefault();

	/**
	 * The configured projects.
	 * @return their names, {@value #DEFAULT_PROJECT} first
	 */
	Set<String> projects();

	/**
	 * A registry of the given clients. Closing clients stays with their owner.
	 * @param defaultClient the default project's client
	 * @param projects the other projects' clients by name
	 * @return the registry
	 */
	static UploadcareClients of(UploadcareClient defaultClient, Map<String, UploadcareClient> projects) {
		return new ProjectClients(defaultClient, projects, false);
	}

}
