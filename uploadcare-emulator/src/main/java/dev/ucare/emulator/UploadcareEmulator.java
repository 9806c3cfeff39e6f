package dev.ucare.emulator;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import com.sun.net.httpserver.HttpServer;

import dev.ucare.emulator.cdn.Cdn;
import dev.ucare.emulator.http.Listener;
import dev.ucare.emulator.http.Router;
import dev.ucare.emulator.http.StallGuard;
import dev.ucare.emulator.http.Times;
import dev.ucare.emulator.rest.RestApi;
import dev.ucare.emulator.state.Backend;
import dev.ucare.emulator.state.Blob;
import dev.ucare.emulator.state.BlobStore;
import dev.ucare.emulator.state.ContentSniffer;
import dev.ucare.emulator.state.FileJson;
import dev.ucare.emulator.state.FileRecord;
import dev.ucare.emulator.state.Settings;
import dev.ucare.emulator.state.State;
import dev.ucare.emulator.upload.UploadApi;
import dev.ucare.emulator.webhook.WebhookDispatcher;

import org.jspecify.annotations.Nullable;

/**
 * An in-process, stateful fake of Uploadcare's Upload API, REST API v0.7, CDN and webhook
 * delivery. Three loopback listeners (upload, REST, CDN) share one state.
 *
 * <pre>{@code
 * try (UploadcareEmulator emulator = UploadcareEmulator.start()) {
 *     URI upload = emulator.uploadBaseUrl(); // http://127.0.0.1:PORT/
 * }
 * }</pre>
 */
public final class UploadcareEmulator implements AutoCloseable {

	/** Default public key. */
	public static final String DEFAULT_PUBLIC_KEY = "demopublickey";

	/** Default secret key. */
	public static final String DEFAULT_SECRET_KEY = "demosecretkey";

	/**
	 * The JDK's HTTP server writes a response's headers and its body separately and,
	 * unless told otherwise, leaves Nagle's algorithm on: a small body then waits for the
	 * client's delayed ACK of the headers, about 40 ms on Linux, on every request with a
	 * small answer. Real servers do not behave like this, so the emulator turns
	 * {@code TCP_NODELAY} on, unless {@code sun.net.httpserver.nodelay} was set
	 * explicitly. (The JDK reads the property once, when its first HTTP server in the JVM
	 * is created.)
	 */
	static final String NO_DELAY = "sun.net.httpserver.nodelay";

	/** Default attempts of {@link Builder#webhookRetries(int, Duration)}. */
	public static final int DEFAULT_WEBHOOK_ATTEMPTS = 3;

	/** Default base delay of {@link Builder#webhookRetries(int, Duration)}. */
	public static final Duration DEFAULT_WEBHOOK_RETRY_DELAY = Duration.ofMillis(100);

	/** Default of {@link Builder#readTimeout(Duration)}. */
	public static final Duration DEFAULT_READ_TIMEOUT = Duration.ofSeconds(30);

	/** Default of {@link Builder#maxRequestHeaderSize(int)}: 64 KiB. */
	public static final int DEFAULT_MAX_REQUEST_HEADER_SIZE = 64 * 1024;

	/**
	 * The JDK's HTTP server closes the connection, without an answer, when a request has
	 * more header bytes or fields than these limits. The emulator raises them (unless set
	 * explicitly) so that its own, lower limits apply first and answer 431.
	 */
	static final String MAX_HEADER_BYTES = "sun.net.httpserver.maxReqHeaderSize";

	static final String MAX_HEADER_FIELDS = "sun.net.httpserver.maxReqHeaders";

	static {
		setIfAbsent(NO_DELAY, "true");
		setIfAbsent(MAX_HEADER_BYTES, Integer.toString(1024 * 1024));
		setIfAbsent(MAX_HEADER_FIELDS, "1000");
	}

	private static void setIfAbsent(String property, String value) {
		if (System.getProperty(property) == null) {
			System.setProperty(property, value);
		}
	}

	private final Backend backend;

	private final WebhookDispatcher webhooks;

	private final Faults faults = new Faults();

	private final RequestLog requestLog;

	private final List<HttpServer> servers = new ArrayList<>();

	private final ExecutorService executor;

	private final StallGuard guard;

	private final java.util.concurrent.Executor serverExecutor;

	private final ScheduledExecutorService scheduler;

	private final URI uploadBaseUrl;

	private final URI restBaseUrl;

	private final URI cdnBaseUrl;

