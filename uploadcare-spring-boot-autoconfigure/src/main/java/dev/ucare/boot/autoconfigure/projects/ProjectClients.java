package dev.ucare.boot.autoconfigure.projects;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

import dev.ucare.client.UploadcareClient;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;

import org.springframework.util.Assert;

/**
 * The {@link UploadcareClients} of the auto-configuration: a map of built clients. When
 * it owns the named projects' clients it closes them when closed (the default client is
 * the application context's bean, closed by the context).
 */
final class ProjectClients implements UploadcareClients, AutoCloseable {

	private static final Log logger = LogFactory.getLog(ProjectClients.class);

	private final UploadcareClient defaultClient;

	private final Map<String, UploadcareClient> projects;

	private final Set<String> names;

	private final boolean owner;

	ProjectClients(UploadcareClient defaultClient, Map<String, UploadcareClient> projects, boolean owner) {
		Assert.notNull(defaultClient, "defaultClient must not be null");
		Assert.notNull(projects, "projects must not be null");
		this.defaultClient = defaultClient;
		Map<String, UploadcareClient> copy = new LinkedHashMap<>(projects);
		if (copy.containsKey(DEFAULT_PROJECT)) {
			throw new IllegalArgumentException("'" + DEFAULT_PROJECT + "' names the default project, not another one");
		}
		copy.forEach((name, client) -> Assert.notNull(client, () -> "the client of project '" + name + "' is null"));
		this.projects = Collections.unmodifiableMap(copy);
		Set<String> all = new LinkedHashSet<>();
		all.add(DEFAULT_PROJECT);
		all.addAll(copy.keySet());
		this.names = Collections.unmodifiableSet(all);
		this.owner = owner;
	}

	@Override
	public UploadcareClient get(@Nullable String project) {
		if (project == null || DEFAULT_PROJECT.equals(project)) {
			return defaultClient;
		}
		UploadcareClient client = projects.get(project);
		if (client == null) {
			throw new UnknownUploadcareProjectException(project, names);
		}
		return client;
	}

	@Override
	public UploadcareClient getDefault() {
		return defaultClient;
	}

	@Override
	public Set<String> projects() {
		return names;
	}

	/** Closes the named projects' clients when this registry built them. */
	@Override
	public void close() {
		if (!owner) {
			return;
		}
		projects.forEach((name, client) -> {
			try {
				client.close();
			}
			catch (RuntimeException ex) {
				logger.warn("Closing the Uploadcare client of project '" + name + "' failed: " + ex);
			}
		});
	}

	@Override
	public String toString() {
		return "UploadcareClients" + names;
	}

}
