package dev.ucare.client.internal.upload;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;

import dev.ucare.client.UploadcareException;
import dev.ucare.client.files.FileInfo;
import dev.ucare.client.upload.UploadAllException;
import dev.ucare.client.upload.UploadOptions;
import dev.ucare.client.upload.UploadOutcome;
import dev.ucare.client.upload.UploadSource;
import io.micrometer.observation.Observation;

/**
 * {@code uploadAll}: every source uploaded on the context's pool, at most
 * {@code fileConcurrency} at once, with one combined progress; every source is attempted
 * and the failures are reported together.
 */
final class UploadAll {

	private final UploadContext context;

	private final SourceUploader uploader;

	UploadAll(UploadContext context, SourceUploader uploader) {
		this.context = context;
		this.uploader = uploader;
	}

	List<FileInfo> uploadAll(List<UploadSource> sources, UploadOptions options) {
		return context.observations.observe("uploads.uploadAll", () -> uploadAllObserved(sources, options));
	}

	private List<FileInfo> uploadAllObserved(List<UploadSource> sources, UploadOptions options) {
		for (int i = 0; i < sources.size(); i++) {
			if (sources.get(i) == null) {
				throw new IllegalArgumentException("Source #" + i + " of uploadAll is null");
			}
		}
		long known = sources.stream().mapToLong(UploadSource::length).filter(length -> length >= 0).sum();
		ProgressTracker progress = new ProgressTracker(options.progress(), known);
		UploadOptions each = options.toBuilder().filename(null).contentType(null).progress(null).build();
		Semaphore permits = new Semaphore(context.settings.fileConcurrency());
		Observation observation = context.observations.current();
		List<Future<FileInfo>> futures = new ArrayList<>(sources.size());
		try {
			for (UploadSource source : sources) {
				permits.acquire();
				futures.add(context.executor.submit(() -> {
					try {
						return uploader.upload(source, each, progress, observation);
					}
					finally {
						permits.release();
					}
				}));
			}
			List<UploadOutcome> outcomes = new ArrayList<>(sources.size());
			for (int i = 0; i < futures.size(); i++) {
				try {
					outcomes.add(new UploadOutcome(i, sources.get(i), futures.get(i).get(), null));
				}
				catch (ExecutionException ex) {
					outcomes.add(new UploadOutcome(i, sources.get(i), null, runtime(ex)));
				}
			}
			if (outcomes.stream().anyMatch(outcome -> !outcome.succeeded())) {
				throw new UploadAllException(outcomes);
			}
			return outcomes.stream().map(UploadOutcome::file).toList();
		}
		catch (InterruptedException ex) {
			futures.forEach(future -> future.cancel(true));
			Thread.currentThread().interrupt();
			throw new UploadcareException("uploadAll was interrupted", ex);
		}
	}

	private static RuntimeException runtime(Throwable failure) {
		Throwable cause = failure;
		while ((cause instanceof CompletionException || cause instanceof ExecutionException)
				&& cause.getCause() != null) {
			cause = cause.getCause();
		}
		if (cause instanceof RuntimeException runtime) {
			return runtime;
		}
		if (cause instanceof Error error) {
			throw error;
		}
		return new UploadcareException("Upload failed: " + cause, cause);
	}

}