	private UploadcareEmulator(Settings settings) throws IOException {
		this.executor = Executors.newCachedThreadPool(threads("uploadcare-emulator-http"));
		this.scheduler = Executors.newScheduledThreadPool(2, threads("uploadcare-emulator-jobs"));
		AtomicReference<WebhookDispatcher> dispatcher = new AtomicReference<>();
		this.backend = new Backend(settings, scheduler, executor, b -> {
			dispatcher.set(new WebhookDispatcher(b));
			return dispatcher.get();
		});
		// Backend calls the factory in its constructor: the dispatcher is there now
		this.webhooks = Objects.requireNonNull(dispatcher.get(), "webhook dispatcher");
		this.requestLog = new RequestLog(settings.requestLogSize());
		this.guard = new StallGuard(settings.readTimeout(), scheduler);
		this.serverExecutor = guard.serverExecutor(executor);
		FileJson json = new FileJson(backend);
		try {
			HttpServer upload = bind(settings.host(), settings.uploadPort(),
					listener("upload", Listener.Style.UPLOAD, new UploadApi(backend, json).router(), settings));
			HttpServer rest = bind(settings.host(), settings.restPort(),
					listener("rest", Listener.Style.REST, RestApi.router(backend, json), settings));
			HttpServer cdn = bind(settings.host(), settings.cdnPort(),
					listener("cdn", Listener.Style.CDN, new Cdn(backend).router(), settings));
			this.uploadBaseUrl = baseUrl(upload);
			this.restBaseUrl = baseUrl(rest);
			this.cdnBaseUrl = baseUrl(cdn);
			backend.bind(uploadBaseUrl.toString(), restBaseUrl.toString(), cdnBaseUrl.toString());
			servers.forEach(HttpServer::start);
		}
		catch (IOException | RuntimeException e) {
			close();
			throw e;
		}
	}

	/** Starts an emulator with default settings on random loopback ports. */
	public static UploadcareEmulator start() {
		return builder().start();
	}

	/**
	 * @return a builder for non-default options
	 */
	public static Builder builder() {
		return new Builder();
	}

	private Listener listener(String name, Listener.Style style, Router router, Settings settings) {
		return new Listener(name, style, router, new Interception(faults, requestLog), guard,
				settings.maxRequestHeaderSize());
	}

	private HttpServer bind(String host, int port, Listener listener) throws IOException {
		HttpServer server = HttpServer.create(new InetSocketAddress(host, port), 128);
		server.createContext("/", listener);
		server.setExecutor(serverExecutor);
		servers.add(server);
		return server;
	}

	private static URI baseUrl(HttpServer server) {
		InetSocketAddress address = server.getAddress();
		String host = address.getAddress().getHostAddress();
		if (host.contains(":")) {
			host = "[" + host + "]";
		}
		return URI.create("http://" + host + ":" + address.getPort() + "/");
	}

	private static ThreadFactory threads(String prefix) {
		AtomicInteger counter = new AtomicInteger();
		return runnable -> {
			Thread t = new Thread(runnable, prefix + "-" + counter.incrementAndGet());
			t.setDaemon(true);
			return t;
		};
	}

	/** The options this emulator was started with. */
	Settings settings() {
		return backend.settings;
	}

	/**
	 * @return the Upload API base URL, e.g. {@code http://127.0.0.1:PORT/}
	 */
	public URI uploadBaseUrl() {
		return uploadBaseUrl;
	}

	/**
	 * @return the REST API base URL, e.g. {@code http://127.0.0.1:PORT/}
	 */
	public URI restBaseUrl() {
		return restBaseUrl;
	}

	/**
	 * @return the CDN base URL, e.g. {@code http://127.0.0.1:PORT/}
	 */
	public URI cdnBaseUrl() {
		return cdnBaseUrl;
	}

	/**
	 * @return the default project's public key
	 */
	public String publicKey() {
		return backend.settings.projects().get(0).publicKey();
	}

	/**
	 * @return the default project's secret key
	 */
	public String secretKey() {
		return backend.settings.projects().get(0).secretKey();
	}

	/** Adds another project (key pair); it survives {@link #reset()}. */
	public Project addProject(String publicKey, String secretKey) {
		return backend.state.addProject(Arguments.notNull(publicKey, "publicKey"),
				Arguments.notNull(secretKey, "secretKey"), true);
	}

	/**
	 * @return all known projects
	 */
	public List<Project> projects() {
		return List.copyOf(backend.state.projects.values());
	}

	/**
	 * @return the fault-injection API
	 */
	public Faults faults() {
		return faults;
	}

	/**
	 * @return the log of received requests
	 */
	public RequestLog requestLog() {
		return requestLog;
	}

