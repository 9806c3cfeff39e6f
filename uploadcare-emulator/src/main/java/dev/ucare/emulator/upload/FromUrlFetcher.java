package dev.ucare.emulator.upload;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import tools.jackson.databind.node.ObjectNode;

import dev.ucare.emulator.Project;
import dev.ucare.emulator.http.ApiError;
import dev.ucare.emulator.http.Call;
import dev.ucare.emulator.http.Hosts;
import dev.ucare.emulator.http.Json;
import dev.ucare.emulator.http.Lazy;
import dev.ucare.emulator.state.Backend;
import dev.ucare.emulator.state.BlobStore;
import dev.ucare.emulator.state.FileJson;
import dev.ucare.emulator.state.FileRecord;
import dev.ucare.emulator.state.HeapGuard;
import dev.ucare.emulator.state.Initiators;
import dev.ucare.emulator.state.Jobs;
import dev.ucare.emulator.state.State;

import org.jspecify.annotations.Nullable;

/** {@code /from_url/} and its status: fetches loopback http(s) URLs in the background. */
public final class FromUrlFetcher {

	private final Backend backend;

	private final FileJson json;

	/**
	 * Created on the first fetch: building an {@link HttpClient} costs a few hundred ms
	 * of a cold start.
	 */
	private final Lazy<HttpClient> http;

	public FromUrlFetcher(Backend backend, FileJson json) {
		this.backend = backend;
		this.json = json;
		this.http = Lazy.of(() -> HttpClient.newBuilder()
			.connectTimeout(Duration.ofSeconds(5))
			.followRedirects(HttpClient.Redirect.NORMAL)
			.executor(backend.workers)
			.build());
	}

	public void submit(Call call) throws IOException {
		HeapGuard.admitUpload();
		Map<String, String> fields = UploadRules.fields(call);
		Project project = UploadRules.signedProject(backend, fields, "pub_key");
		String source = UploadRules.required(fields.get("source_url"), "source_url", "SourceURLRequiredError");
		URI uri = validate(source);
		Map<String, String> metadata = UploadRules.metadata(fields);
		boolean check = "1".equals(fields.get("check_URL_duplicates"));
		boolean save = "1".equals(fields.getOrDefault("save_URL_duplicates", check ? "1" : "0"));
		if (check) {
			for (FileRecord f : backend.state.filesOf(project.publicKey())) {
				if (source.equals(f.sourceUrl()) && !f.isRemoved()) {
					ObjectNode info = Json.object();
					info.put("type", "file_info");
					info.setAll(json.uploadInfo(f));
					call.respondJson(200, info, "application/json");
					return;
				}
			}
		}
		Jobs.FromUrl job = new Jobs.FromUrl(State.newUuid(), project.publicKey());
		backend.state.fromUrlJobs.put(job.token, job);
		String filename = fields.get("filename");
		boolean store = backend.shouldStore(project, fields.get("store"));
		backend.schedule(() -> fetch(job, project, uri, source, filename, store, metadata, save),
				backend.jobDelayMillis() / 2);
		ObjectNode result = Json.object();
		result.put("type", "token");
		result.put("token", job.token);
		call.respondJson(200, result, "application/json");
	}

	private URI validate(String source) {
		URI uri;
		try {
			uri = URI.create(source.trim());
		}
		catch (IllegalArgumentException e) {
			throw new ApiError(400, "Failed to parse URL.", "URLParsingFailedError");
		}
		if (uri.getScheme() == null) {
			throw new ApiError(400, "No URL scheme supplied.", "URLSchemeRequiredError");
		}
		if (!uri.getScheme().equalsIgnoreCase("http") && !uri.getScheme().equalsIgnoreCase("https")) {
			throw new ApiError(400, "Invalid URL scheme.", "URLSchemeInvalidError");
		}
		if (uri.getHost() == null || uri.getHost().isEmpty()) {
			throw new ApiError(400, "No URL host supplied.", "URLHostRequiredError");
		}
		if (!backend.settings.allowNonLoopbackUrls() && !Hosts.isLoopback(uri.getHost())) {
			throw new ApiError(400, "Host does not exist.", "HostnameNotFoundError");
		}
		return uri;
	}

