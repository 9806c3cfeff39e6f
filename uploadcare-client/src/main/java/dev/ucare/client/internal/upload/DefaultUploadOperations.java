package dev.ucare.client.internal.upload;

import java.net.URI;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import dev.ucare.client.UploadcareObserver;
import dev.ucare.client.files.FileInfo;
import dev.ucare.client.groups.GroupInfo;
import dev.ucare.client.internal.Arguments;
import dev.ucare.client.internal.Credentials;
import dev.ucare.client.internal.Lifecycle;
import dev.ucare.client.internal.Observations;
import dev.ucare.client.internal.UploadTransport;
import dev.ucare.client.upload.UploadOperations;
import dev.ucare.client.upload.UploadOptions;
import dev.ucare.client.upload.UploadSettings;
import dev.ucare.client.upload.UploadSource;
import dev.ucare.client.upload.UrlUploadOptions;
import dev.ucare.client.upload.UrlUploadStatus;
import io.micrometer.observation.Observation;

/**
 * {@link UploadOperations} over the Upload API, one class per job: {@link SourceUploader}
 * (direct or multipart upload of one source), {@link UploadAll} (the fan-out),
 * {@link FromUrlUploads} (the from-URL flow), {@link UploadApiInfo} (file and group info,
 * group creation), all sharing an {@link UploadContext} (form fields, metrics, threads).
 * Thread-safe; {@link #close()} stops the background threads.
 */
public final class DefaultUploadOperations implements UploadOperations, AutoCloseable {

	private final UploadContext context;

	private final UploadApiInfo info;

	private final SourceUploader uploader;

	private final UploadAll uploadAll;

	private final FromUrlUploads fromUrl;

	private final Lifecycle lifecycle;

	/**
	 * Checks what would make {@link #DefaultUploadOperations the constructor} refuse
	 * these settings, so that a client can fail when it is built rather than when its
	 * uploads are first used.
	 * @throws dev.ucare.client.UploadcareConfigurationException when signed uploads are
	 * on without a secret key
	 */
	public static void checkSettings(UploadSettings settings, Credentials credentials) {
		UploadContext.requireSecretKeyIfSigned(settings, credentials);
	}

	/**
	 * @param transport Upload API transport
	 * @param credentials project keys; the secret is needed only for signed uploads
	 * @param restBaseUrl REST base, for the {@code url} of returned files
	 * @param settings thresholds, concurrency, signing, from-URL wait
	 * @param clock clock of computed signatures
	 * @param observer receives {@code onUpload} for every upload
	 * @param lifecycle the client's: calls fail once it is closed, and closing it stops
	 * this instance's threads
	 */
	public DefaultUploadOperations(UploadTransport transport, Credentials credentials, URI restBaseUrl,
			UploadSettings settings, Clock clock, UploadcareObserver observer, Lifecycle lifecycle) {
		this.lifecycle = lifecycle;
		this.context = new UploadContext(transport, credentials, restBaseUrl, settings, clock, observer);
		this.info = new UploadApiInfo(context);
		this.uploader = new SourceUploader(context, info);
		this.uploadAll = new UploadAll(context, uploader);
		this.fromUrl = new FromUrlUploads(context);
		lifecycle.register(this);
	}

	@Override
	public FileInfo upload(UploadSource source, UploadOptions options) {
		lifecycle.ensureOpen();
		Arguments.notNull(source, "source");
		Arguments.notNull(options, "options");
		return uploader.upload(source, options, new ProgressTracker(options.progress(), source.length()), null);
	}

	@Override
	public String uploadForUuid(UploadSource source, UploadOptions options) {
		lifecycle.ensureOpen();
		Arguments.notNull(source, "source");
		Arguments.notNull(options, "options");
		return uploader.uploadForUuid(source, options, new ProgressTracker(options.progress(), source.length()));
	}

	/**
	 * Observed as {@code uploads.upload} from the call until the future completes: the
	 * observation starts on the caller's thread (a child of its observation or, with
	 * Micrometer Tracing, of its span) and the upload runs in its scope.
	 */
	@Override
	public CompletableFuture<FileInfo> uploadAsync(UploadSource source, UploadOptions options) {
		lifecycle.ensureOpen();
		Arguments.notNull(source, "source");
		Arguments.notNull(options, "options");
		Observation observation = context.observations.start("uploads.upload", null);
		return context.observations.stopWhenDone(observation,
				Tasks.submit(context.executor, Observations.scoped(observation, () -> {
					lifecycle.ensureOpen();
					return uploader.uploadObserved(source, options,
							new ProgressTracker(options.progress(), source.length()));
				})));
	}

	@Override
	public List<FileInfo> uploadAll(List<UploadSource> sources, UploadOptions options) {
		lifecycle.ensureOpen();
		Arguments.notNull(sources, "sources");
		Arguments.notNull(options, "options");
		return uploadAll.uploadAll(sources, options);
	}

	@Override
	public String startFromUrl(URI url, UrlUploadOptions options) {
		lifecycle.ensureOpen();
		Arguments.notNull(url, "url");
		Arguments.notNull(options, "options");
		return fromUrl.startFromUrl(url, options);
	}

	@Override
	public UrlUploadStatus fromUrlStatus(String token) {
		lifecycle.ensureOpen();
		Arguments.notNull(token, "token");
		return fromUrl.fromUrlStatus(token);
	}

	@Override
	public FileInfo fromUrl(URI url, UrlUploadOptions options) {
		lifecycle.ensureOpen();
		Arguments.notNull(url, "url");
		Arguments.notNull(options, "options");
		return fromUrl.fromUrl(url, options);
	}

	@Override
	public CompletableFuture<FileInfo> fromUrlAsync(URI url, UrlUploadOptions options) {
		lifecycle.ensureOpen();
		Arguments.notNull(url, "url");
		Arguments.notNull(options, "options");
		return fromUrl.fromUrlAsync(url, options);
	}

	@Override
	public FileInfo info(String uuid) {
		lifecycle.ensureOpen();
		return info.info(uuid);
	}

	@Override
	public GroupInfo createGroup(List<String> files) {
		lifecycle.ensureOpen();
		Arguments.notNull(files, "files");
		return info.createGroup(files);
	}

	@Override
	public GroupInfo groupInfo(String groupId) {
		lifecycle.ensureOpen();
		return info.groupInfo(groupId);
	}

	/** Stops the background threads; uploads in flight are interrupted. */
	@Override
	public void close() {
		context.close();
	}

}
