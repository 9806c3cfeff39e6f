package dev.ucare.sample.upload;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import dev.ucare.client.Store;
import dev.ucare.client.UploadcareException;
import dev.ucare.sample.BadInputException;
import dev.ucare.client.files.FileInfo;
import dev.ucare.client.upload.UploadOperations;
import dev.ucare.client.upload.UploadOptions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Service;
import org.springframework.web.multipart.MultipartFile;

/**
 * Runs server-side uploads in the background and tracks their progress. The browser's
 * request only copies the parts to temporary files; the upload to Uploadcare then runs on
 * a worker thread, and the progress listener of {@link UploadOptions} feeds
 * {@link UploadJob#progress()}, which the page polls.
 */
@Service
public class UploadJobs implements DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(UploadJobs.class);

	private static final int MAX_JOBS = 100;

	private final UploadOperations uploads;

	private final ExecutorService executor = Executors.newFixedThreadPool(4, runnable -> {
		Thread thread = new Thread(runnable, "sample-upload");
		thread.setDaemon(true);
		return thread;
	});

	private final Map<String, UploadJob> jobs = Collections.synchronizedMap(new java.util.LinkedHashMap<>() {
		@Override
		protected boolean removeEldestEntry(Map.Entry<String, UploadJob> eldest) {
			return size() > MAX_JOBS;
		}
	});

	public UploadJobs(UploadOperations uploads) {
		this.uploads = uploads;
	}

	/**
	 * Starts uploading {@code files} with the given store choice; empty parts are
	 * refused.
	 * @throws BadInputException when no non-empty file was given
	 */
	public UploadJob start(List<MultipartFile> files, Store store) {
		List<MultipartFile> nonEmpty = files == null ? List.of()
				: files.stream().filter(f -> f != null && !f.isEmpty()).toList();
		if (nonEmpty.isEmpty()) {
			throw new BadInputException("Choose at least one file to upload: the upload was empty.");
		}
		List<UploadJob.Item> items = new ArrayList<>();
		for (MultipartFile part : nonEmpty) {
			items.add(new UploadJob.Item(filename(part), part.getSize(), copy(part)));
		}
		UploadJob job = new UploadJob(UUID.randomUUID().toString(), store, items);
		jobs.put(job.id(), job);
		CompletableFuture.runAsync(() -> run(job), executor);
		return job;
	}

	public Optional<UploadJob> find(String id) {
		return Optional.ofNullable(jobs.get(id));
	}

	private void run(UploadJob job) {
		for (UploadJob.Item item : job.items()) {
			try {
				UploadOptions options = UploadOptions.builder()
					.filename(item.filename())
					.store(job.store())
					.progress(p -> item.progress(p.done(), p.total()))
					.build();
				FileInfo file = uploads.upload(item.temp(), options);
				item.done(file.uuid(), file.stored());
			}
			catch (UploadcareException | IllegalArgumentException ex) {
				log.warn("Upload of {} failed: {}", item.filename(), ex.getMessage());
				item.failed(ex.getMessage());
			}
			catch (RuntimeException ex) {
				log.warn("Upload of {} failed", item.filename(), ex);
				item.failed("Upload failed: " + ex.getClass().getSimpleName());
			}
			finally {
				deleteQuietly(item.temp());
			}
		}
	}

	private static String filename(MultipartFile part) {
		String name = part.getOriginalFilename();
		if (name == null || name.isBlank()) {
			return "upload.bin";
		}
		int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
		return name.substring(slash + 1);
	}

	private static Path copy(MultipartFile part) {
		try {
			Path temp = Files.createTempFile("sample-upload-", ".part");
			part.transferTo(temp);
			return temp;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not buffer the uploaded file", ex);
		}
	}

	private static void deleteQuietly(Path path) {
		try {
			Files.deleteIfExists(path);
		}
		catch (IOException ex) {
			log.debug("Could not delete {}", path, ex);
		}
	}

	@Override
	public void destroy() {
		executor.shutdownNow();
	}

}
