package dev.ucare.client.internal.upload;

import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicReference;

import dev.ucare.client.UploadcareException;
import dev.ucare.client.UploadcareUploadException;
import dev.ucare.client.internal.Observations;
import dev.ucare.client.internal.UploadTransport;
import dev.ucare.client.upload.SourceContent;

import io.micrometer.observation.Observation;
import tools.jackson.databind.JsonNode;

/**
 * One multipart upload: {@code /multipart/start/} with {@code part_size}, the parts PUT
 * in parallel (at most {@code concurrency} in flight, each retried on its own by the
 * transport), then {@code /multipart/complete/}. Slices are taken from the source in
 * order on the calling thread, so a sequential stream is read part by part and never more
 * than {@code concurrency} parts are held at once.
 */
final class MultipartUploader {

	/**
	 * Parts are raw byte ranges; the file's own type goes in {@code /multipart/start/}
	 * (as pyuploadcare does).
	 */
	private static final String PART_CONTENT_TYPE = "application/octet-stream";

	private final UploadTransport transport;

	private final ExecutorService executor;

	private final long partSize;

	private final int concurrency;

	MultipartUploader(UploadTransport transport, ExecutorService executor, long partSize, int concurrency) {
		this.transport = transport;
		this.executor = executor;
		this.partSize = partSize;
		this.concurrency = concurrency;
	}

	/**
	 * Uploads {@code content} and returns the server's file info from
	 * {@code /multipart/complete/}.
	 * @param fields public key, store, metadata and signature fields for
	 * {@code /multipart/start/}
	 */
	JsonNode upload(SourceContent content, String filename, String contentType, Map<String, String> fields,
			String publicKey, ProgressTracker progress) throws IOException {
		long size = content.length();
		Map<String, String> start = new LinkedHashMap<>();
		start.put("filename", filename);
		start.put("size", Long.toString(size));
		start.put("content_type", contentType);
		start.put("part_size", Long.toString(partSize));
		start.putAll(fields);
		JsonNode started = transport.postForm("multipart/start/", start);
		String uuid = UploadApiJson.text(started, "uuid");
		List<String> urls = new ArrayList<>();
		started.path("parts").forEach(url -> urls.add(url.asString()));
		int count = (int) ((size + partSize - 1) / partSize);
		if (uuid == null || urls.size() != count) {
			throw new UploadcareUploadException(what(filename) + " cannot go on: the server gave " + urls.size()
					+ " part URLs for " + count + " parts of " + partSize + " bytes");
		}
		sendParts(content, filename, uuid, urls, progress);
		Map<String, String> complete = new LinkedHashMap<>();
		complete.put("uuid", uuid);
		complete.put("UPLOADCARE_PUB_KEY", publicKey);
		return transport.postForm("multipart/complete/", complete);
	}

	private void sendParts(SourceContent content, String filename, String uuid, List<String> urls,
			ProgressTracker progress) throws IOException {
		Observations observations = transport.observations();
		Observation upload = observations.current();
		int count = urls.size();
		long size = content.length();
		Semaphore permits = new Semaphore(concurrency);
		AtomicReference<UploadcareException> failure = new AtomicReference<>();
		List<Future<?>> inFlight = new ArrayList<>(count);
		try {
			for (int i = 0; i < count && failure.get() == null; i++) {
				permits.acquire();
				long offset = i * partSize;
				long length = Math.min(partSize, size - offset);
				SourceContent.Slice slice;
				try {
					slice = content.slice(offset, length);
				}
				catch (IOException | RuntimeException ex) {
					permits.release();
					throw ex;
				}
				int number = i + 1;
				URI url = URI.create(urls.get(i));
				inFlight.add(executor.submit(() -> {
					try {
						observations.observe(upload, "uploads.part", (part) -> {
							part.setPartNumber(number);
							part.setFileUuid(uuid);
						}, () -> {
							transport.putPart("PUT part " + number + " of " + count, url, PART_CONTENT_TYPE, length,
									slice.body());
							return null;
						});
						progress.advance(length);
					}
					catch (RuntimeException ex) {
						failure.compareAndSet(null, partFailure(filename, number, count, offset, length, ex));
					}
					finally {
						permits.release();
					}
				}));
			}
			if (failure.get() == null) {
				content.finish();
			}
			for (Future<?> part : inFlight) {
				part.get();
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new UploadcareException(what(filename) + " was interrupted", ex);
		}
		catch (ExecutionException ex) {
			if (ex.getCause() instanceof Error error) {
				throw error;
			}
			throw new UploadcareException("Part upload of '" + filename + "' failed: " + ex.getCause(), ex);
		}
		finally {
			inFlight.forEach(part -> part.cancel(true));
		}
		if (failure.get() != null) {
			throw failure.get();
		}
	}

	private static String what(String filename) {
		return "Multipart upload of '" + filename + "'";
	}

	private static UploadcareException partFailure(String filename, int number, int count, long offset, long length,
			RuntimeException cause) {
		String why = cause.getMessage();
		String message = what(filename) + " failed at part " + number + " of " + count + " (bytes " + offset + "-"
				+ (offset + length - 1) + "): " + why;
		if (cause instanceof UploadcareException ex) {
			return new UploadcareUploadException(message, ex.status(), ex.detail(), ex.requestId(), ex);
		}
		return new UploadcareUploadException(message, 0, null, null, cause);
	}

}
