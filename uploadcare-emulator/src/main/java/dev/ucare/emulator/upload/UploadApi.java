package dev.ucare.emulator.upload;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import dev.ucare.emulator.EmulatedGroup;
import dev.ucare.emulator.Project;
import dev.ucare.emulator.http.ApiError;
import dev.ucare.emulator.http.Call;
import dev.ucare.emulator.http.Digits;
import dev.ucare.emulator.http.Json;
import dev.ucare.emulator.http.MultipartFormReader;
import dev.ucare.emulator.http.Router;
import dev.ucare.emulator.state.Backend;
import dev.ucare.emulator.state.Blob;
import dev.ucare.emulator.state.BlobStore;
import dev.ucare.emulator.state.CdnRefs;
import dev.ucare.emulator.state.FileJson;
import dev.ucare.emulator.state.FileRecord;
import dev.ucare.emulator.state.HeapGuard;
import dev.ucare.emulator.state.Initiators;
import dev.ucare.emulator.state.MultipartUpload;
import dev.ucare.emulator.state.State;

import org.jspecify.annotations.Nullable;

/**
 * Upload API endpoints: {@code /base/}, multipart, {@code /from_url/}, {@code /info/},
 * groups.
 */
public final class UploadApi {

	public static final long MULTIPART_MIN_SIZE = 10_485_760L;

	public static final long DEFAULT_PART_SIZE = 5_242_880L;

	public static final long MAX_PART_SIZE = 5_368_709_120L;

	public static final long MAX_DIRECT_SIZE = 100L * 1000 * 1000;

	private static final Pattern GROUP_FILE = Pattern.compile("files\\[(\\d*)]");

	private static final Pattern UUID = Pattern.compile("[0-9a-fA-F]{8}-(?:[0-9a-fA-F]{4}-){3}[0-9a-fA-F]{12}");

	private final Backend backend;

	private final FileJson json;

	private final FromUrlFetcher fromUrl;

	public UploadApi(Backend backend, FileJson json) {
		this.backend = backend;
		this.json = json;
		this.fromUrl = new FromUrlFetcher(backend, json);
	}

	public Router router() {
		return new Router().on("POST", "/base/?", (c, m) -> base(c))
			.on("POST", "/multipart/start/?", (c, m) -> multipartStart(c))
			.on("PUT", "/multipart/part/([^/]+)/(\\d+)/?", this::multipartPart)
			.on("POST", "/multipart/complete/?", (c, m) -> multipartComplete(c))
			.on("POST", "/from_url/?", (c, m) -> fromUrl.submit(c))
			.on("GET", "/from_url/status/?", (c, m) -> fromUrl.status(c))
			.on("GET", "/info/?", (c, m) -> info(c))
			.on("POST", "/+group/+", (c, m) -> createGroup(c))
			.on("GET", "/group/info/?", (c, m) -> groupInfo(c));
	}

	private void base(Call call) throws IOException {
		HeapGuard.admitUpload();
		String length = call.header("Content-Length");
		if (length != null && Long.parseLong(length.trim()) > MAX_DIRECT_SIZE + 65536) {
			call.drainBody();
			throw ApiError.requestTooLarge();
		}
		String type = call.header("Content-Type");
		if (!MultipartFormReader.isMultipart(type)) {
			throw ApiError.postParsingFailed();
		}
		record Upload(String field, @Nullable String filename, @Nullable String contentType, Blob content) {
		}
		Map<String, String> fields = new LinkedHashMap<>();
		call.query().forEach((k, v) -> fields.put(k, v.get(0)));
		List<Upload> uploads = new ArrayList<>();
		MultipartFormReader reader = new MultipartFormReader(call.bodyStream(), type);
		try {
			MultipartFormReader.PartHeaders part;
			while ((part = reader.next()) != null) {
				if (part.isFile()) {
					BlobStore.Sink sink = backend.blobs.sink();
					try {
						reader.readBody(sink);
						uploads.add(new Upload(part.name(), part.filename(), part.contentType(), sink.finish()));
					}
					catch (IOException | RuntimeException e) {
						sink.discard();
						throw e;
					}
				}
				else {
					fields.putIfAbsent(part.name(), reader.readBodyAsString());
				}
			}
			Project project = UploadRules.signedProject(backend, fields, "UPLOADCARE_PUB_KEY");
			Map<String, String> metadata = UploadRules.metadata(fields);
			if (uploads.isEmpty()) {
				throw new ApiError(400, "Request does not contain files.", "FilesRequiredError");
			}
			for (Upload u : uploads) {
				if (u.content.size() > MAX_DIRECT_SIZE) {
					throw ApiError.requestTooLarge();
				}
			}
			boolean store = backend.shouldStore(project, fields.get("UPLOADCARE_STORE"));
			ObjectNode result = Json.object();
			for (Upload u : uploads) {
				FileRecord f = backend.addFile(project, null, UploadRules.originalFilename(u.filename), u.content,
						u.contentType, store, metadata, Initiators.api());
				result.put(u.field, f.uuid);
			}
			uploads.clear();
			call.respondJson(200, result, "application/json");
		}
		finally {
			uploads.forEach(u -> u.content.delete());
		}
	}

