package dev.ucare.emulator.rest;

import java.io.IOException;
import java.util.Collections;
import java.util.List;
import java.util.regex.Matcher;

import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import dev.ucare.emulator.EmulatedGroup;
import dev.ucare.emulator.Project;
import dev.ucare.emulator.http.ApiError;
import dev.ucare.emulator.http.Call;
import dev.ucare.emulator.http.Json;
import dev.ucare.emulator.http.Router;
import dev.ucare.emulator.state.Backend;
import dev.ucare.emulator.state.FileJson;

/** REST group endpoints and {@code /project/}. */
public final class RestGroups {

	private static final String MEDIA = RestAuth.ACCEPT;

	private static final String GROUP_ID = "([0-9a-fA-F]{8}-(?:[0-9a-fA-F]{4}-){3}[0-9a-fA-F]{12}~\\d+)";

	private final Backend backend;

	private final FileJson json;

	public RestGroups(Backend backend, FileJson json) {
		this.backend = backend;
		this.json = json;
	}

	public void routes(Router router, RestApi.Authed authed) {
		router.on("GET", "/groups/", authed.wrap(this::list))
			.on("GET", "/groups/" + GROUP_ID + "/", authed.wrap(this::info))
			.on("DELETE", "/groups/" + GROUP_ID + "/", authed.wrap(this::delete))
			.on("GET", "/project/", authed.wrap(this::project));
	}

	private void list(Call call, Matcher m, Project project) throws IOException {
		String ordering = call.queryParam("ordering");
		boolean descending = "-datetime_created".equals(ordering);
		if (ordering != null && !ordering.isEmpty() && !descending && !"datetime_created".equals(ordering)) {
			throw ApiError.badRequest("Invalid ordering. Valid options are: datetime_created, -datetime_created.");
		}
		List<EmulatedGroup> groups = backend.state.groupsOf(project.publicKey());
		if (descending) {
			Collections.reverse(groups);
		}
		Pager.Page<EmulatedGroup> page = Pager.page(groups, EmulatedGroup::datetimeCreated, descending, call,
				backend.restBase() + "groups/");
		ObjectNode result = Json.object();
		result.put("next", page.next());
		result.put("previous", page.previous());
		result.put("total", groups.size());
		result.put("per_page", page.perPage());
		ArrayNode results = result.putArray("results");
		page.items().forEach(g -> results.add(json.group(g, false, false)));
		call.respondJson(200, result, MEDIA);
	}

	private EmulatedGroup group(Project project, String id) {
		EmulatedGroup g = backend.state.groups.get(id);
		if (g == null || !g.publicKey().equals(project.publicKey())) {
			throw ApiError.notFound();
		}
		return g;
	}

	private void info(Call call, Matcher m, Project project) throws IOException {
		call.respondJson(200, json.group(group(project, m.group(1)), true, false), MEDIA);
	}

	private void delete(Call call, Matcher m, Project project) throws IOException {
		EmulatedGroup g = group(project, m.group(1));
		backend.state.groups.remove(g.id());
		call.respond(204, null, null);
	}

	private void project(Call call, Matcher m, Project project) throws IOException {
		ObjectNode result = Json.object();
		ObjectNode collaborator = result.putArray("collaborators").addObject();
		// a valid address on a reserved domain, as strict clients validate it
		collaborator.put("name", "Uploadcare Emulator");
		collaborator.put("email", "emulator@example.com");
		result.put("name", project.name());
		result.put("pub_key", project.publicKey());
		result.put("autostore_enabled", project.autostoreEnabled());
		call.respondJson(200, result, MEDIA);
	}

}
