package dev.ucare.emulator.rest;

import java.io.IOException;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import dev.ucare.emulator.Project;
import dev.ucare.emulator.http.ApiError;
import dev.ucare.emulator.http.Call;
import dev.ucare.emulator.http.Json;
import dev.ucare.emulator.http.Router;
import dev.ucare.emulator.http.Times;
import dev.ucare.emulator.state.Backend;
import dev.ucare.emulator.state.FileJson;
import dev.ucare.emulator.state.FileRecord;
import dev.ucare.emulator.state.Initiators;
import dev.ucare.emulator.state.Jobs;
import dev.ucare.emulator.state.State;

/**
 * Add-on execution: results land in the target file's {@code appdata}; ClamAV detects the
 * EICAR test string.
 */
public final class RestAddons {

	public static final String LABELS = "aws_rekognition_detect_labels";

	public static final String MODERATION = "aws_rekognition_detect_moderation_labels";

	public static final String CLAMAV = "uc_clamav_virus_scan";

	public static final String REMOVE_BG = "remove_bg";

	private static final Set<String> ADDONS = Set.of(LABELS, MODERATION, CLAMAV, REMOVE_BG);

	private final Backend backend;

	public RestAddons(Backend backend) {
		this.backend = backend;
	}

	public void routes(Router router, RestApi.Authed authed) {
		router.on("POST", "/addons/([a-z_]+)/execute/", authed.wrap(this::execute))
			.on("GET", "/addons/([a-z_]+)/execute/status/", authed.wrap(this::status));
	}

	private void execute(Call call, Matcher m, Project project) throws IOException {
		String addon = m.group(1);
		if (!ADDONS.contains(addon)) {
			throw ApiError.notFound();
		}
		ObjectNode body = RestBodies.object(call);
		String target = RestBodies.text(body, "target");
		FileRecord file = target == null ? null : backend.file(target);
		if (file == null || !file.publicKey.equals(project.publicKey()) || file.isRemoved()) {
			throw ApiError.badRequest("`target` is invalid.");
		}
		if (!file.ready()) {
			// its content is still being made (a conversion's output): nothing to scan or
			// recognise yet, as with copies
			throw ApiError.badRequest("File is not ready yet.");
		}
		JsonNode params = body.get("params");
		ObjectNode paramsObject = params != null && params.isObject() ? (ObjectNode) params : Json.object();
		Jobs.Addon job;
		synchronized (backend.state.addonJobs) {
			for (Jobs.Addon running : backend.state.addonJobs.values()) {
				if (running.addon.equals(addon) && running.target.equals(file.uuid)
						&& "in_progress".equals(running.status)) {
					throw new ApiError(409, "Concurrent call attempted");
				}
			}
			job = new Jobs.Addon(State.newUuid(), project.publicKey(), addon, file.uuid);
			backend.state.addonJobs.put(job.requestId, job);
		}
		backend.schedule(() -> run(job, project, file, paramsObject), backend.jobDelayMillis());
		ObjectNode result = Json.object();
		result.put("request_id", job.requestId);
		call.respondJson(200, result, "application/json");
	}

	private void status(Call call, Matcher m, Project project) throws IOException {
		String requestId = call.queryParam("request_id");
		Jobs.Addon job = requestId == null ? null : backend.state.addonJobs.get(requestId);
		ObjectNode result = Json.object();
		if (job == null || !job.addon.equals(m.group(1)) || !job.publicKey.equals(project.publicKey())) {
			result.put("status", "unknown");
		}
		else {
			result.put("status", job.status);
			if (job.result != null) {
				result.set("result", job.result);
			}
		}
		call.respondJson(200, result, "application/json");
	}

	private void run(Jobs.Addon job, Project project, FileRecord file, ObjectNode params) {
		try {
			switch (job.addon) {
				case LABELS -> putAppdata(job, file, "2016-06-27", labels(file));
				case MODERATION -> {
					ObjectNode data = Json.object();
					data.put("ModerationModelVersion", "6.0");
					data.putArray("ModerationLabels");
					putAppdata(job, file, "2016-06-27", data);
				}
				case CLAMAV -> clamav(job, file, params);
				case REMOVE_BG -> removeBackground(job, project, file, params);
				default -> throw new IllegalStateException(job.addon);
			}
			job.status = "done";
		}
		catch (RuntimeException e) {
			job.status = "error";
		}
	}

	private static ObjectNode labels(FileRecord file) {
		ObjectNode data = Json.object();
		data.put("LabelModelVersion", "3.0");
		ArrayNode labels = data.putArray("Labels");
		ObjectNode label = labels.addObject();
		label.put("Name", file.image() != null ? "Image" : "Document");
		label.putArray("Parents");
		label.putArray("Instances");
		label.put("Confidence", 99.9);
		return data;
	}

	private void clamav(Jobs.Addon job, FileRecord file, ObjectNode params) {
		boolean infected = DerivedContent.containsEicar(file.content());
		ObjectNode data = Json.object();
		data.put("infected", infected);
		if (infected) {
			data.put("infected_with", "Win.Test.EICAR_HDB-1");
		}
		putAppdata(job, file, "1.0.1", data);
		if (infected) {
			backend.events.fire("file.infected", file, Initiators.addon(job.requestId, CLAMAV, null), null);
			if (Boolean.TRUE.equals(RestBodies.bool(params, "purge_infected"))) {
				file.remove(backend.now());
				backend.events.fire("file.deleted", file, Initiators.addon(job.requestId, CLAMAV, null), null);
			}
		}
	}

	private void removeBackground(Jobs.Addon job, Project project, FileRecord file, ObjectNode params) {
		byte[] png = DerivedContent.reencodeImage(file.content(), "png");
		if (png == null) {
			throw new IllegalArgumentException("not an image");
		}
		String name = FileJson.sanitize(file.originalFilename());
		int dot = name.lastIndexOf('.');
		FileRecord output = backend.addFile(project, null, (dot <= 0 ? name : name.substring(0, dot)) + ".png",
				backend.blobs.of(png), "image/png", backend.shouldStore(project, null), Map.of(),
				Initiators.addon(job.requestId, REMOVE_BG, file.uuid));
		ObjectNode data = Json.object();
		String typeLevel = RestBodies.text(params, "type_level");
		if (typeLevel != null && !"none".equals(typeLevel)) {
			data.put("foreground_type", "product");
		}
		putAppdata(job, file, "1.0", data);
		ObjectNode result = Json.object();
		result.put("file_id", output.uuid);
		job.result = result;
	}

	private void putAppdata(Jobs.Addon job, FileRecord file, String version, ObjectNode data) {
		ObjectNode previous = RestMetadata.previousValues(file, file.metadata());
		ObjectNode entry = Json.object();
		String now = Times.rest(backend.now());
		JsonNode existing = file.appdata().get(job.addon);
		entry.put("data", (String) null);
		entry.set("data", data);
		entry.put("datetime_created", existing != null && existing.has("datetime_created")
				? existing.get("datetime_created").asString() : now);
		entry.put("datetime_updated", now);
		entry.put("version", version);
		file.putAppdata(job.addon, entry);
		backend.events.fire("file.info_updated", file, Initiators.addon(job.requestId, job.addon, null), previous);
	}

}
