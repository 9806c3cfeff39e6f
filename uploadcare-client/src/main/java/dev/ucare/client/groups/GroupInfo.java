package dev.ucare.client.groups;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

import dev.ucare.client.files.FileInfo;

/**
 * A file group. Groups are immutable; their id is {@code <uuid>~<file count>}.
 *
 * @param id group id, e.g. {@code d496a4df-0b36-4281-8156-268ae9524d4a~1}
 * @param datetimeCreated when it was created
 * @param datetimeStored deprecated by Uploadcare; usually {@code null}
 * @param filesCount number of files
 * @param cdnUrl the group's CDN URL
 * @param url the group's REST API URL
 * @param files the files, in order, as returned by the detail endpoints; an entry is
 * {@code null} when that file was removed; empty in list responses
 */
public record GroupInfo(String id, OffsetDateTime datetimeCreated, OffsetDateTime datetimeStored, int filesCount,
		String cdnUrl, String url, List<FileInfo> files) {

	public GroupInfo {
		files = files == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(files));
	}

	/** UUIDs of the files still present, in group order. */
	public List<String> fileUuids() {
		return files.stream().filter(Objects::nonNull).map(FileInfo::uuid).toList();
	}
}