	/**
	 * Forgets all files, groups, webhooks, jobs, deliveries, faults and logged requests.
	 * Projects stay.
	 */
	public void reset() {
		faults.clear();
		requestLog.clear();
		webhooks.clear();
		backend.state.clear(backend.blobs);
	}

	// ---- inspection ----

	/** Looks a file up by UUID (any project), including removed files. */
	public Optional<EmulatedFile> file(String uuid) {
		FileRecord f = backend.file(Arguments.notNull(uuid, "uuid"));
		return f == null ? Optional.empty() : Optional.of(f.snapshot());
	}

	/**
	 * @return all files (any project, including removed ones), in upload order
	 */
	public List<EmulatedFile> files() {
		List<EmulatedFile> result = new ArrayList<>();
		for (Project p : projects()) {
			backend.state.filesOf(p.publicKey()).forEach(f -> {
				f.expireIfDue(backend.now(), backend.settings.unstoredTtl());
				result.add(f.snapshot());
			});
		}
		return result;
	}

	/**
	 * @return how much file content is held in memory and on disk, against the budgets
	 */
	public StorageUsage storage() {
		return new StorageUsage(backend.blobs.memoryUsed(), backend.settings.memoryBudget(), backend.blobs.diskUsed(),
				backend.settings.diskBudget());
	}

	/**
	 * @return the content of a file; throws {@link IllegalArgumentException} when unknown
	 * or not ready
	 */
	public byte[] fileContent(String uuid) {
		FileRecord f = backend.file(Arguments.notNull(uuid, "uuid"));
		Blob content = (f != null) ? f.blob() : null;
		if (content == null) {
			throw new IllegalArgumentException("No content for file " + uuid);
		}
		return content.readAll();
	}

	/** Looks a group up by id ({@code uuid~N}). */
	public Optional<EmulatedGroup> group(String id) {
		return Optional.ofNullable(backend.state.groups.get(Arguments.notNull(id, "id")));
	}

	/**
	 * @return webhook deliveries recorded so far, in completion order
	 */
	public List<WebhookDelivery> webhookDeliveries() {
		return webhooks.deliveries();
	}

	/**
	 * Blocks until at least {@code count} webhook deliveries have completed (all retries
	 * done).
	 * @throws IllegalStateException when the timeout passes first
	 */
	public List<WebhookDelivery> awaitWebhookDeliveries(int count, Duration timeout) {
		Arguments.notNull(timeout, "timeout");
		try {
			return webhooks.await(count, timeout);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		}
	}

	// ---- seeding ----

	/**
	 * Puts a file into the emulator without an upload; fires no webhooks.
	 * @throws IllegalArgumentException when the seed names a project the emulator does
	 * not know
	 */
	public EmulatedFile seedFile(SeedFile seed) {
		Arguments.notNull(seed, "seed");
		String publicKey = seed.publicKey();
		Project project = (publicKey != null) ? backend.project(publicKey) : backend.settings.projects().get(0);
		if (project == null) {
			throw new IllegalArgumentException("Unknown project " + publicKey + " of the seed: add it first");
		}
		Instant uploadedAt = seed.uploadedAt();
		Instant uploaded = (uploadedAt != null) ? Times.micros(uploadedAt) : backend.now();
		String uuid = seed.uuid();
		FileRecord f = backend.newFile(project, (uuid != null) ? uuid.toLowerCase(Locale.ROOT) : null, seed.filename(),
				uploaded);
		Blob blob = backend.blobs.of(seed.content().clone());
		String mime = ContentSniffer.mimeType(blob, seed.filename(), seed.mimeType());
		f.complete(blob, mime, ContentSniffer.image(blob, mime));
		seed.metadata().forEach(f::putMetadata);
		if (seed.stored()) {
			f.store(uploaded);
		}
		backend.state.putFile(f);
		return f.snapshot();
	}

	/**
	 * Shorthand for {@code seedFile(SeedFile.of(uuid, filename, content))}: a stored
	 * file, with a random UUID when {@code uuid} is {@code null}.
	 */
	public EmulatedFile seedFile(@Nullable String uuid, @Nullable String filename, byte[] content) {
		return seedFile(SeedFile.of(uuid, filename, content));
	}

