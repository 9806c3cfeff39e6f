package dev.ucare.client.internal.upload;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;

import dev.ucare.client.UploadcareUploadException;
import dev.ucare.client.files.FileInfo;
import dev.ucare.client.internal.MultipartFormBody;
import dev.ucare.client.upload.SourceContent;
import dev.ucare.client.upload.UploadOptions;
import dev.ucare.client.upload.UploadSource;

import io.micrometer.observation.Observation;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * Uploads one source: in one {@code POST /base/} below the multipart threshold (then
 * {@code GET /info/} for the file, unless only the UUID is asked for), else through
 * {@link MultipartUploader}. Reports progress and metrics. A source that cannot be read
 * fails with an {@link UncheckedIOException}, never with an Uploadcare error: nothing was
 * refused by Uploadcare.
 */
final class SourceUploader {

	private final UploadContext context;

	private final UploadApiInfo info;

	private final MultipartUploader multipart;

	SourceUploader(UploadContext context, UploadApiInfo info) {
		this.context = context;
		this.info = info;
		this.multipart = new MultipartUploader(context.transport, context.executor, context.settings.partSize(),
				context.settings.concurrency());
	}

	/**
	 * Uploads {@code source} as the operation {@code uploads.upload}.
	 * @param parent the observation it is part of ({@code uploads.uploadAll}), or
	 * {@code null} for the current one
	 */
	FileInfo upload(UploadSource source, UploadOptions options, ProgressTracker progress,
			@Nullable Observation parent) {
		return context.observations.observe(parent, "uploads.upload", null,
				() -> uploadObserved(source, options, progress));
	}

	/**
	 * Uploads {@code source} in the current observation: the work of
	 * {@link #upload(UploadSource, UploadOptions, ProgressTracker, Observation)} for an
	 * {@code uploads.upload} started elsewhere (on the caller's thread, so that it is a
	 * child of the caller's observation or span).
	 */
	FileInfo uploadObserved(UploadSource source, UploadOptions options, ProgressTracker progress) {
		Uploaded uploaded = send(source, options, progress);
		FileInfo file = uploaded.file();
		return (file != null) ? file : info.info(uploaded.uuid());
	}

	/**
	 * Uploads {@code source} as the operation {@code uploads.uploadForUuid} and returns
	 * its UUID: one request for a direct upload (no {@code GET /info/}).
	 */
	String uploadForUuid(UploadSource source, UploadOptions options, ProgressTracker progress) {
		return context.observations.observe(null, "uploads.uploadForUuid", null, () -> {
			String uuid = send(source, options, progress).uuid();
			context.observations.describe((observed) -> observed.setFileUuid(uuid));
			return uuid;
		});
	}

	/**
	 * What an upload produced: the file's info when the upload answered with it
	 * (multipart), only its UUID after a direct upload.
	 */
	private record Uploaded(String uuid, @Nullable FileInfo file) {
	}

	private Uploaded send(UploadSource source, UploadOptions options, ProgressTracker progress) {
		String requested = options.filename();
		String filename = (requested != null && !requested.isBlank()) ? requested : source.filename();
		String contentType = source.resolveContentType(options.contentType(), filename);
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("UPLOADCARE_PUB_KEY", context.publicKey());
		fields.put("UPLOADCARE_STORE", context.store(options).uploadValue());
		context.putCommon(fields, options);
		long started = System.nanoTime();
		String method = "direct";
		long bytes = 0;
		boolean success = false;
		try (SourceContent content = source.open()) {
			bytes = content.length();
			if (source.length() < 0) {
				progress.expand(bytes);
			}
			Uploaded uploaded;
			if (bytes >= context.settings.multipartThreshold()) {
				method = "multipart";
				FileInfo file = context
					.file(multipart.upload(content, filename, contentType, fields, context.publicKey(), progress));
				uploaded = new Uploaded(file.uuid(), file);
			}
			else {
				String uuid = direct(content, filename, contentType, fields);
				progress.advance(bytes);
				uploaded = new Uploaded(uuid, null);
			}
			success = true;
			return uploaded;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read " + source + ": " + ex.getMessage(), ex);
		}
		finally {
			context.report(method, bytes, started, success);
		}
	}

	/** {@code POST /base/}; the new file's UUID. */
	private String direct(SourceContent content, String filename, String contentType, Map<String, String> fields)
			throws IOException {
		SourceContent.Slice slice = content.slice(0, content.length());
		content.finish();
		MultipartFormBody form = new MultipartFormBody(fields, filename, filename, contentType, slice.length(),
				slice.body());
		JsonNode answer = context.transport.postMultipart("base/", form);
		JsonNode uuid = answer.get(filename);
		if ((uuid == null || !uuid.isString()) && answer.isObject() && answer.size() == 1) {
			uuid = answer.iterator().next();
		}
		if (uuid == null || !uuid.isString()) {
			throw new UploadcareUploadException("POST /base/ answered without the uploaded file's UUID: " + answer);
		}
		return uuid.asString();
	}

}
