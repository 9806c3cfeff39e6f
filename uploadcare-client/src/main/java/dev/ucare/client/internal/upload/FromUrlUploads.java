package dev.ucare.client.internal.upload;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

import dev.ucare.client.UploadcareUploadException;
import dev.ucare.client.WaitSettings;
import dev.ucare.client.files.FileInfo;
import dev.ucare.client.internal.Observations;
import dev.ucare.client.internal.Poller;
import dev.ucare.client.internal.QueryString;
import dev.ucare.client.upload.DuplicateUrlException;
import dev.ucare.client.upload.UploadOptions;
import dev.ucare.client.upload.UrlUploadOptions;
import dev.ucare.client.upload.UrlUploadStatus;

import io.micrometer.observation.Observation;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * The from-URL flow: {@code POST /from_url/}, {@code GET /from_url/status/}, and the
 * waits that poll it (blocking or in the background), with duplicate URLs answered by the
 * earlier file.
 */
final class FromUrlUploads {

	private final UploadContext context;

	FromUrlUploads(UploadContext context) {
		this.context = context;
	}

	String startFromUrl(URI url, UrlUploadOptions options) {
		return context.observations.observe("uploads.startFromUrl", () -> start(url, options));
	}

	private String start(URI url, UrlUploadOptions options) {
		checkUrl(url);
		UploadOptions upload = options.upload();
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("pub_key", context.publicKey());
		fields.put("source_url", url.toString());
		fields.put("store", context.store(upload).uploadValue());
		String filename = upload.filename();
		if (filename != null && !filename.isBlank()) {
			fields.put("filename", filename);
		}
		Boolean checkDuplicates = options.checkDuplicates();
		if (checkDuplicates != null) {
			fields.put("check_URL_duplicates", checkDuplicates ? "1" : "0");
		}
		Boolean saveDuplicates = options.saveDuplicates();
		if (saveDuplicates != null) {
			fields.put("save_URL_duplicates", saveDuplicates ? "1" : "0");
		}
		context.putCommon(fields, upload);
		JsonNode answer = context.transport.postForm("from_url/", fields);
		String type = UploadApiJson.text(answer, "type");
		if ("file_info".equals(type)) {
			throw new DuplicateUrlException(url.toString(), context.file(answer));
		}
		String token = UploadApiJson.text(answer, "token");
		if (token == null) {
			throw new UploadcareUploadException("POST /from_url/ answered without a token: " + answer);
		}
		context.observations.describe((observed) -> observed.setJobId(token));
		return token;
	}

	UrlUploadStatus fromUrlStatus(String token) {
		return context.observations.observe(null, "uploads.fromUrlStatus", (observed) -> observed.setJobId(token),
				() -> status(token));
	}

	private UrlUploadStatus status(String token) {
		if (token == null || token.isBlank()) {
			throw new IllegalArgumentException("From-URL token is empty");
		}
		JsonNode answer = context.transport.get("from_url/status/", new QueryString().add("token", token));
		String status = UploadApiJson.text(answer, "status");
		if (status == null) {
			throw new UploadcareUploadException("GET /from_url/status/ answered without a status: " + answer);
		}
		long done = number(answer.get("done"));
		long total = number(answer.get("total"));
		return switch (status.toLowerCase(Locale.ROOT)) {
			case "waiting" -> new UrlUploadStatus(UrlUploadStatus.State.WAITING, done, total, null, null, null);
			case "progress" -> new UrlUploadStatus(UrlUploadStatus.State.PROGRESS, done, total, null, null, null);
			case "success" -> {
				FileInfo file = context.file(answer);
				context.observations.describe((observed) -> observed.setFileUuid(file.uuid()));
				yield new UrlUploadStatus(UrlUploadStatus.State.SUCCESS, file.size(), file.size(), file, null, null);
			}
			case "error",
					"failed" ->
				new UrlUploadStatus(UrlUploadStatus.State.ERROR, done, total, null,
						Optional.ofNullable(UploadApiJson.text(answer, "error")).orElse("unknown error"),
						UploadApiJson.text(answer, "error_code"));
			default -> new UrlUploadStatus(UrlUploadStatus.State.UNKNOWN, done, total, null, null, null);
		};
	}

	FileInfo fromUrl(URI url, UrlUploadOptions options) {
		return context.observations.observe("uploads.fromUrl", () -> fromUrlObserved(url, options));
	}

