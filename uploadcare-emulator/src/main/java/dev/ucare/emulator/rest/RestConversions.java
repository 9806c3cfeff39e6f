package dev.ucare.emulator.rest;

import java.io.IOException;
import java.net.URLConnection;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import dev.ucare.emulator.EmulatedGroup;
import dev.ucare.emulator.Project;
import dev.ucare.emulator.http.ApiError;
import dev.ucare.emulator.http.Call;
import dev.ucare.emulator.http.Digits;
import dev.ucare.emulator.http.Json;
import dev.ucare.emulator.http.Router;
import dev.ucare.emulator.state.Backend;
import dev.ucare.emulator.state.Blob;
import dev.ucare.emulator.state.ContentSniffer;
import dev.ucare.emulator.state.FileJson;
import dev.ucare.emulator.state.FileRecord;
import dev.ucare.emulator.state.Initiators;
import dev.ucare.emulator.state.Jobs;

/**
 * Document and video conversion jobs: pending → processing → finished after the
 * configured delay.
 */
public final class RestConversions {

	private static final Pattern PATH = Pattern.compile(
			"^(?:https?://[^/]+)?/?([0-9a-fA-F]{8}-(?:[0-9a-fA-F]{4}-){3}[0-9a-fA-F]{12})/(?:-/(?:[^/]+/)+)?(document|video)/(.*)$");

	private static final Pattern FORMAT = Pattern.compile("(?:^|/)-/format/([^/]+)/");

	private static final Pattern THUMBS = Pattern.compile("(?:^|/)-/thumbs~(\\d+)/");

	private static final List<String> DOCUMENT_FORMATS = List.of("bmp", "csv", "doc", "docx", "enhanced.jpg", "epub",
			"gif", "html", "jpg", "md", "odp", "ods", "odt", "pdf", "png", "ppt", "pptx", "rtf", "svg", "tiff", "txt",
			"xls", "xlsx");

	private static final List<String> IMAGE_FORMATS = List.of("jpg", "png", "bmp", "gif", "tiff", "enhanced.jpg");

	private final Backend backend;

	private final FileJson json;

	private final Map<String, Map<String, String>> convertedGroups = new java.util.concurrent.ConcurrentHashMap<>();

	public RestConversions(Backend backend, FileJson json) {
		this.backend = backend;
		this.json = json;
	}

	public void routes(Router router, RestApi.Authed authed) {
		router.on("POST", "/convert/document/", authed.wrap((c, m, p) -> submit(c, p, "document")))
			.on("POST", "/convert/video/", authed.wrap((c, m, p) -> submit(c, p, "video")))
			.on("GET", "/convert/document/status/(\\d+)/", authed.wrap((c, m, p) -> status(c, m, p, "document")))
			.on("GET", "/convert/video/status/(\\d+)/", authed.wrap((c, m, p) -> status(c, m, p, "video")))
			.on("GET", "/convert/document/" + RestFiles.UUID + "/", authed.wrap(this::documentInfo));
	}

	private void submit(Call call, Project project, String kind) throws IOException {
		ObjectNode body = RestBodies.object(call);
		JsonNode paths = body.get("paths");
		if (paths == null || !paths.isArray() || paths.isEmpty()) {
			throw ApiError.badRequest("“paths” parameter is required.");
		}
		boolean store = backend.shouldStore(project, RestBodies.text(body, "store"));
		boolean saveInGroup = Boolean.TRUE.equals(RestBodies.bool(body, "save_in_group"));
		ObjectNode problems = Json.object();
		ArrayNode results = Json.array();
		for (JsonNode p : paths) {
			String path = p.asString();
			Matcher m = PATH.matcher(path);
			FileRecord source = m.matches() && m.group(2).equals(kind) ? backend.file(m.group(1)) : null;
			if (source == null || !source.publicKey.equals(project.publicKey()) || source.isRemoved()
					|| !source.ready()) {
				problems.put(path, "Bad path \"" + path + "\". Use UUID or CDN URL");
				continue;
			}
			results.add(kind.equals("video") ? startVideo(project, source, path, m.group(3), store)
					: startDocument(project, source, path, m.group(3), store, saveInGroup));
		}
		ObjectNode result = Json.object();
		result.set("result", results);
		result.set("problems", problems);
		call.respondJson(200, result, "application/json");
	}

	private ObjectNode startDocument(Project project, FileRecord source, String path, String operations, boolean store,
			boolean saveInGroup) {
		String format = find(FORMAT, operations, "pdf");
		String stem = stem(source.originalFilename());
		FileRecord output = backend.addPendingFile(project, null, stem + "." + extension(format));
		Jobs.Conversion job = new Jobs.Conversion(backend.state.tokens.incrementAndGet(), project.publicKey(),
				"document", output.uuid, null);
		backend.state.conversions.put(job.token, job);
		source.addVariation(path, output.uuid);
		run(job, () -> {
			byte[] content = IMAGE_FORMATS.contains(format)
					? DerivedContent.reencodeImage(source.content(), extension(format)) : null;
			if (content == null && IMAGE_FORMATS.contains(format)) {
				content = DerivedContent.thumbnail(source.uuid, 0, extension(format).equals("jpg") ? "jpg" : "png");
			}
			if (content == null) {
				content = DerivedContent.labelled("document conversion to " + format, source.content());
			}
			finish(project, output, content, store, source);
			if (saveInGroup && IMAGE_FORMATS.contains(format)) {
				EmulatedGroup group = backend.createGroup(project, List.of(output.uuid));
				convertedGroups.computeIfAbsent(source.uuid, k -> new java.util.concurrent.ConcurrentHashMap<>())
					.put(format, group.id());
			}
		});
		ObjectNode item = Json.object();
		item.put("original_source", path);
		item.put("token", job.token);
		item.put("uuid", output.uuid);
		return item;
	}

