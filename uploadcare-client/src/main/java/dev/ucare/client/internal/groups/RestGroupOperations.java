package dev.ucare.client.internal.groups;

import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;

import dev.ucare.client.Page;
import dev.ucare.client.files.BatchResult;
import dev.ucare.client.files.FileOperations;
import dev.ucare.client.groups.GroupInfo;
import dev.ucare.client.groups.GroupOperations;
import dev.ucare.client.groups.GroupQuery;
import dev.ucare.client.internal.Arguments;
import dev.ucare.client.internal.Ids;
import dev.ucare.client.internal.Observations;
import dev.ucare.client.internal.Paging;
import dev.ucare.client.internal.QueryString;
import dev.ucare.client.internal.RestRequest;
import dev.ucare.client.internal.RestTransport;
import dev.ucare.client.upload.UploadOperations;

import tools.jackson.core.type.TypeReference;

/**
 * {@link GroupOperations} over the REST API v0.7; groups are created through the Upload
 * API ({@link UploadOperations#createGroup}).
 */
public final class RestGroupOperations implements GroupOperations {

	private static final TypeReference<Page<GroupInfo>> PAGE = new TypeReference<>() {
	};

	private static final String PATH = "/groups/{group_id}/";

	/** The outcome of storing or deleting the files of a group that has none. */
	private static final BatchResult NO_FILES = new BatchResult("ok", Map.of(), List.of());

	private final RestTransport rest;

	private final FileOperations files;

	private final UploadOperations uploads;

	private final Observations observations;

	public RestGroupOperations(RestTransport rest, FileOperations files, UploadOperations uploads) {
		this.rest = rest;
		this.files = files;
		this.uploads = uploads;
		this.observations = rest.observations();
	}

	@Override
	public GroupInfo create(List<String> uuids) {
		Arguments.notNull(uuids, "uuids");
		return observations.observe("groups.create", () -> {
			if (uuids.isEmpty()) {
				throw new IllegalArgumentException("A group needs at least one file");
			}
			return uploads.createGroup(uuids);
		});
	}

	@Override
	public GroupInfo get(String groupId) {
		return observe("groups.get", groupId,
				() -> rest.send(RestRequest.get(PATH, Ids.groupId(groupId)), GroupInfo.class));
	}

	@Override
	public Page<GroupInfo> list(GroupQuery query) {
		Arguments.notNull(query, "query");
		return observations.observe("groups.list", () -> rest.send(listRequest(query), PAGE));
	}

	private static RestRequest listRequest(GroupQuery query) {
		OffsetDateTime from = query.from();
		return RestRequest.get("/groups/")
			.query(new QueryString().add("limit", query.limit())
				.add("from", (from != null) ? DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(from) : null)
				.add("ordering", query.newestFirst() ? "-datetime_created" : null));
	}

	/** Each page is read as the operation {@code groups.list}. */
	@Override
	public Stream<GroupInfo> stream(GroupQuery query) {
		Arguments.notNull(query, "query");
		return Paging.stream(rest, "groups.list", listRequest(query), PAGE);
	}

	@Override
	public BatchResult store(String groupId) {
		return observe("groups.store", groupId, () -> {
			List<String> uuids = get(groupId).fileUuids();
			return uuids.isEmpty() ? NO_FILES : files.storeAll(uuids);
		});
	}

	@Override
	public void delete(String groupId) {
		observe("groups.delete", groupId, () -> rest.send(RestRequest.delete(PATH, Ids.groupId(groupId))));
	}

	@Override
	public BatchResult deleteWithFiles(String groupId) {
		return observe("groups.deleteWithFiles", groupId, () -> {
			List<String> uuids = get(groupId).fileUuids();
			BatchResult deleted = uuids.isEmpty() ? NO_FILES : files.deleteAll(uuids);
			delete(groupId);
			return deleted;
		});
	}

	private <T> T observe(String operation, String groupId, Supplier<T> action) {
		return observations.observe(null, operation, (context) -> context.setGroupId(groupId), action);
	}

}