	private void fetch(Jobs.FromUrl job, Project project, URI uri, String source, @Nullable String filename,
			boolean store, Map<String, String> metadata, boolean saveDuplicates) {
		try {
			HttpResponse<InputStream> response = http.get()
				.send(HttpRequest.newBuilder(uri).GET().timeout(Duration.ofSeconds(60)).build(),
						HttpResponse.BodyHandlers.ofInputStream());
			int status = response.statusCode();
			if (status >= 400) {
				response.body().close();
				fail(job, (status < 500 ? "HTTP client error: " : "HTTP server error: ") + status + ".",
						status < 500 ? "DownloadFileHTTPClientError" : "DownloadFileHTTPServerError");
				return;
			}
			job.total = response.headers().firstValueAsLong("Content-Length").isPresent()
					? response.headers().firstValueAsLong("Content-Length").getAsLong() : null;
			job.status = "progress";
			BlobStore.Sink sink = backend.blobs.sink();
			try (InputStream in = response.body()) {
				byte[] buffer = new byte[65536];
				int n;
				while ((n = in.read(buffer)) > 0) {
					sink.write(buffer, 0, n);
					job.done += n;
				}
			}
			catch (IOException | RuntimeException e) {
				sink.discard();
				throw e;
			}
			String name = UploadRules
				.originalFilename(filename != null && !filename.isEmpty() ? filename : lastSegment(uri));
			String declared = response.headers().firstValue("Content-Type").orElse(null);
			FileRecord f = backend.addFile(project, null, name, sink.finish(), declared, store, metadata,
					Initiators.api());
			if (saveDuplicates) {
				f.sourceUrl(source);
			}
			job.fileUuid = f.uuid;
			job.status = "success";
		}
		catch (IOException e) {
			fail(job, networkError(uri, e), "DownloadFileHTTPNetworkError");
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			fail(job, "Upload failed.", "DownloadFileError");
		}
		catch (RuntimeException e) {
			fail(job, "Upload failed.", "DownloadFileError");
		}
	}

	/**
	 * Names what went wrong and where. The JDK's connection errors often carry no message
	 * (a refused connection is a bare {@code ConnectException}), so the host and port and
	 * the cause chain's exception classes, with their messages when they have any, are
	 * given, e.g. {@code Network error fetching 127.0.0.1:9: java.net.ConnectException
	 * (caused by java.nio.channels.ClosedChannelException).}
	 */
	static String networkError(URI uri, Throwable error) {
		int port = (uri.getPort() != -1) ? uri.getPort() : "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
		List<String> chain = new ArrayList<>();
		Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
		for (Throwable t = error; t != null && seen.add(t); t = t.getCause()) {
			String detail = t.getMessage();
			String entry = t.getClass().getName() + ((detail == null || detail.isBlank()) ? "" : ": " + detail);
			if (chain.isEmpty() || !chain.get(chain.size() - 1).equals(entry)) {
				chain.add(entry);
			}
		}
		return "Network error fetching " + uri.getHost() + ":" + port + ": " + chain.get(0)
				+ ((chain.size() > 1)
						? " (caused by " + String.join(", caused by ", chain.subList(1, chain.size())) + ")" : "")
				+ ".";
	}

	private static void fail(Jobs.FromUrl job, String error, String code) {
		job.error = error;
		job.errorCode = code;
		job.status = "error";
	}

	private static String lastSegment(URI uri) {
		String path = uri.getPath() == null ? "" : uri.getPath();
		int slash = path.lastIndexOf('/');
		String name = path.substring(slash + 1);
		return name.isEmpty() ? "file" : name;
	}

	public void status(Call call) throws IOException {
		String token = UploadRules.required(call.queryParam("token"), "token", "TokenRequiredError");
		Jobs.FromUrl job = backend.state.fromUrlJobs.get(token);
		ObjectNode result = Json.object();
		if (job == null) {
			result.put("status", "unknown");
		}
		else {
			switch (job.status) {
				case "progress" -> {
					result.put("status", "progress");
					result.put("done", job.done);
					if (job.total == null) {
						result.putNull("total");
					}
					else {
						result.put("total", job.total);
					}
				}
				case "success" -> {
					FileRecord f = backend.file(job.fileUuid);
					if (f == null) {
						// the emulator was reset while the status was being read
						result.put("status", "unknown");
					}
					else {
						result.put("status", "success");
						result.setAll(json.uploadInfo(f));
					}
				}
				case "error" -> {
					result.put("status", "error");
					result.put("error", job.error);
					result.put("error_code", job.errorCode);
				}
				default -> result.put("status", "waiting");
			}
		}
		call.respondJson(200, result, "application/json");
	}

}
