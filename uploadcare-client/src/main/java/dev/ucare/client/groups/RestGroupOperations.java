package dev.ucare.client.groups;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import dev.ucare.client.Page;
import dev.ucare.client.UploadcareInvalidRequestException;
import dev.ucare.client.files.BatchResult;
import dev.ucare.client.files.FileOperations;
import dev.ucare.client.internal.Ids;
import dev.ucare.client.internal.Paging;
import dev.ucare.client.internal.RestRequest;
import dev.ucare.client.internal.RestTransport;

import tools.jackson.core.type.TypeReference;

/**
 * {@link GroupOperations} over the REST API v0.7, creating groups with a
 * {@link GroupCreator}.
 */
public final class RestGroupOperations implements GroupOperations {

	private static final TypeReference<Page<GroupInfo>> PAGE = new TypeReference<>() {
	};

	private final RestTransport rest;

	private final FileOperations files;

	private final GroupCreator creator;

	public RestGroupOperations(RestTransport rest, FileOperations files, GroupCreator creator) {
		this.rest = rest;
		this.files = files;
		this.creator = creator;
	}

	@Override
	public GroupInfo create(List<String> uuids) {
		if (uuids == null || uuids.isEmpty()) {
			throw new UploadcareInvalidRequestException("A group needs at least one file");
		}
		return creator.create(uuids);
	}

	@Override
	public GroupInfo get(String groupId) {
		return rest.send(RestRequest.get(path(groupId)), GroupInfo.class);
	}

	@Override
	public Page<GroupInfo> list(GroupQuery query) {
		return rest.send(RestRequest.get("/groups/").query(query.toQuery()), PAGE);
	}

	@Override
	public Stream<GroupInfo> stream(GroupQuery query) {
		return Paging.stream(rest, RestRequest.get("/groups/").query(query.toQuery()), PAGE);
	}

	@Override
	public BatchResult store(String groupId) {
		List<String> uuids = get(groupId).fileUuids();
		return uuids.isEmpty() ? new BatchResult("ok", Map.of(), List.of()) : files.storeAll(uuids);
	}

	@Override
	public void delete(String groupId) {
		rest.send(RestRequest.delete(path(groupId)));
	}

	@Override
	public BatchResult deleteWithFiles(String groupId) {
		List<String> uuids = get(groupId).fileUuids();
		BatchResult deleted = uuids.isEmpty() ? new BatchResult("ok", Map.of(), List.of()) : files.deleteAll(uuids);
		delete(groupId);
		return deleted;
	}

	private static String path(String groupId) {
		return "/groups/" + Ids.groupId(groupId) + "/";
	}

}
