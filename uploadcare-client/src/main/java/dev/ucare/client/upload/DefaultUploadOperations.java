package dev.ucare.client.upload;

import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;

import dev.ucare.client.Store;
import dev.ucare.client.UploadcareConfigurationException;
import dev.ucare.client.UploadcareException;
import dev.ucare.client.UploadcareInvalidRequestException;
import dev.ucare.client.UploadcareObserver;
import dev.ucare.client.UploadcareUploadException;
import dev.ucare.client.WaitSettings;
import dev.ucare.client.files.FileInfo;
import dev.ucare.client.groups.GroupInfo;
import dev.ucare.client.internal.DaemonThreads;
import dev.ucare.client.internal.Credentials;
import dev.ucare.client.internal.Ids;
import dev.ucare.client.internal.MultipartFormBody;
import dev.ucare.client.internal.Poller;
import dev.ucare.client.internal.QueryString;
import dev.ucare.client.internal.UploadTransport;

import tools.jackson.databind.JsonNode;

/**
 * {@link UploadOperations} over the Upload API. Thread-safe; background work (parts,
 * {@code uploadAll}, the asynchronous forms) runs on a pool of daemon threads owned by
 * this instance.
 */
public final class DefaultUploadOperations implements UploadOperations {

	private final UploadTransport transport;

	private final Credentials credentials;

	private final URI restBaseUrl;

	private final UploadSettings settings;

	private final Clock clock;

	private final UploadcareObserver observer;

	private final ExecutorService executor;

	private final MultipartUploader multipart;

	/**
	 * @param transport Upload API transport
	 * @param credentials project keys; the secret is needed only for signed uploads
	 * @param restBaseUrl REST base, for the {@code url} of returned files
	 * @param settings thresholds, concurrency, signing, from-URL wait
	 * @param clock clock of computed signatures
	 * @param observer receives {@code onUpload} for every upload
	 */
	public DefaultUploadOperations(UploadTransport transport, Credentials credentials, URI restBaseUrl,
			UploadSettings settings, Clock clock, UploadcareObserver observer) {
		if (settings.signedUploads() && !credentials.hasSecret()) {
			throw new UploadcareConfigurationException("Signed uploads need the project's secret key");
		}
		this.transport = transport;
		this.credentials = credentials;
		this.restBaseUrl = restBaseUrl;
		this.settings = settings;
		this.clock = clock;
		this.observer = observer;
		this.executor = DaemonThreads.cachedPool("uploadcare-upload");
		this.multipart = new MultipartUploader(transport, executor, settings.partSize(), settings.concurrency());
	}

	@Override
	public FileInfo upload(UploadSource source, UploadOptions options) {
		Objects.requireNonNull(source, "source");
		Objects.requireNonNull(options, "options");
		return upload(source, options, new ProgressTracker(options.progress(), source.length()));
	}

	private FileInfo upload(UploadSource source, UploadOptions options, ProgressTracker progress) {
		String filename = options.filename() != null && !options.filename().isBlank() ? options.filename()
				: source.filename();
		String contentType = source.resolveContentType(options.contentType(), filename);
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("UPLOADCARE_PUB_KEY", credentials.publicKey());
		fields.put("UPLOADCARE_STORE", store(options).uploadValue());
		putCommon(fields, options);
		long started = System.nanoTime();
		String method = "direct";
		long bytes = 0;
		boolean success = false;
		try (SourceContent content = source.open()) {
			bytes = content.length();
			if (source.length() < 0) {
				progress.expand(bytes);
			}
			FileInfo file;
			if (bytes >= settings.multipartThreshold()) {
				method = "multipart";
				JsonNode info = multipart.upload(content, filename, contentType, fields, credentials.publicKey(),
						progress);
				file = UploadApiJson.file(info, restBaseUrl, clock.instant());
			}
			else {
				file = direct(content, filename, contentType, fields);
				progress.advance(bytes);
			}
			success = true;
			return file;
		}
		catch (IOException ex) {
			throw new UploadcareInvalidRequestException("Cannot read " + source + ": " + ex.getMessage(), 0, null, null,
					ex);
		}
		finally {
			report(method, bytes, started, success);
		}
	}

	private FileInfo direct(SourceContent content, String filename, String contentType, Map<String, String> fields)
			throws IOException {
		SourceContent.Slice slice = content.slice(0, content.length());
		content.finish();
		MultipartFormBody form = new MultipartFormBody(fields, filename, filename, contentType, slice.length(),
				slice.body());
		JsonNode answer = transport.postMultipart("base/", form);
		JsonNode uuid = answer.get(filename);
		if ((uuid == null || !uuid.isString()) && answer.isObject() && answer.size() == 1) {
			uuid = answer.iterator().next();
		}
		if (uuid == null || !uuid.isString()) {
			throw new UploadcareUploadException("POST /base/ answered without the uploaded file's UUID: " + answer);
		}
		return info(uuid.asString());
	}

