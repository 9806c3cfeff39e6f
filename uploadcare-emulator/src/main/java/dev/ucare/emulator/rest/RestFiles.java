package dev.ucare.emulator.rest;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import dev.ucare.emulator.Project;
import dev.ucare.emulator.http.ApiError;
import dev.ucare.emulator.http.Call;
import dev.ucare.emulator.http.Json;
import dev.ucare.emulator.http.Router;
import dev.ucare.emulator.state.Backend;
import dev.ucare.emulator.state.CdnRefs;
import dev.ucare.emulator.state.FileJson;
import dev.ucare.emulator.state.FileRecord;
import dev.ucare.emulator.state.Initiators;

/** REST file endpoints: list, info, storage, batch storage, local and remote copy. */
public final class RestFiles {

	public static final String UUID = "([0-9a-fA-F]{8}-(?:[0-9a-fA-F]{4}-){3}[0-9a-fA-F]{12})";

	private static final Pattern UUID_PATTERN = Pattern.compile(UUID);

	private static final String MEDIA = RestAuth.ACCEPT;

	private final Backend backend;

	private final FileJson json;

	private final Set<String> remoteCopies = ConcurrentHashMap.newKeySet();

	public RestFiles(Backend backend, FileJson json) {
		this.backend = backend;
		this.json = json;
	}

	public void routes(Router router, RestApi.Authed authed) {
		router.on("GET", "/files/", authed.wrap(this::list))
			.on("PUT", "/files/storage/", authed.wrap((c, m, p) -> batch(c, m, p, true)))
			.on("DELETE", "/files/storage/", authed.wrap((c, m, p) -> batch(c, m, p, false)))
			.on("POST", "/files/local_copy/", authed.wrap(this::localCopy))
			.on("POST", "/files/remote_copy/", authed.wrap(this::remoteCopy))
			.on("GET", "/files/" + UUID + "/", authed.wrap(this::info))
			.on("PUT", "/files/" + UUID + "/storage/", authed.wrap((c, m, p) -> storage(c, m, p, true)))
			.on("DELETE", "/files/" + UUID + "/storage/", authed.wrap((c, m, p) -> storage(c, m, p, false)));
	}

	private void list(Call call, Matcher m, Project project) throws IOException {
		String ordering = call.queryParam("ordering");
		boolean descending;
		if (ordering == null || ordering.isEmpty() || ordering.equals("datetime_uploaded")) {
			descending = false;
		}
		else if (ordering.equals("-datetime_uploaded")) {
			descending = true;
		}
		else {
			throw ApiError.badRequest("Invalid ordering. Valid options are: datetime_uploaded, -datetime_uploaded.");
		}
		boolean removed = "true".equalsIgnoreCase(call.queryParam("removed"));
		String stored = call.queryParam("stored");
		boolean includeAppdata = "appdata".equals(call.queryParam("include"));
		List<FileRecord> all = backend.state.filesOf(project.publicKey());
		int removedCount = 0;
		int storedCount = 0;
		int unstoredCount = 0;
		List<FileRecord> matching = new ArrayList<>();
		for (FileRecord f : all) {
			f.expireIfDue(backend.now(), backend.settings.unstoredTtl());
			if (!f.ready()) {
				continue;
			}
			boolean isRemoved = f.isRemoved();
			boolean isStored = f.stored() != null;
			if (isRemoved) {
				removedCount++;
			}
			else if (isStored) {
				storedCount++;
			}
			else {
				unstoredCount++;
			}
			if (isRemoved != removed) {
				continue;
			}
			if (stored != null && !stored.isEmpty() && isStored != "true".equalsIgnoreCase(stored)) {
				continue;
			}
			matching.add(f);
		}
		if (descending) {
			Collections.reverse(matching);
		}
		Pager.Page<FileRecord> page = Pager.page(matching, f -> f.uploaded, descending, call,
				backend.restBase() + "files/");
		ObjectNode result = Json.object();
		result.put("next", page.next());
		result.put("previous", page.previous());
		result.put("total", matching.size());
		ObjectNode totals = result.putObject("totals");
		totals.put("removed", removedCount);
		totals.put("stored", storedCount);
		totals.put("unstored", unstoredCount);
		result.put("per_page", page.perPage());
		ArrayNode results = result.putArray("results");
		page.items().forEach(f -> results.add(json.rest(f, includeAppdata)));
		call.respondJson(200, result, MEDIA);
	}

	private void info(Call call, Matcher m, Project project) throws IOException {
		FileRecord f = backend.fileOf(project, m.group(1));
		call.respondJson(200, json.rest(f, "appdata".equals(call.queryParam("include"))), MEDIA);
	}