	private void multipartStart(Call call) throws IOException {
		HeapGuard.admitUpload();
		Map<String, String> fields = UploadRules.fields(call);
		Project project = UploadRules.signedProject(backend, fields, "UPLOADCARE_PUB_KEY");
		String filename = UploadRules.required(fields.get("filename"), "filename", "FilenameRequiredError");
		String sizeText = UploadRules.required(fields.get("size"), "size", "SizeRequiredError");
		long size = parseLong(sizeText, "size should be integer.", "SizeInvalidError");
		long partSize = DEFAULT_PART_SIZE;
		if (fields.get("part_size") != null) {
			partSize = parseLong(fields.get("part_size"), "Multipart Upload Part Size should be an integer.",
					"MultipartPartSizeInvalidError");
			if (partSize < DEFAULT_PART_SIZE) {
				throw new ApiError(400, "Multipart Upload Part Size can not be less than 5242880 bytes.",
						"MultipartPartSizeTooSmallError");
			}
			if (partSize > MAX_PART_SIZE) {
				throw new ApiError(400, "Multipart Upload Part Size can not be more than 5368709120 bytes.",
						"MultipartPartSizeTooBigError");
			}
		}
		if (size < MULTIPART_MIN_SIZE) {
			throw new ApiError(400,
					"File size can not be less than 10485760 bytes. Please use direct upload instead of multipart.",
					"MultipartFileSizeTooSmallError");
		}
		Map<String, String> metadata = UploadRules.metadata(fields);
		String uuid = State.newUuid();
		Path path = backend.blobs.reserveFile(size);
		MultipartUpload upload = new MultipartUpload(uuid, project.publicKey(), UploadRules.originalFilename(filename),
				fields.get("content_type"), size, partSize, fields.get("UPLOADCARE_STORE"), metadata, path);
		backend.state.multipartUploads.put(uuid, upload);
		ObjectNode result = Json.object();
		result.put("uuid", uuid);
		ArrayNode parts = result.putArray("parts");
		for (int i = 1; i <= upload.partCount; i++) {
			parts.add(backend.uploadBase() + "multipart/part/" + uuid + "/" + i + "/");
		}
		call.respondJson(200, result, "application/json");
	}

	private void multipartPart(Call call, Matcher path) throws IOException {
		MultipartUpload upload = backend.state.multipartUploads.get(path.group(1));
		int partNumber = Digits.toInt(path.group(2));
		if (upload == null || partNumber < 1 || partNumber > upload.partCount) {
			call.drainBody();
			throw multipartNotFound();
		}
		long written = upload.writePart(partNumber, call.bodyStream());
		call.setHeader("ETag", "\"" + upload.uuid + "-" + partNumber + "-" + written + "\"");
		call.respond(200, null, null);
	}

	private void multipartComplete(Call call) throws IOException {
		Map<String, String> fields = UploadRules.fields(call);
		Project project = UploadRules.project(backend, fields.get("UPLOADCARE_PUB_KEY"), "UPLOADCARE_PUB_KEY");
		String uuid = UploadRules.required(fields.get("uuid"), "uuid", "UUIDRequiredError");
		MultipartUpload upload = backend.state.multipartUploads.get(uuid);
		if (upload == null) {
			FileRecord existing = backend.file(uuid);
			if (existing != null) {
				throw new ApiError(400, "File is already uploaded.", "MultipartFileAlreadyUploadedError");
			}
			throw multipartNotFound();
		}
		if (!upload.publicKey.equals(project.publicKey())) {
			throw multipartNotFound();
		}
		if (!upload.allPartsReceived()) {
			throw new ApiError(400, "File size mismatch. Not all parts uploaded?", "MultipartUploadSizeTooSmallError");
		}
		if (!upload.markCompleted()) {
			throw new ApiError(400, "File is already uploaded.", "MultipartFileAlreadyUploadedError");
		}
		backend.state.multipartUploads.remove(uuid);
		Blob content = backend.blobs.onDisk(upload.path, upload.size);
		FileRecord f = backend.addFile(project, upload.uuid, upload.filename, content, upload.contentType,
				backend.shouldStore(project, upload.store), upload.metadata, Initiators.api());
		call.respondJson(200, json.uploadInfo(f), "application/json");
	}