	private FileInfo fromUrlObserved(URI url, UrlUploadOptions options) {
		long started = System.nanoTime();
		boolean success = false;
		long bytes = 0;
		try {
			ProgressTracker progress = new ProgressTracker(options.upload().progress(), -1);
			UrlJob job = startOrFindDuplicate(url, options);
			context.observations.describe((observed) -> observed.setJobId(job.token()));
			FileInfo duplicate = job.duplicate();
			FileInfo file = (duplicate != null) ? duplicate
					: Poller.await(what(url), wait(options), () -> check(url, job.requireToken(), progress));
			bytes = file.size();
			success = true;
			return finished(file, progress);
		}
		finally {
			context.report("url", bytes, started, success);
		}
	}

	/**
	 * Observed as {@code uploads.fromUrl}, from this call until the future completes; the
	 * steps run in the background are its children.
	 */
	CompletableFuture<FileInfo> fromUrlAsync(URI url, UrlUploadOptions options) {
		checkUrl(url);
		long started = System.nanoTime();
		ProgressTracker progress = new ProgressTracker(options.upload().progress(), -1);
		Observation observation = context.observations.start("uploads.fromUrl", null);
		Supplier<UrlJob> start = Observations.scoped(observation, () -> {
			UrlJob job = startOrFindDuplicate(url, options);
			context.observations.describe((observed) -> observed.setJobId(job.token()));
			return job;
		});
		CompletableFuture<FileInfo> result = Poller.startThenPoll(start, job -> {
			FileInfo duplicate = job.duplicate();
			if (duplicate != null) {
				return CompletableFuture.completedFuture(finished(duplicate, progress));
			}
			Supplier<Optional<FileInfo>> check = Observations.scoped(observation,
					() -> check(url, job.requireToken(), progress).map(file -> finished(file, progress)));
			return Poller.async(what(url), wait(options), check::get);
		});
		result.whenComplete(
				(file, error) -> context.report("url", file == null ? 0 : file.size(), started, error == null));
		return context.observations.stopWhenDone(observation, result);
	}

	/**
	 * A started from-URL job, or the file an earlier upload of the same URL made (with
	 * duplicate checks on).
	 */
	private record UrlJob(@Nullable String token, @Nullable FileInfo duplicate) {

		/** The token of a started job (one without a duplicate). */
		String requireToken() {
			return Objects.requireNonNull(token, "a started from-URL job has a token");
		}

	}

	private UrlJob startOrFindDuplicate(URI url, UrlUploadOptions options) {
		try {
			return new UrlJob(startFromUrl(url, options), null);
		}
		catch (DuplicateUrlException duplicate) {
			return new UrlJob(null, duplicate.file());
		}
	}

	private Optional<FileInfo> check(URI url, String token, ProgressTracker progress) {
		UrlUploadStatus status = fromUrlStatus(token);
		switch (status.state()) {
			case SUCCESS:
				FileInfo file = status.file();
				if (file == null) {
					throw new UploadcareUploadException(what(url) + " succeeded without a file");
				}
				return Optional.of(file);
			case ERROR:
				throw new UploadcareUploadException(
						what(url) + " failed: " + status.error()
								+ (status.errorCode() == null ? "" : " (" + status.errorCode() + ")"),
						0, status.error(), null);
			case UNKNOWN:
				throw new UploadcareUploadException(
						what(url) + " is unknown to the server (token " + token + " expired or never existed)");
			default:
				if (status.done() >= 0) {
					progress.report(status.done(), status.total());
				}
				return Optional.empty();
		}
	}

	private static FileInfo finished(FileInfo file, ProgressTracker progress) {
		progress.report(file.size(), file.size());
		return file;
	}

	private WaitSettings wait(UrlUploadOptions options) {
		return Objects.requireNonNullElse(options.waitSettings(), context.settings.fromUrlWait());
	}

	private static String what(URI url) {
		return "From-URL upload of " + url;
	}

	private static void checkUrl(@Nullable URI url) {
		if (url == null) {
			throw new IllegalArgumentException("URL to upload is null");
		}
		String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
		if (!(scheme.equals("http") || scheme.equals("https")) || url.getHost() == null) {
			throw new IllegalArgumentException("URL to upload must be an absolute http(s) URL: " + url);
		}
	}

	private static long number(@Nullable JsonNode node) {
		return node != null && node.isNumber() ? node.asLong() : -1;
	}

}
