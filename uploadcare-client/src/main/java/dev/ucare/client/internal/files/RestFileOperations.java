package dev.ucare.client.internal.files;

import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.stream.Stream;

import dev.ucare.client.Page;
import dev.ucare.client.cdn.UploadcareIds;
import dev.ucare.client.files.BatchResult;
import dev.ucare.client.files.FileInfo;
import dev.ucare.client.files.FileOperations;
import dev.ucare.client.files.FileQuery;
import dev.ucare.client.files.RemoteCopyOptions;
import dev.ucare.client.files.RemoteCopyResult;
import dev.ucare.client.internal.Arguments;
import dev.ucare.client.internal.Ids;
import dev.ucare.client.internal.Observations;
import dev.ucare.client.internal.Paging;
import dev.ucare.client.internal.QueryString;
import dev.ucare.client.internal.RestRequest;
import dev.ucare.client.internal.RestResponse;
import dev.ucare.client.internal.RestTransport;
import dev.ucare.client.metadata.MetadataRules;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.JsonNode;

/** {@link FileOperations} over the REST API v0.7. */
public final class RestFileOperations implements FileOperations {

	/** The server's limit of UUIDs per batch request. */
	public static final int BATCH_SIZE = 100;

	private static final TypeReference<Page<FileInfo>> PAGE = new TypeReference<>() {
	};

	private static final String STORAGE = "/files/{uuid}/storage/";

	private static final Object[] NO_VARIABLES = {};

	private final RestTransport rest;

	private final Observations observations;

	public RestFileOperations(RestTransport rest) {
		this.rest = rest;
		this.observations = rest.observations();
	}

	@Override
	public Page<FileInfo> list(FileQuery query) {
		Arguments.notNull(query, "query");
		return observations.observe("files.list", () -> rest.send(listRequest(query), FileInfoJson.PAGE, PAGE));
	}

	/** Each page is read as the operation {@code files.list}. */
	@Override
	public Stream<FileInfo> stream(FileQuery query) {
		Arguments.notNull(query, "query");
		return Paging.stream(rest, "files.list", listRequest(query), FileInfoJson.PAGE, PAGE);
	}

	private static RestRequest listRequest(FileQuery query) {
		FileQuery.Ordering ordering = query.ordering();
		OffsetDateTime from = query.from();
		return RestRequest.get("/files/")
			.query(new QueryString().add("removed", query.removed())
				.add("stored", query.stored())
				.add("limit", query.limit())
				.add("ordering", (ordering != null) ? ordering.wireValue() : null)
				.add("from", (from != null) ? DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(from) : null)
				.add("include", query.includeAppdata() ? "appdata" : null));
	}

	@Override
	public FileInfo get(String uuid, boolean includeAppdata) {
		return observations.observe("files.get", uuid, () -> {
			RestRequest request = RestRequest.get("/files/{uuid}/", Ids.uuid(uuid))
				.query(new QueryString().add("include", includeAppdata ? "appdata" : null));
			return rest.send(request, FileInfoJson.FILE, FileInfo.class);
		});
	}

	@Override
	public FileInfo store(String uuid) {
		return observations.observe("files.store", uuid,
				() -> rest.send(RestRequest.put(STORAGE, Ids.uuid(uuid)), FileInfoJson.FILE, FileInfo.class));
	}

	@Override
	public FileInfo delete(String uuid) {
		return observations.observe("files.delete", uuid,
				() -> rest.send(RestRequest.delete(STORAGE, Ids.uuid(uuid)), FileInfoJson.FILE, FileInfo.class));
	}

	@Override
	public BatchResult storeAll(Collection<String> uuids) {
		Arguments.notNull(uuids, "uuids");
		return observations.observe("files.storeAll", () -> batch("storeAll", uuids, RestRequest::put));
	}

	@Override
	public BatchResult deleteAll(Collection<String> uuids) {
		Arguments.notNull(uuids, "uuids");
		return observations.observe("files.deleteAll", () -> batch("deleteAll", uuids, RestRequest::delete));
	}

	private BatchResult batch(String operation, Collection<String> uuids,
			BiFunction<String, Object[], RestRequest> method) {
		if (uuids.isEmpty()) {
			throw new IllegalArgumentException("The list of UUIDs of " + operation + " is empty");
		}
		List<String> all = new ArrayList<>(uuids.size());
		int index = 0;
		for (String uuid : uuids) {
			if (!UploadcareIds.isUuid(uuid)) {
				throw new IllegalArgumentException("UUID #" + index + " of " + operation + " is not a file UUID: "
						+ ((uuid != null) ? "'" + uuid + "'" : "null"));
			}
			all.add(uuid);
			index++;
		}
		Map<String, String> problems = new LinkedHashMap<>();
		List<FileInfo> result = new ArrayList<>();
		String status = "ok";
		for (int from = 0; from < all.size(); from += BATCH_SIZE) {
			List<String> chunk = all.subList(from, Math.min(from + BATCH_SIZE, all.size()));
			BatchResult part = rest.send(method.apply("/files/storage/", NO_VARIABLES).json(chunk), BatchResult.class);
			problems.putAll(part.problems());
			result.addAll(part.result());
			status = part.status();
		}
		return new BatchResult(status, problems, result);
	}

	@Override
	public FileInfo copyLocal(String source, boolean store, Map<String, String> metadata) {
		return observations.observe("files.copyLocal", () -> localCopy(source, store, metadata));
	}

	private FileInfo localCopy(String source, boolean store, Map<String, String> metadata) {
		requireSource(source);
		MetadataRules.validate(metadata);
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("source", source);
		body.put("store", store);
		if (!metadata.isEmpty()) {
			body.put("metadata", metadata);
		}
		RestRequest request = RestRequest.post("/files/local_copy/").json(body);
		JsonNode answer = rest.send(request, JsonNode.class);
		return RestTransport.read(request, answer.path("result"), FileInfo.class);
	}

	@Override
	public RemoteCopyResult copyRemote(String source, String target, RemoteCopyOptions options) {
		Arguments.notNull(options, "options");
		return observations.observe("files.copyRemote", () -> remoteCopy(source, target, options));
	}

	private RemoteCopyResult remoteCopy(String source, String target, RemoteCopyOptions options) {
		requireSource(source);
		if (target == null || target.isBlank()) {
			throw new IllegalArgumentException("Remote copy needs the name of a custom storage as target");
		}
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("source", source);
		body.put("target", target);
		Boolean makePublic = options.makePublic();
		if (makePublic != null) {
			body.put("make_public", makePublic);
		}
		String pattern = options.pattern();
		if (pattern != null) {
			body.put("pattern", pattern);
		}
		RestRequest request = RestRequest.post("/files/remote_copy/").json(body);
		RestResponse response = rest.send(request);
		JsonNode answer = RestTransport.read(request, response.body(), JsonNode.class);
		return new RemoteCopyResult(answer.path("result").asString(), response.status() == 200);
	}

	private static void requireSource(String source) {
		if (source == null || source.isBlank()) {
			throw new IllegalArgumentException("A copy needs a source: a UUID or a CDN URL");
		}
	}

}
