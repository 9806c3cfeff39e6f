package dev.ucare.emulator.rest;

import java.io.IOException;
import java.util.Map;
import java.util.regex.Matcher;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.databind.node.StringNode;

import dev.ucare.emulator.Project;
import dev.ucare.emulator.http.ApiError;
import dev.ucare.emulator.http.Call;
import dev.ucare.emulator.http.Json;
import dev.ucare.emulator.http.Router;
import dev.ucare.emulator.state.Backend;
import dev.ucare.emulator.state.FileRecord;
import dev.ucare.emulator.state.Initiators;

/** REST metadata endpoints with the server's key and value rules. */
public final class RestMetadata {

	private static final String MEDIA = RestAuth.ACCEPT;

	private static final String KEY = "([^/]+)";

	private final Backend backend;

	public RestMetadata(Backend backend) {
		this.backend = backend;
	}

	public void routes(Router router, RestApi.Authed authed) {
		String base = "/files/" + RestFiles.UUID + "/metadata/";
		router.on("GET", base, authed.wrap(this::all))
			.on("GET", base + KEY + "/", authed.wrap(this::get))
			.on("PUT", base + KEY + "/", authed.wrap(this::put))
			.on("DELETE", base + KEY + "/", authed.wrap(this::delete));
	}

	public static void validate(String key, String value) {
		if (key == null || key.isEmpty() || key.length() > 64 || !FileRecord.METADATA_KEY.matcher(key).matches()) {
			throw ApiError.badRequest(
					"Invalid metadata key: `" + key + "`. Keys must be 1-64 characters of " + "A-Z a-z 0-9 _ - . :");
		}
		if (value != null && (value.isEmpty() || value.length() > 512)) {
			throw ApiError.badRequest("Metadata value must be a string of 1-512 characters.");
		}
	}

	private static String key(Matcher m) {
		return java.net.URLDecoder.decode(m.group(2).replace("+", "%2B"), java.nio.charset.StandardCharsets.UTF_8);
	}

	private void all(Call call, Matcher m, Project project) throws IOException {
		FileRecord f = backend.fileOf(project, m.group(1));
		ObjectNode result = Json.object();
		f.metadata().forEach(result::put);
		call.respondJson(200, result, MEDIA);
	}

	private void get(Call call, Matcher m, Project project) throws IOException {
		FileRecord f = backend.fileOf(project, m.group(1));
		String value = f.metadata().get(key(m));
		if (value == null) {
			throw ApiError.notFound();
		}
		call.respondJson(200, StringNode.valueOf(value), MEDIA);
	}

	private void put(Call call, Matcher m, Project project) throws IOException {
		FileRecord f = backend.fileOf(project, m.group(1));
		String key = key(m);
		JsonNode body = Json.parseOrNull(call.body());
		if (body == null || !body.isString()) {
			throw ApiError.badRequest("Value must be a JSON string.");
		}
		String value = body.asString();
		validate(key, value);
		Map<String, String> before = f.metadata();
		if (!before.containsKey(key) && before.size() >= FileRecord.MAX_METADATA_KEYS) {
			throw ApiError.badRequest("A file can not have more than 50 metadata keys.");
		}
		ObjectNode previous = previousValues(f, before);
		String old = f.putMetadata(key, value);
		if (!value.equals(old)) {
			backend.events.fire("file.info_updated", f, Initiators.api(), previous);
		}
		call.respondJson(200, StringNode.valueOf(value), MEDIA); // the real server
																	// answers 200 for new
																	// keys too
	}

	private void delete(Call call, Matcher m, Project project) throws IOException {
		FileRecord f = backend.fileOf(project, m.group(1));
		String key = key(m);
		Map<String, String> before = f.metadata();
		if (!before.containsKey(key)) {
			throw ApiError.notFound();
		}
		ObjectNode previous = previousValues(f, before);
		f.removeMetadata(key);
		backend.events.fire("file.info_updated", f, Initiators.api(), previous);
		call.respond(204, null, null);
	}

	public static ObjectNode previousValues(FileRecord f, Map<String, String> metadataBefore) {
		ObjectNode previous = Json.object();
		previous.set("appdata", f.appdata());
		ObjectNode meta = previous.putObject("metadata");
		metadataBefore.forEach(meta::put);
		return previous;
	}

}
