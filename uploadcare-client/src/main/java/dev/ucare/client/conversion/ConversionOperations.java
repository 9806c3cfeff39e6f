package dev.ucare.client.conversion;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

import dev.ucare.client.UploadcareInvalidRequestException;
import dev.ucare.client.UploadcareTimeoutException;
import dev.ucare.client.WaitSettings;
import dev.ucare.client.files.FileInfo;
import dev.ucare.client.groups.GroupInfo;
import dev.ucare.client.internal.Arguments;

/**
 * Document and video conversion through the REST API v0.7. Methods without
 * {@link WaitSettings} wait with the client's default
 * ({@code UploadcareClient.Builder#jobWait}).
 */
public interface ConversionOperations {

	/** Converts one file with {@link ConversionOptions#defaults()}. */
	default ConversionJob convert(String uuid, Transformation transformation) {
		return convert(uuid, transformation, ConversionOptions.defaults());
	}

	/**
	 * Starts converting one file.
	 * @throws IllegalArgumentException when {@code save_in_group} is asked for a video,
	 * before anything is sent
	 * @throws UploadcareInvalidRequestException when the server rejects the path, naming
	 * it and the server's reason
	 */
	ConversionJob convert(String uuid, Transformation transformation, ConversionOptions options);

	/**
	 * {@link #convertAndWait(String, Transformation, ConversionOptions)} with default
	 * options.
	 */
	default FileInfo convertAndWait(String uuid, Transformation transformation) {
		return convertAndWait(uuid, transformation, ConversionOptions.defaults());
	}

	/**
	 * Converts one file and waits, with the client's default wait settings, for the
	 * output file.
	 */
	FileInfo convertAndWait(String uuid, Transformation transformation, ConversionOptions options);

	/**
	 * Converts one file and polls its status with capped backoff until it finishes.
	 * @return the output file, fetched once the job finished
	 * @throws ConversionFailedException when the job ends {@code failed} or
	 * {@code cancelled}, with the server's message
	 * @throws UploadcareTimeoutException when {@code wait}'s deadline passes first
	 */
	FileInfo convertAndWait(String uuid, Transformation transformation, ConversionOptions options, WaitSettings wait);

	/**
	 * Non-blocking {@link #convertAndWait(String, Transformation, ConversionOptions)},
	 * default options.
	 */
	default CompletableFuture<FileInfo> convertAsync(String uuid, Transformation transformation) {
		return convertAsync(uuid, transformation, ConversionOptions.defaults());
	}

	/**
	 * Non-blocking {@link #convertAndWait(String, Transformation, ConversionOptions)}.
	 */
	CompletableFuture<FileInfo> convertAsync(String uuid, Transformation transformation, ConversionOptions options);

	/**
	 * Non-blocking
	 * {@link #convertAndWait(String, Transformation, ConversionOptions, WaitSettings)}.
	 * Invalid arguments throw at once; the request and the polling run in the background,
	 * and the future completes with the output file or exceptionally with the same errors
	 * (unwrapped). Cancelling it stops polling.
	 */
	CompletableFuture<FileInfo> convertAsync(String uuid, Transformation transformation, ConversionOptions options,
			WaitSettings wait);

	/**
	 * Waits for a job started earlier (e.g. by a batch call) and returns its output file.
	 */
	FileInfo await(ConversionKind kind, long token, WaitSettings wait);

	/**
	 * Non-blocking {@link #await(ConversionKind, long, WaitSettings)}; cancelling the
	 * future stops polling.
	 */
	CompletableFuture<FileInfo> awaitAsync(ConversionKind kind, long token, WaitSettings wait);

	/** {@link #convertVideos(List, ConversionOptions)} with default options. */
	default ConversionResult convertVideos(List<String> paths) {
		return convertVideos(paths, ConversionOptions.defaults());
	}

	/**
	 * Starts converting videos given as conversion paths ({@code <uuid>/video/-/…/}) or
	 * CDN URLs. Rejected paths are reported in {@link ConversionResult#problems()}, not
	 * thrown.
	 * @throws IllegalArgumentException when {@code save_in_group} is set
	 */
	ConversionResult convertVideos(List<String> paths, ConversionOptions options);

	/** {@link #convertDocuments(List, ConversionOptions)} with default options. */
	default ConversionResult convertDocuments(List<String> paths) {
		return convertDocuments(paths, ConversionOptions.defaults());
	}

	/**
	 * Starts converting documents given as conversion paths
	 * ({@code <uuid>/document/-/…/}) or CDN URLs. Rejected paths are reported in
	 * {@link ConversionResult#problems()}, not thrown.
	 */
	ConversionResult convertDocuments(List<String> paths, ConversionOptions options);

	/** Status of a video conversion job. */
	ConversionStatus videoStatus(long token);

	/** Status of a document conversion job. */
	ConversionStatus documentStatus(long token);

	/** Status of a job of either kind. */
	default ConversionStatus status(ConversionKind kind, long token) {
		return (Arguments.notNull(kind, "kind") == ConversionKind.VIDEO) ? videoStatus(token) : documentStatus(token);
	}

	/**
	 * The document's format, the formats it converts to and its converted page groups.
	 */
	DocumentInfo documentInfo(String uuid);

	/**
	 * The group of pages of {@code uuid} converted to {@code format} with
	 * {@code save_in_group}, when there is one.
	 */
	Optional<GroupInfo> convertedDocumentGroup(String uuid, DocumentFormat format);

}
