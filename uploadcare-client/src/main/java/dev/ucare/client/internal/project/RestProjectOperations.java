package dev.ucare.client.internal.project;

import dev.ucare.client.internal.RestRequest;
import dev.ucare.client.internal.RestTransport;
import dev.ucare.client.project.ProjectInfo;
import dev.ucare.client.project.ProjectOperations;

/** {@link ProjectOperations} over the REST API v0.7. */
public final class RestProjectOperations implements ProjectOperations {

	private final RestTransport rest;

	public RestProjectOperations(RestTransport rest) {
		this.rest = rest;
	}

	@Override
	public ProjectInfo get() {
		return rest.observations()
			.observe("project.get", () -> rest.send(RestRequest.get("/project/"), ProjectInfo.class));
	}

}