	@Override
	public CompletableFuture<FileInfo> uploadAsync(UploadSource source, UploadOptions options) {
		Objects.requireNonNull(source, "source");
		Objects.requireNonNull(options, "options");
		return Tasks.submit(executor, () -> upload(source, options));
	}

	@Override
	public List<FileInfo> uploadAll(List<UploadSource> sources, UploadOptions options) {
		Objects.requireNonNull(sources, "sources");
		Objects.requireNonNull(options, "options");
		for (int i = 0; i < sources.size(); i++) {
			if (sources.get(i) == null) {
				throw new UploadcareInvalidRequestException("Source #" + i + " of uploadAll is null");
			}
		}
		long known = sources.stream().mapToLong(UploadSource::length).filter(length -> length >= 0).sum();
		ProgressTracker progress = new ProgressTracker(options.progress(), known);
		UploadOptions each = options.toBuilder().filename(null).contentType(null).progress(null).build();
		Semaphore permits = new Semaphore(settings.fileConcurrency());
		List<Future<FileInfo>> futures = new ArrayList<>(sources.size());
		try {
			for (UploadSource source : sources) {
				permits.acquire();
				futures.add(executor.submit(() -> {
					try {
						return upload(source, each, progress);
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
					outcomes.add(new UploadOutcome(i, sources.get(i), null, runtime(ex.getCause())));
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

	@Override
	public String startFromUrl(URI url, UrlUploadOptions options) {
		Objects.requireNonNull(options, "options");
		checkUrl(url);
		UploadOptions upload = options.upload();
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("pub_key", credentials.publicKey());
		fields.put("source_url", url.toString());
		fields.put("store", store(upload).uploadValue());
		if (upload.filename() != null && !upload.filename().isBlank()) {
			fields.put("filename", upload.filename());
		}
		if (options.checkDuplicates() != null) {
			fields.put("check_URL_duplicates", options.checkDuplicates() ? "1" : "0");
		}
		if (options.saveDuplicates() != null) {
			fields.put("save_URL_duplicates", options.saveDuplicates() ? "1" : "0");
		}
		putCommon(fields, upload);
		JsonNode answer = transport.postForm("from_url/", fields);
		String type = UploadApiJson.text(answer, "type");
		if ("file_info".equals(type)) {
			throw new DuplicateUrlException(url.toString(), UploadApiJson.file(answer, restBaseUrl, clock.instant()));
		}
		String token = UploadApiJson.text(answer, "token");
		if (token == null) {
			throw new UploadcareUploadException("POST /from_url/ answered without a token: " + answer);
		}
		return token;
	}

	@Override
	public UrlUploadStatus fromUrlStatus(String token) {
		if (token == null || token.isBlank()) {
			throw new UploadcareInvalidRequestException("From-URL token is empty");
		}
		JsonNode answer = transport.get("from_url/status/", new QueryString().add("token", token));
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
				FileInfo file = UploadApiJson.file(answer, restBaseUrl, clock.instant());
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

	@Override
	public FileInfo fromUrl(URI url, UrlUploadOptions options) {
		Objects.requireNonNull(options, "options");
		long started = System.nanoTime();
		boolean success = false;
		long bytes = 0;
		try {
			ProgressTracker progress = new ProgressTracker(options.upload().progress(), -1);
			UrlJob job = startOrFindDuplicate(url, options);
			FileInfo file = job.duplicate() != null ? job.duplicate()
					: Poller.await(what(url), wait(options), () -> check(url, job.token(), progress));
			bytes = file.size();
			success = true;
			return finished(file, progress);
		}
		finally {
			report("url", bytes, started, success);
		}
	}

	@Override
	public CompletableFuture<FileInfo> fromUrlAsync(URI url, UrlUploadOptions options) {
		Objects.requireNonNull(options, "options");
		checkUrl(url);
		long started = System.nanoTime();
		ProgressTracker progress = new ProgressTracker(options.upload().progress(), -1);
		CompletableFuture<FileInfo> result = Poller.startThenPoll(() -> startOrFindDuplicate(url, options),
				job -> job.duplicate() != null ? CompletableFuture.completedFuture(finished(job.duplicate(), progress))
						: Poller.async(what(url), wait(options),
								() -> check(url, job.token(), progress).map(file -> finished(file, progress))));
		result.whenComplete((file, error) -> report("url", file == null ? 0 : file.size(), started, error == null));
		return result;
	}

	/**
	 * A started from-URL job, or the file an earlier upload of the same URL made (with
	 * duplicate checks on).
	 */
	private record UrlJob(String token, FileInfo duplicate) {
	}

	private UrlJob startOrFindDuplicate(URI url, UrlUploadOptions options) {
		try {
			return new UrlJob(startFromUrl(url, options), null);
		}
		catch (DuplicateUrlException duplicate) {
			return new UrlJob(null, duplicate.file());
		}
	}

	@Override
	public FileInfo info(String uuid) {
		JsonNode answer = transport.get("info/",
				new QueryString().add("pub_key", credentials.publicKey()).add("file_id", Ids.uuid(uuid)));
		return UploadApiJson.file(answer, restBaseUrl, clock.instant());
	}

	@Override
	public GroupInfo createGroup(List<String> files) {
		if (files == null || files.isEmpty()) {
			throw new UploadcareInvalidRequestException("A group needs at least one file");
		}
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("pub_key", credentials.publicKey());
		for (int i = 0; i < files.size(); i++) {
			String file = files.get(i);
			if (file == null || file.isBlank()) {
				throw new UploadcareInvalidRequestException("File #" + i + " of the group is empty");
			}
			fields.put("files[" + i + "]", file);
		}
		putSignature(fields, null);
		return UploadApiJson.group(transport.postForm("group/", fields), restBaseUrl, clock.instant());
	}

	@Override
	public GroupInfo groupInfo(String groupId) {
		JsonNode answer = transport.get("group/info/",
				new QueryString().add("pub_key", credentials.publicKey()).add("group_id", Ids.groupId(groupId)));
		return UploadApiJson.group(answer, restBaseUrl, clock.instant());
	}

	private Optional<FileInfo> check(URI url, String token, ProgressTracker progress) {
		UrlUploadStatus status = fromUrlStatus(token);
		switch (status.state()) {
			case SUCCESS:
				return Optional.of(status.file());
			case ERROR:
				throw new UploadcareUploadException(
						"From-URL upload of " + url + " failed: " + status.error()
								+ (status.errorCode() == null ? "" : " (" + status.errorCode() + ")"),
						0, status.error(), null);
			case UNKNOWN:
				throw new UploadcareUploadException("From-URL upload of " + url + " is unknown to the server (token "
						+ token + " expired or never existed)");
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
		return options.waitSettings() != null ? options.waitSettings() : settings.fromUrlWait();
	}

	private static String what(URI url) {
		return "From-URL upload of " + url;
	}

	private void putCommon(Map<String, String> fields, UploadOptions options) {
		options.metadata().forEach((key, value) -> fields.put("metadata[" + key + "]", value));
		putSignature(fields, options.signature());
	}

	private void putSignature(Map<String, String> fields, UploadSignature override) {
		UploadSignature signature = override != null ? override : settings.signedUploads()
				? UploadSignature.forTtl(credentials.secretKey(), settings.signatureTtl(), clock) : null;
		if (signature != null) {
			fields.put("signature", signature.signature());
			fields.put("expire", Long.toString(signature.expire()));
		}
	}

	private static void checkUrl(URI url) {
		if (url == null) {
			throw new UploadcareInvalidRequestException("URL to upload is null");
		}
		String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
		if (!(scheme.equals("http") || scheme.equals("https")) || url.getHost() == null) {
			throw new UploadcareInvalidRequestException("URL to upload must be an absolute http(s) URL: " + url);
		}
	}

	private static long number(JsonNode node) {
		return node != null && node.isNumber() ? node.asLong() : -1;
	}

	private void report(String method, long bytes, long started, boolean success) {
		try {
			observer.onUpload(method, bytes, Duration.ofNanos(System.nanoTime() - started), success);
		}
		catch (RuntimeException ignored) {
			// an observer never breaks an upload
		}
	}

	private static Throwable unwrap(Throwable failure) {
		Throwable cause = failure;
		while ((cause instanceof CompletionException || cause instanceof ExecutionException)
				&& cause.getCause() != null) {
			cause = cause.getCause();
		}
		return cause;
	}

	private static RuntimeException runtime(Throwable failure) {
		Throwable cause = unwrap(failure);
		if (cause instanceof RuntimeException runtime) {
			return runtime;
		}
		if (cause instanceof Error error) {
			throw error;
		}
		return new UploadcareException("Upload failed: " + cause, cause);
	}

	private Store store(UploadOptions options) {
		return options.store() != null ? options.store() : settings.defaultStore();
	}

}
