package dev.ucare.boot.autoconfigure;

import dev.ucare.client.UploadcareObserver;

/**
 * An {@link UploadcareObserver} bean that tells the application's Uploadcare projects
 * apart, e.g. to tag meters by project. The default client (the {@code uploadcare.*}
 * properties) is observed by the bean itself; the client of each
 * {@code uploadcare.projects.<name>.*} by {@link #forProject(String) forProject(name)}.
 */
public interface UploadcareProjectObserver extends UploadcareObserver {

	/** Name of the default project, e.g. in a meter's {@code project} tag. */
	String DEFAULT_PROJECT = "default";

	/**
	 * The observer of the named project's client.
	 * @param project a project name from {@code uploadcare.projects.<name>}
	 * @return an observer attributing what it sees to that project
	 */
	UploadcareObserver forProject(String project);

}