	private ObjectNode startVideo(Project project, FileRecord source, String path, String operations, boolean store) {
		String format = find(FORMAT, operations, "mp4");
		int thumbs = Math.max(1, Math.min(50, Digits.toInt(find(THUMBS, operations, "1"))));
		FileRecord output = backend.addPendingFile(project, null, stem(source.originalFilename()) + "." + format);
		List<String> thumbUuids = new ArrayList<>();
		List<FileRecord> thumbFiles = new ArrayList<>();
		for (int i = 0; i < thumbs; i++) {
			FileRecord t = backend.addPendingFile(project, null, "thumb_" + i + ".jpg");
			thumbFiles.add(t);
			thumbUuids.add(t.uuid);
		}
		EmulatedGroup group = backend.createGroup(project, thumbUuids);
		Jobs.Conversion job = new Jobs.Conversion(backend.state.tokens.incrementAndGet(), project.publicKey(), "video",
				output.uuid, group.id());
		backend.state.conversions.put(job.token, job);
		source.addVariation(path, output.uuid);
		run(job, () -> {
			finish(project, output, DerivedContent.labelled("video conversion to " + format, source.content()), store,
					source);
			for (int i = 0; i < thumbFiles.size(); i++) {
				finish(project, thumbFiles.get(i), DerivedContent.thumbnail(source.uuid, i, "jpg"), store, source);
			}
		});
		ObjectNode item = Json.object();
		item.put("original_source", path);
		item.put("token", job.token);
		item.put("uuid", output.uuid);
		item.put("thumbnails_group_uuid", group.id());
		return item;
	}

	/**
	 * Pending, processing after half the job delay, then finished (or failed) after the
	 * other half: one step schedules the next, so the states only move forward.
	 */
	private void run(Jobs.Conversion job, Runnable work) {
		long delay = backend.jobDelayMillis();
		backend.schedule(() -> {
			job.status = "processing";
			backend.schedule(() -> {
				try {
					work.run();
					job.status = "finished";
				}
				catch (RuntimeException e) {
					job.error = "Conversion failed: " + e.getMessage();
					job.status = "failed";
				}
			}, delay - delay / 2);
		}, delay / 2);
	}

	private void finish(Project project, FileRecord output, byte[] content, boolean store, FileRecord source) {
		Blob blob = backend.blobs.of(content);
		String mime = ContentSniffer.mimeType(blob, output.originalFilename(), guess(output.originalFilename()));
		output.complete(blob, mime, ContentSniffer.image(blob, mime));
		if (store) {
			output.store(backend.now());
		}
		backend.events.fire("file.uploaded", output, Initiators.system(source.uuid), null);
	}

	private static String guess(String filename) {
		String type = URLConnection.guessContentTypeFromName(filename);
		return type == null ? "application/octet-stream" : type;
	}

	private void status(Call call, Matcher m, Project project, String kind) throws IOException {
		Jobs.Conversion job = backend.state.conversions.get(Digits.toLong(m.group(1)));
		if (job == null || !job.kind.equals(kind) || !job.publicKey.equals(project.publicKey())) {
			throw ApiError.notFound();
		}
		ObjectNode result = Json.object();
		result.put("status", job.status);
		result.put("error", job.error);
		ObjectNode r = result.putObject("result");
		r.put("uuid", job.resultUuid);
		if (job.thumbnailsGroupId != null) {
			r.put("thumbnails_group_uuid", job.thumbnailsGroupId);
		}
		call.respondJson(200, result, RestAuth.ACCEPT);
	}

	private void documentInfo(Call call, Matcher m, Project project) throws IOException {
		FileRecord f = backend.fileOf(project, m.group(1));
		ObjectNode result = Json.object();
		result.putNull("error");
		ObjectNode format = result.putObject("format");
		String name = extensionOf(f.originalFilename());
		format.put("name", name.isEmpty() ? f.mimeType() : name);
		ArrayNode formats = format.putArray("conversion_formats");
		DOCUMENT_FORMATS.stream().filter(x -> !x.equals(name)).forEach(x -> formats.addObject().put("name", x));
		ObjectNode groups = format.putObject("converted_groups");
		convertedGroups.getOrDefault(f.uuid, Map.of()).forEach(groups::put);
		call.respondJson(200, result, RestAuth.ACCEPT);
	}

	private static String find(Pattern pattern, String operations, String fallback) {
		Matcher m = pattern.matcher(operations.endsWith("/") ? operations : operations + "/");
		return m.find() ? m.group(1) : fallback;
	}

	private static String extension(String format) {
		return format.equals("enhanced.jpg") ? "jpg" : format;
	}

	private static String stem(String filename) {
		String name = FileJson.sanitize(filename);
		int dot = name.lastIndexOf('.');
		return dot <= 0 ? (name.isEmpty() ? "file" : name) : name.substring(0, dot);
	}

	private static String extensionOf(String filename) {
		int dot = filename.lastIndexOf('.');
		return dot < 0 ? "" : filename.substring(dot + 1).toLowerCase();
	}

}