	private void info(Call call) throws IOException {
		Project project = UploadRules.project(backend, call.queryParam("pub_key"), "pub_key");
		String fileId = UploadRules.required(call.queryParam("file_id"), "file_id", "FileIdRequiredError");
		if (!UUID.matcher(fileId).matches()) {
			throw new ApiError(400, "file_id is invalid.", "FileIdInvalidError");
		}
		FileRecord f = backend.file(fileId);
		if (f == null || !f.publicKey.equals(project.publicKey()) || f.isRemoved()) {
			throw new ApiError(404, "File is not found.", "FileNotFoundError");
		}
		call.respondJson(200, json.uploadInfo(f), "application/json");
	}

	private void createGroup(Call call) throws IOException {
		Map<String, List<String>> form = UploadRules.formValues(call);
		Map<String, String> fields = UploadRules.firstValues(form);
		Project project = UploadRules.signedProject(backend, fields, "pub_key");
		List<String> values = groupFiles(form);
		if (values.isEmpty()) {
			throw new ApiError(400, "No files[N] parameters found.", "GroupFilesInvalidError");
		}
		List<String> refs = new ArrayList<>();
		for (String value : values) {
			String ref = CdnRefs.fileRef(value);
			if (ref == null) {
				throw new ApiError(400, "This is not valid file url: " + value + ".", "GroupFileURLParsingFailedError");
			}
			String uuid = ref.contains("/") ? ref.substring(0, ref.indexOf('/')) : ref;
			FileRecord f = backend.file(uuid);
			if (f == null || !f.publicKey.equals(project.publicKey()) || f.isRemoved()) {
				throw new ApiError(400, "Some files not found.", "GroupFilesNotFoundError");
			}
			refs.add(ref);
		}
		EmulatedGroup group = backend.createGroup(project, refs);
		call.respondJson(200, json.group(group, true, true), "application/json");
	}

	/**
	 * The files of a group form in order: {@code files[N]} by index (what most SDKs
	 * send), then every repeated {@code files[]} (what the JS SDK sends).
	 */
	public static List<String> groupFiles(Map<String, List<String>> form) {
		java.util.TreeMap<Integer, String> indexed = new java.util.TreeMap<>();
		List<String> values = new ArrayList<>();
		form.forEach((name, list) -> {
			Matcher m = GROUP_FILE.matcher(name);
			if (m.matches() && m.group(1).isEmpty()) {
				values.addAll(list);
			}
			else if (m.matches() && !list.isEmpty()) {
				try {
					indexed.putIfAbsent(Integer.parseInt(m.group(1)), list.get(0));
				}
				catch (NumberFormatException e) {
					throw new ApiError(400, "No files[N] parameters found.", "GroupFilesInvalidError");
				}
			}
		});
		List<String> files = new ArrayList<>(indexed.values());
		files.addAll(values);
		return files;
	}

	private void groupInfo(Call call) throws IOException {
		Project project = UploadRules.project(backend, call.queryParam("pub_key"), "pub_key");
		String groupId = UploadRules.required(call.queryParam("group_id"), "group_id", "GroupIdRequiredError");
		EmulatedGroup group = backend.state.groups.get(groupId);
		if (group == null || !group.publicKey().equals(project.publicKey())) {
			throw new ApiError(404, "group_id is invalid.", "GroupNotFoundError");
		}
		call.respondJson(200, json.group(group, true, true), "application/json");
	}

	private static long parseLong(String value, String message, String code) {
		try {
			return Long.parseLong(value.trim());
		}
		catch (NumberFormatException e) {
			throw new ApiError(400, message, code);
		}
	}

	/** The 404 for a multipart upload (or part) the emulator does not know. */
	private static ApiError multipartNotFound() {
		return new ApiError(404, "File is not found.", "MultipartFileNotFoundError");
	}

}
