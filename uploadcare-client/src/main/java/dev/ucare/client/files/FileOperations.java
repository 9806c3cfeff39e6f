package dev.ucare.client.files;

import java.util.Collection;
import java.util.Map;
import java.util.stream.Stream;

import dev.ucare.client.Page;

/** Files of the project through the REST API v0.7. */
public interface FileOperations {

	/** One page of files matching {@code query}. */
	Page<FileInfo> list(FileQuery query);

	/**
	 * Every file matching {@code query}, fetching pages lazily as the stream is consumed:
	 * the first page when the stream is first advanced, each later page when the consumer
	 * needs its first item, so a consumer that stops early ({@code limit(n)},
	 * {@code findFirst}, an iterator) never causes a request for a page it does not read.
	 * A full traversal ({@code forEach}, {@code toList}, {@code collect}) reads one page
	 * ahead on a background thread while the caller works through the current one;
	 * closing the stream ({@code try}-with-resources) cancels that pending read-ahead. An
	 * error of the read-ahead is thrown when the stream reaches that page, as if the page
	 * had been fetched then.
	 */
	Stream<FileInfo> stream(FileQuery query);

	/** The file with {@code uuid}. */
	default FileInfo get(String uuid) {
		return get(uuid, false);
	}

	/**
	 * The file with {@code uuid}, with its add-on {@code appdata} when
	 * {@code includeAppdata}.
	 */
	FileInfo get(String uuid, boolean includeAppdata);

	/** Stores one file permanently. */
	FileInfo store(String uuid);

	/** Deletes one file; returns it with {@code datetime_removed} set. */
	FileInfo delete(String uuid);

	/**
	 * Stores any number of files, 100 per request; problems of every request are merged.
	 * @throws IllegalArgumentException naming its index when an element is null or not a
	 * file UUID, or when {@code uuids} is empty; nothing is sent then
	 */
	BatchResult storeAll(Collection<String> uuids);

	/**
	 * Deletes any number of files, 100 per request; problems of every request are merged.
	 * @throws IllegalArgumentException naming its index when an element is null or not a
	 * file UUID, or when {@code uuids} is empty; nothing is sent then
	 */
	BatchResult deleteAll(Collection<String> uuids);

	/**
	 * Copies a file inside the project's storage.
	 * @param source a UUID, a UUID with CDN operations ({@code uuid/-/resize/100x/}), or
	 * a CDN URL
	 * @param store whether the copy is stored
	 * @return the new file (its size and type may not be known yet)
	 */
	default FileInfo copyLocal(String source, boolean store) {
		return copyLocal(source, store, Map.of());
	}

	/** Like {@link #copyLocal(String, boolean)}, setting the copy's metadata. */
	FileInfo copyLocal(String source, boolean store, Map<String, String> metadata);

	/**
	 * Copies a file to a custom storage connected to the project.
	 * @param source a UUID, a UUID with CDN operations, or a CDN URL
	 * @param target name of the custom storage
	 * @param options publicity and naming pattern
	 * @return where the copy is, and whether it already existed
	 */
	RemoteCopyResult copyRemote(String source, String target, RemoteCopyOptions options);

}
