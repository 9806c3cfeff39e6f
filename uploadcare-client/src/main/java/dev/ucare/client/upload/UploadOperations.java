package dev.ucare.client.upload;

import java.io.InputStream;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import dev.ucare.client.files.FileInfo;
import dev.ucare.client.groups.GroupInfo;
import dev.ucare.client.internal.Arguments;

import org.springframework.web.multipart.MultipartFile;

/**
 * Uploads through the Upload API. Sources below the client's multipart threshold (10 MiB
 * by default) go in one {@code /base/} request; larger ones go multipart, with parts sent
 * in parallel and each part retried on its own. Every upload returns the new file as a
 * {@link FileInfo} (see {@code UploadApiJson} for how the Upload API's answer maps onto
 * it).
 *
 * <p>
 * Errors follow the client's one rule: a bad argument (a missing or empty file, a
 * negative length, a stream shorter or longer than declared, a non-http URL, bad
 * metadata) fails with an {@link IllegalArgumentException} naming it, before any request
 * is sent; a local file or stream that cannot be read fails with an
 * {@link java.io.UncheckedIOException} (its {@link java.io.IOException} as the cause);
 * what Uploadcare or the network answered raises an
 * {@link dev.ucare.client.UploadcareException}:
 * {@link dev.ucare.client.UploadcareUploadException} for refusals (or its
 * authentication/throttling siblings),
 * {@link dev.ucare.client.UploadcareNetworkException} when no answer came.
 */
public interface UploadOperations {

	/** Uploads {@code source}, directly or multipart by size. */
	FileInfo upload(UploadSource source, UploadOptions options);

	/** Uploads {@code source} with default options. */
	default FileInfo upload(UploadSource source) {
		return upload(source, UploadOptions.defaults());
	}

	/** Uploads a file. */
	default FileInfo upload(Path path) {
		return upload(UploadSource.of(path), UploadOptions.defaults());
	}

	/** Uploads a file. */
	default FileInfo upload(Path path, UploadOptions options) {
		return upload(UploadSource.of(path), options);
	}

	/** Uploads bytes, named by {@link UploadOptions#filename()} (else {@code "file"}). */
	default FileInfo upload(byte[] bytes, UploadOptions options) {
		return upload(UploadSource.of(bytes, Arguments.notNull(options, "options").filename()), options);
	}

	/** Uploads bytes as {@code "file"}. */
	default FileInfo upload(byte[] bytes) {
		return upload(bytes, UploadOptions.defaults());
	}

	/**
	 * Uploads a stream of unknown length (spooled to a temporary file first); closes it.
	 */
	default FileInfo upload(InputStream in, UploadOptions options) {
		return upload(UploadSource.of(in, Arguments.notNull(options, "options").filename()), options);
	}

	/** Uploads a stream of unknown length; closes it. */
	default FileInfo upload(InputStream in) {
		return upload(in, UploadOptions.defaults());
	}

	/** Uploads a stream of exactly {@code length} bytes, part by part; closes it. */
	default FileInfo upload(InputStream in, long length, UploadOptions options) {
		return upload(UploadSource.of(in, length, Arguments.notNull(options, "options").filename()), options);
	}

	/** Uploads a file received by Spring MVC. */
	default FileInfo upload(MultipartFile file, UploadOptions options) {
		return upload(UploadSource.of(file), options);
	}

	/** Uploads a file received by Spring MVC. */
	default FileInfo upload(MultipartFile file) {
		return upload(file, UploadOptions.defaults());
	}

	/**
	 * Uploads {@code source} like {@link #upload(UploadSource, UploadOptions)} and
	 * returns only the new file's UUID, for when nothing else about the file is needed
	 * (e.g. to keep a reference to it): a direct upload then takes one request,
	 * {@code POST /base/}, instead of two (the file's info is not asked for with
	 * {@code GET /info/}). A multipart upload takes the same requests as {@code upload}.
	 * Errors, progress, metrics and options are those of {@code upload}. Read the file
	 * later with {@code files().get(uuid)} or {@link #info(String)}.
	 */
	String uploadForUuid(UploadSource source, UploadOptions options);

	/** {@link #uploadForUuid(UploadSource, UploadOptions)} with default options. */
	default String uploadForUuid(UploadSource source) {
		return uploadForUuid(source, UploadOptions.defaults());
	}

	/** {@link #uploadForUuid(UploadSource, UploadOptions)} of a file. */
	default String uploadForUuid(Path path) {
		return uploadForUuid(UploadSource.of(path), UploadOptions.defaults());
	}

	/** Has Uploadcare fetch {@code url} and waits for the file ({@link #fromUrl}). */
	default FileInfo upload(URI url, UploadOptions options) {
		return fromUrl(url, UrlUploadOptions.of(Arguments.notNull(options, "options")));
	}

	/** Has Uploadcare fetch {@code url} and waits for the file. */
	default FileInfo upload(URI url) {
		return fromUrl(url, UrlUploadOptions.defaults());
	}

	/**
	 * Uploads in the background. Cancelling the future stops the upload: parts in flight
	 * are aborted and no further request is sent.
	 */
	CompletableFuture<FileInfo> uploadAsync(UploadSource source, UploadOptions options);

	/**
	 * Uploads every source, several at once (bounded by the client's file concurrency),
	 * and returns the files in input order. {@code options} applies to each, except its
	 * filename and content type (each source's own are used); its progress listener
	 * receives the combined progress.
	 * @throws UploadAllException when any source failed, after every source was
	 * attempted; it carries each source's result or failure
	 */
	List<FileInfo> uploadAll(List<UploadSource> sources, UploadOptions options);

	/** {@link #uploadAll(List, UploadOptions)} with default options. */
	default List<FileInfo> uploadAll(List<UploadSource> sources) {
		return uploadAll(sources, UploadOptions.defaults());
	}

	/**
	 * Asks Uploadcare to fetch {@code url} ({@code POST /from_url/}) and returns the
	 * job's token.
	 * @throws DuplicateUrlException when duplicate checking is on and {@code url} was
	 * uploaded before
	 */
	String startFromUrl(URI url, UrlUploadOptions options);

	/** One look at a from-URL job. */
	UrlUploadStatus fromUrlStatus(String token);

	/**
	 * Has Uploadcare fetch {@code url} and polls with capped exponential backoff until
	 * the file exists. Returns the earlier file when duplicate checking finds one.
	 * @throws dev.ucare.client.UploadcareUploadException with the server's message when
	 * the fetch failed
	 * @throws dev.ucare.client.UploadcareTimeoutException when the deadline passed first
	 */
	FileInfo fromUrl(URI url, UrlUploadOptions options);

	/** {@link #fromUrl} in the background; cancelling the future stops polling. */
	CompletableFuture<FileInfo> fromUrlAsync(URI url, UrlUploadOptions options);

	/** A file as the Upload API describes it ({@code GET /info/}). */
	FileInfo info(String uuid);

	/**
	 * Creates a group ({@code POST /group/}) of files given as UUIDs or CDN URLs, with
	 * effects if any.
	 */
	GroupInfo createGroup(List<String> files);

	/** A group as the Upload API describes it ({@code GET /group/info/}). */
	GroupInfo groupInfo(String groupId);

}
