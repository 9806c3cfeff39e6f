package dev.ucare.client.groups;

import java.util.List;
import java.util.stream.Stream;

import dev.ucare.client.Page;
import dev.ucare.client.files.BatchResult;

/**
 * File groups: created through the Upload API, listed and deleted through the REST API
 * v0.7.
 */
public interface GroupOperations {

	/** Creates a group of files given as UUIDs or CDN URLs with effects. */
	GroupInfo create(List<String> uuids);

	/** The group {@code groupId} ({@code <uuid>~<count>}) with its files. */
	GroupInfo get(String groupId);

	/** One page of groups. */
	Page<GroupInfo> list(GroupQuery query);

	/**
	 * Every group, fetching pages lazily exactly as
	 * {@link dev.ucare.client.files.FileOperations#stream} does: a consumer that stops
	 * early never causes a request for a page it does not read; a full traversal reads
	 * one page ahead (close the stream to cancel a pending read-ahead).
	 */
	Stream<GroupInfo> stream(GroupQuery query);

	/**
	 * Stores every file of the group (v0.7 has no group storage endpoint: the files are
	 * batch-stored).
	 */
	BatchResult store(String groupId);

	/** Deletes the group object; its files stay. */
	void delete(String groupId);

	/** Deletes the group's files, then the group. */
	BatchResult deleteWithFiles(String groupId);

}