	private void storage(Call call, Matcher m, Project project, boolean store) throws IOException {
		FileRecord f = backend.fileOf(project, m.group(1));
		if (store) {
			if (f.isRemoved()) {
				throw ApiError.notFound();
			}
			backend.store(f);
		}
		else {
			backend.delete(f);
		}
		call.respondJson(200, json.rest(f, false), MEDIA);
	}

	private void batch(Call call, Matcher m, Project project, boolean store) throws IOException {
		JsonNode body = Json.parseOrNull(call.body());
		if (body == null || !body.isArray()) {
			throw ApiError.badRequest("Expected list of UUIDs");
		}
		if (body.isEmpty()) {
			throw ApiError.badRequest("List of UUIDs can not be empty");
		}
		if (body.size() > 100) {
			throw ApiError.badRequest("Maximum UUIDs per request is exceeded. The limit is 100");
		}
		Map<String, String> problems = new LinkedHashMap<>();
		ArrayNode results = Json.array();
		for (JsonNode item : body) {
			String value = item.isString() ? item.asString() : item.toString();
			if (!UUID_PATTERN.matcher(value).matches()) {
				problems.put(value, "Invalid");
				continue;
			}
			FileRecord f = backend.file(value);
			if (f == null || !f.publicKey.equals(project.publicKey()) || (store && f.isRemoved())) {
				problems.put(value, "Missing in the project");
				continue;
			}
			if (store) {
				backend.store(f);
			}
			else {
				backend.delete(f);
			}
			results.add(json.rest(f, false));
		}
		ObjectNode result = Json.object();
		result.put("status", "ok");
		ObjectNode p = result.putObject("problems");
		problems.forEach(p::put);
		result.set("result", results);
		call.respondJson(200, result, MEDIA);
	}

	private FileRecord source(Project project, ObjectNode body) {
		String source = RestBodies.text(body, "source");
		String uuid = CdnRefs.uuid(source);
		if (uuid == null) {
			throw ApiError.badRequest("Bad `source` parameter. Use UUID or CDN URL.");
		}
		FileRecord f = backend.file(uuid);
		if (f == null || !f.publicKey.equals(project.publicKey()) || f.isRemoved()) {
			throw ApiError.badRequest("Bad `source` parameter. Use UUID or CDN URL.");
		}
		if (!f.ready()) {
			throw ApiError.badRequest("File is not ready yet.");
		}
		return f;
	}

	private void localCopy(Call call, Matcher m, Project project) throws IOException {
		ObjectNode body = RestBodies.object(call);
		FileRecord source = source(project, body);
		Boolean store = RestBodies.bool(body, "store");
		Map<String, String> metadata = new LinkedHashMap<>(source.metadata());
		JsonNode meta = body.get("metadata");
		if (meta != null && meta.isObject()) {
			for (Map.Entry<String, JsonNode> e : meta.properties()) {
				RestMetadata.validate(e.getKey(), e.getValue().asString());
				metadata.put(e.getKey(), e.getValue().asString());
			}
		}
		FileRecord copy = backend.addFile(project, null, source.originalFilename(), source.content(), source.mimeType(),
				Boolean.TRUE.equals(store), metadata, Initiators.system(source.uuid));
		ObjectNode result = Json.object();
		result.put("type", "file");
		result.set("result", json.rest(copy, false));
		call.setHeader("Location", backend.restBase() + "files/" + copy.uuid + "/");
		call.respondJson(201, result, MEDIA);
	}

	private void remoteCopy(Call call, Matcher m, Project project) throws IOException {
		ObjectNode body = RestBodies.object(call);
		FileRecord source = source(project, body);
		String target = RestBodies.text(body, "target");
		if (target == null || target.isEmpty()) {
			throw ApiError.badRequest("Project has no storage with provided name.");
		}
		String pattern = RestBodies.text(body, "pattern");
		if (pattern == null || pattern.isEmpty()) {
			pattern = "${default}";
		}
		String filename = FileJson.sanitize(source.originalFilename());
		int dot = filename.lastIndexOf('.');
		String stem = dot < 0 ? filename : filename.substring(0, dot);
		String ext = dot < 0 ? "" : filename.substring(dot);
		String path = pattern.replace("${default}", "${uuid}/${auto_filename}")
			.replace("${auto_filename}", "${filename}${effects}${ext}")
			.replace("${uuid}", source.uuid)
			.replace("${filename}", stem)
			.replace("${effects}", "")
			.replace("${ext}", ext);
		String url = "s3://" + target + "/" + path;
		boolean created = remoteCopies.add(project.publicKey() + " " + url);
		ObjectNode result = Json.object();
		result.put("type", "url");
		result.put("result", url);
		call.respondJson(created ? 201 : 200, result, MEDIA);
	}

}