	/**
	 * Creates a group with the given id (or a random one when {@code id} is null) over
	 * existing files.
	 * @param id {@code <uuid>~<N>} with N equal to the number of files, or {@code null}
	 * @param fileRefs file UUIDs, optionally followed by {@code /-/<effects>/}
	 */
	public EmulatedGroup seedGroup(@Nullable String id, List<String> fileRefs) {
		if (Arguments.notNull(fileRefs, "fileRefs").isEmpty()) {
			throw new IllegalArgumentException("a group needs at least one file");
		}
		String first = fileRefs.get(0).split("/")[0];
		FileRecord f = backend.file(first);
		String publicKey = f == null ? publicKey() : f.publicKey;
		String groupId = id == null ? State.newUuid() + "~" + fileRefs.size() : id;
		return backend.state.putGroup(new EmulatedGroup(groupId, publicKey, backend.now(), List.copyOf(fileRefs)));
	}

	/** Stops the listeners and deletes temp files. Idempotent. */
	@Override
	public void close() {
		for (HttpServer server : servers) {
			server.stop(0);
		}
		servers.clear();
		if (guard != null) {
			guard.close();
		}
		scheduler.shutdownNow();
		executor.shutdownNow();
		try {
			executor.awaitTermination(2, TimeUnit.SECONDS);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
		backend.blobs.close();
	}

	/**
	 * @return the base URLs and keys as {@code uploadcare.*} properties
	 */
	public Map<String, String> properties() {
		return Map.of("uploadcare.public-key", publicKey(), "uploadcare.secret-key", secretKey(),
				"uploadcare.upload.base-url", uploadBaseUrl.toString(), "uploadcare.rest.base-url",
				restBaseUrl.toString(), "uploadcare.cdn.base-url", cdnBaseUrl.toString());
	}

	/** Options for {@link UploadcareEmulator}. */
	public static final class Builder {

		private final List<String[]> keyPairs = new ArrayList<>();

		private String host = "127.0.0.1";

		private int uploadPort;

		private int restPort;

		private int cdnPort;

		private Duration jobDelay = Duration.ofMillis(50);

		private Duration unstoredTtl = Duration.ofHours(24);

		private Clock clock = Clock.systemUTC();

		private boolean refuseSimpleAuthOverHttp;

		private boolean signedUploadsRequired;

		private boolean autostore = true;

		private int webhookAttempts = DEFAULT_WEBHOOK_ATTEMPTS;

		private Duration webhookRetryDelay = DEFAULT_WEBHOOK_RETRY_DELAY;

		private boolean allowNonLoopbackUrls;

		private int requestLogSize = RequestLog.DEFAULT_CAPACITY;

		private long memoryBudget = -1;

		private long diskBudget = Long.MAX_VALUE;

		private Duration readTimeout = DEFAULT_READ_TIMEOUT;

		private int maxRequestHeaderSize = DEFAULT_MAX_REQUEST_HEADER_SIZE;

		private Builder() {
		}

		/**
		 * Sets the default project's keys (default {@code demopublickey} /
		 * {@code demosecretkey}).
		 */
		public Builder keys(String publicKey, String secretKey) {
			Arguments.notNull(publicKey, "publicKey");
			Arguments.notNull(secretKey, "secretKey");
			if (keyPairs.isEmpty()) {
				keyPairs.add(new String[] { publicKey, secretKey });
			}
			else {
				keyPairs.set(0, new String[] { publicKey, secretKey });
			}
			return this;
		}

		/** Adds another project (key pair). */
		public Builder project(String publicKey, String secretKey) {
			Arguments.notNull(publicKey, "publicKey");
			Arguments.notNull(secretKey, "secretKey");
			if (keyPairs.isEmpty()) {
				keyPairs.add(new String[] { DEFAULT_PUBLIC_KEY, DEFAULT_SECRET_KEY });
			}
			keyPairs.add(new String[] { publicKey, secretKey });
			return this;
		}

		/** Interface to bind (default {@code 127.0.0.1}). */
		public Builder host(String value) {
			this.host = Arguments.notNull(value, "value");
			return this;
		}

		/** Fixed ports (0 = random, the default). */
		public Builder ports(int upload, int rest, int cdn) {
			this.uploadPort = upload;
			this.restPort = rest;
			this.cdnPort = cdn;
			return this;
		}

		/**
		 * How long conversion and add-on jobs (and from_url fetch start) take (default 50
		 * ms).
		 */
		public Builder jobDelay(Duration value) {
			this.jobDelay = Arguments.notNull(value, "value");
			return this;
		}

		/** Same as {@link #jobDelay(Duration)}. */
		public Builder conversionDelay(Duration value) {
			return jobDelay(value);
		}

		/** Lifetime of files that are not stored (default 24 h). */
		public Builder unstoredFileTtl(Duration value) {
			this.unstoredTtl = Arguments.notNull(value, "value");
			return this;
		}

		/** Clock used for timestamps, signature expiry, Date checks and file expiry. */
		public Builder clock(Clock value) {
			this.clock = Arguments.notNull(value, "value");
			return this;
		}

		/**
		 * Answer {@code Uploadcare.Simple} auth with 400 like the real server does over
		 * plain HTTP.
		 */
		public Builder refuseSimpleAuthOverHttp(boolean value) {
			this.refuseSimpleAuthOverHttp = value;
			return this;
		}

		/**
		 * Require {@code signature}/{@code expire} on uploads (signed uploads enabled for
		 * the project).
		 */
		public Builder signedUploadsRequired(boolean value) {
			this.signedUploadsRequired = value;
			return this;
		}

		/**
		 * Project auto-store setting, used for {@code UPLOADCARE_STORE=auto} (default
		 * true).
		 */
		public Builder autostore(boolean value) {
			this.autostore = value;
			return this;
		}

		/**
		 * Webhook delivery attempts (default 3) and base delay between them (default 100
		 * ms, linear backoff).
		 */
		public Builder webhookRetries(int attempts, Duration delay) {
			this.webhookAttempts = Math.max(1, attempts);
			this.webhookRetryDelay = Arguments.notNull(delay, "delay");
			return this;
		}

		/** Let from_url and webhooks reach non-loopback hosts (default false). */
		public Builder allowNonLoopbackUrls(boolean value) {
			this.allowNonLoopbackUrls = value;
			return this;
		}

		/**
		 * How many requests {@link UploadcareEmulator#requestLog()} keeps, the latest
		 * ones (default {@value RequestLog#DEFAULT_CAPACITY}).
		 */
		public Builder requestLogSize(int value) {
			this.requestLogSize = RequestLog.requireCapacity(value);
			return this;
		}

		/**
		 * Total bytes of file content kept in memory (default: an eighth of the maximum
		 * heap, at most 256 MiB); content past it, and every file over 1 MiB, is kept in
		 * a temp directory deleted on {@link UploadcareEmulator#close()}.
		 */
		public Builder memoryBudget(long bytes) {
			if (bytes < 0) {
				throw new IllegalArgumentException("memory budget must not be negative, was " + bytes);
			}
			this.memoryBudget = bytes;
			return this;
		}

		/**
		 * Total bytes of file content kept on disk (default: unlimited, up to the free
		 * space). Uploads past it are answered 503 with a body that says so.
		 */
		public Builder diskBudget(long bytes) {
			if (bytes < 0) {
				throw new IllegalArgumentException("disk budget must not be negative, was " + bytes);
			}
			this.diskBudget = bytes;
			return this;
		}

		/**
		 * How long a connection may stall while the emulator reads a request (its
		 * headers, or between two reads of its body) or writes a response, before it is
		 * closed (default 30 s), so that stalled clients never pin a server thread.
		 */
		public Builder readTimeout(Duration value) {
			if (Arguments.notNull(value, "value").isNegative() || value.isZero()) {
				throw new IllegalArgumentException("read timeout must be positive, was " + value);
			}
			this.readTimeout = value;
			return this;
		}

		/**
		 * Largest total size of a request's line and headers (default 64 KiB); larger
		 * requests are answered 431.
		 */
		public Builder maxRequestHeaderSize(int bytes) {
			if (bytes < 1024) {
				throw new IllegalArgumentException("max request header size must be at least 1024, was " + bytes);
			}
			this.maxRequestHeaderSize = bytes;
			return this;
		}

		/** Starts the emulator. */
		public UploadcareEmulator start() {
			if (keyPairs.isEmpty()) {
				keyPairs.add(new String[] { DEFAULT_PUBLIC_KEY, DEFAULT_SECRET_KEY });
			}
			List<Project> projects = new ArrayList<>();
			long id = 159;
			for (String[] pair : keyPairs) {
				projects.add(new Project(id++, pair[0], pair[1], "demo", autostore));
			}
			Settings settings = new Settings(List.copyOf(projects), host, uploadPort, restPort, cdnPort, jobDelay,
					unstoredTtl, clock, refuseSimpleAuthOverHttp, signedUploadsRequired, webhookAttempts,
					webhookRetryDelay, allowNonLoopbackUrls, requestLogSize,
					memoryBudget < 0 ? BlobStore.defaultMemoryBudget() : memoryBudget, diskBudget, readTimeout,
					maxRequestHeaderSize);
			try {
				return new UploadcareEmulator(settings);
			}
			catch (IOException e) {
				throw new UncheckedIOException(e);
			}
		}

	}

}
