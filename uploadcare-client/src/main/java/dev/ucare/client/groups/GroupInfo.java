package dev.ucare.client.groups;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

import dev.ucare.client.files.FileInfo;
import dev.ucare.client.internal.Arguments;

import org.jspecify.annotations.Nullable;

/**
 * A file group. Groups are immutable; their id is {@code <uuid>~<file count>}.
 *
 * @param id group id, e.g. {@code d496a4df-0b36-4281-8156-268ae9524d4a~1}
 * @param datetimeCreated when it was created, {@code null} when the answer did not say
 * @param datetimeStored deprecated by Uploadcare; usually {@code null}
 * @param filesCount number of files
 * @param cdnUrl the group's CDN URL, {@code null} when the answer did not say
 * @param url the group's REST API URL, {@code null} when the answer did not say
 * @param files the files, in order, as returned by the detail endpoints; an entry is
 * {@code null} when that file was removed; empty in list responses
 */
public record GroupInfo(String id, @Nullable OffsetDateTime datetimeCreated, @Nullable OffsetDateTime datetimeStored,
		int filesCount, @Nullable String cdnUrl, @Nullable String url, List<@Nullable FileInfo> files) {

	/**
	 * A group; {@code null} files read as none.
	 * @throws IllegalArgumentException when {@code id} is {@code null}
	 */
	public GroupInfo(String id, @Nullable OffsetDateTime datetimeCreated, @Nullable OffsetDateTime datetimeStored,
			int filesCount, @Nullable String cdnUrl, @Nullable String url, @Nullable List<@Nullable FileInfo> files) {
		this.id = Arguments.notNull(id, "id");
		this.datetimeCreated = datetimeCreated;
		this.datetimeStored = datetimeStored;
		this.filesCount = filesCount;
		this.cdnUrl = cdnUrl;
		this.url = url;
		this.files = (files != null) ? Collections.unmodifiableList(new ArrayList<>(files)) : List.of();
	}

	/** UUIDs of the files still present, in group order. */
	public List<String> fileUuids() {
		return files.stream().filter(Objects::nonNull).map(FileInfo::uuid).toList();
	}
}
