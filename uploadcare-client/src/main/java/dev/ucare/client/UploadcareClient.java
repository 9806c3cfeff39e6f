package dev.ucare.client;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.function.Function;
import java.util.function.Supplier;

import dev.ucare.client.addons.AddonOperations;
import dev.ucare.client.cdn.CdnBase;
import dev.ucare.client.cdn.CdnUrls;
import dev.ucare.client.conversion.ConversionOperations;
import dev.ucare.client.files.FileOperations;
import dev.ucare.client.groups.GroupOperations;
import dev.ucare.client.internal.Arguments;
import dev.ucare.client.internal.CdnTransport;
import dev.ucare.client.internal.Credentials;
import dev.ucare.client.internal.Lifecycle;
import dev.ucare.client.internal.Observations;
import dev.ucare.client.internal.RestTransport;
import dev.ucare.client.internal.UploadTransport;
import dev.ucare.client.internal.UrlConnectionRequestFactory;
import dev.ucare.client.internal.UserAgent;
import dev.ucare.client.internal.addons.RestAddonOperations;
import dev.ucare.client.internal.cdn.DefaultCdnUrls;
import dev.ucare.client.internal.conversion.RestConversionOperations;
import dev.ucare.client.internal.files.RestFileOperations;
import dev.ucare.client.internal.groups.RestGroupOperations;
import dev.ucare.client.internal.metadata.RestMetadataOperations;
import dev.ucare.client.internal.project.RestProjectOperations;
import dev.ucare.client.internal.upload.DefaultUploadOperations;
import dev.ucare.client.internal.webhooks.RestWebhookOperations;
import dev.ucare.client.metadata.MetadataOperations;
import dev.ucare.client.observation.DefaultUploadcareObservationConvention;
import dev.ucare.client.observation.UploadcareObservationConvention;
import dev.ucare.client.observation.UploadcareObservationDocumentation;
import dev.ucare.client.project.ProjectOperations;
import dev.ucare.client.secure.SecureUrlBuilder;
import dev.ucare.client.upload.UploadOperations;
import dev.ucare.client.upload.UploadSettings;
import dev.ucare.client.upload.UploadSignature;
import dev.ucare.client.webhooks.WebhookOperations;
import io.micrometer.observation.ObservationRegistry;

import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.http.HttpHeaders;
import org.springframework.http.client.ClientHttpRequestFactory;
import org.springframework.http.converter.ByteArrayHttpMessageConverter;
import org.springframework.util.function.SingletonSupplier;
import org.springframework.web.client.RestClient;

/**
 * Entry point to Uploadcare: one service per capability. Immutable and thread-safe; build
 * one per project and share it.
 *
 * <pre>{@code
 * UploadcareClient uc = UploadcareClient.builder()
 *         .publicKey("demopublickey").secretKey("demosecretkey")
 *         .build();
 * FileInfo file = uc.files().get(uuid);
 * }</pre>
 *
 * Without a secret key the client runs in upload-only mode: uploads and CDN URLs work,
 * REST calls fail at once with an {@link UploadcareConfigurationException}.
 *
 * <p>
 * {@link #close()} releases what the client owns: its upload threads and the request
 * factory it created for its calls (a {@code RestClient.Builder} given to the builder is
 * the caller's and is only cloned). Close a client built by hand when done with it; a
 * Spring bean is closed with its context.
 */
public final class UploadcareClient implements AutoCloseable {

	/** Uploadcare's Upload API. */
	public static final URI DEFAULT_UPLOAD_BASE_URL = URI.create("https://upload.uploadcare.com/");

	/** Uploadcare's REST API. */
	public static final URI DEFAULT_REST_BASE_URL = URI.create("https://api.uploadcare.com/");

	/** Slots of {@link #parts}. */
	private static final int REST = 0;

	private static final int UPLOADS = 1;

	private static final int FILES = 2;

	private static final int GROUPS = 3;

	private static final int METADATA = 4;

	private static final int PROJECT = 5;

	private static final int WEBHOOKS = 6;

	private static final int CDN = 7;

	private static final int CONVERSIONS = 8;

	private static final int ADDONS = 9;

	private static final int PARTS = 10;

	private final Settings settings;

	private final Lifecycle lifecycle;

	private final UploadSettings uploadSettings;

	private final WaitSettings jobWait;

	private final CdnBase cdnBase;

	private final @Nullable SecureUrlBuilder secureUrls;

	/**
	 * The services and the transports they share, each created on its first use
	 * ({@link #part(int, Class)}), so that building a client (e.g. a Spring bean at
	 * start-up) loads none of the services' classes nor the models they map.
	 */
	private final AtomicReferenceArray<@Nullable Object> parts = new AtomicReferenceArray<>(PARTS);

	private UploadcareClient(Builder builder, String publicKey) {
		this.lifecycle = new Lifecycle("UploadcareClient[publicKey=" + publicKey + "]");
		this.settings = new Settings(builder, publicKey, lifecycle);
		this.uploadSettings = builder.uploads;
		// what the services would refuse is refused now, not on first use
		DefaultUploadOperations.checkSettings(uploadSettings, settings.credentials());
		this.jobWait = builder.jobWait;
		this.cdnBase = (builder.cdnBaseUrl != null) ? CdnBase.of(builder.cdnBaseUrl)
				: builder.perProjectCdn ? CdnBase.forProject(publicKey) : CdnBase.ucarecdn();
		this.secureUrls = builder.secureUrlBuilder;
	}

	/**
	 * The part in {@code slot}, created once, on first use, by whichever thread asks
	 * first.
	 */
	private <T> T part(int slot, Class<T> type) {
		Object part = parts.get(slot);
		if (part == null) {
			synchronized (parts) {
				part = parts.get(slot);
				if (part == null) {
					part = create(slot);
					parts.set(slot, part);
				}
			}
		}
		return type.cast(part);
	}

	private Object create(int slot) {
		Settings s = settings;
		return switch (slot) {
			case REST -> new RestTransport(s.restClientBuilder(), s.restBaseUrl(), s.credentials(), s.authScheme(),
					s.retry(), s.clock(), s.observer(), lifecycle, s.observations());
			case UPLOADS -> new DefaultUploadOperations(
					new UploadTransport(s.restClientBuilder(), s.uploadBaseUrl(), s.retry(), s.observer(), lifecycle,
							s.observations()),
					s.credentials(), s.restBaseUrl(), uploadSettings, s.clock(), s.observer(), lifecycle);
			case FILES -> new RestFileOperations(rest());
			case GROUPS -> new RestGroupOperations(rest(), files(), uploads());
			case METADATA -> new RestMetadataOperations(rest());
			case PROJECT -> new RestProjectOperations(rest());
			case WEBHOOKS -> new RestWebhookOperations(rest());
			case CDN -> new DefaultCdnUrls(cdnBase,
					new CdnTransport(s.restClientBuilder(), s.retry(), s.observer(), lifecycle, s.observations()));
			case CONVERSIONS -> new RestConversionOperations(rest(), files(), groups(), jobWait);
			case ADDONS -> new RestAddonOperations(rest(), jobWait);
			default -> throw new IllegalArgumentException("No part " + slot);
		};
	}

	private RestTransport rest() {
		return part(REST, RestTransport.class);
	}

	/**
	 * The request factory a client uses unless its builder is given another
	 * ({@link Builder#requestFactory(Function)}): the JDK's
	 * {@link java.net.HttpURLConnection} with {@code settings}' timeouts, bodies streamed
	 * without copies, nothing of TLS loaded for {@code http://} URLs, redirects not
	 * followed, system proxy settings honoured. For a {@code requestFactory} function
	 * that keeps this default in some cases (Spring Boot's auto-configuration does,
	 * unless the application chose its HTTP client). The client that receives it closes
	 * it.
	 * @param settings the timeouts
	 * @return a new request factory
	 */
	public static ClientHttpRequestFactory defaultRequestFactory(HttpSettings settings) {
		Arguments.notNull(settings, "settings");
		return new UrlConnectionRequestFactory(settings.connectTimeout(), settings.readTimeout());
	}

	public static Builder builder() {
		return new Builder();
	}

	/** Uploads: files, streams, bytes, URLs, groups through the Upload API. */
	public UploadOperations uploads() {
		return part(UPLOADS, UploadOperations.class);
	}

	/** Files: list, get, store, delete, batch, copies. */
	public FileOperations files() {
		return part(FILES, FileOperations.class);
	}

	/** File groups. */
	public GroupOperations groups() {
		return part(GROUPS, GroupOperations.class);
	}

	/** Files' user metadata. */
	public MetadataOperations metadata() {
		return part(METADATA, MetadataOperations.class);
	}

	/** The project. */
	public ProjectOperations project() {
		return part(PROJECT, ProjectOperations.class);
	}

	/** Webhook subscriptions. */
	public WebhookOperations webhooks() {
		return part(WEBHOOKS, WebhookOperations.class);
	}

	/** Document and video conversion. */
	public ConversionOperations conversions() {
		return part(CONVERSIONS, ConversionOperations.class);
	}

	/** Add-ons: AWS Rekognition, ClamAV, remove.bg. */
	public AddonOperations addons() {
		return part(ADDONS, AddonOperations.class);
	}

	/** CDN URLs of files and groups, with image transformations. */
	public CdnUrls cdn() {
		return part(CDN, CdnUrls.class);
	}

	/**
	 * Signed URLs for secure delivery.
	 * @throws UploadcareConfigurationException when no {@link SecureUrlBuilder} was
	 * configured
	 */
	public SecureUrlBuilder secureUrls() {
		if (secureUrls == null) {
			throw new UploadcareConfigurationException("Secure delivery is not configured: set a SecureUrlBuilder "
					+ "(uploadcare.secure-delivery.* in Spring Boot)");
		}
		return secureUrls;
	}

	/** Whether {@link #secureUrls()} is available. */
	public boolean hasSecureUrls() {
		return secureUrls != null;
	}

	/** The project's public key. */
	public String publicKey() {
		return settings.credentials().publicKey();
	}

	/**
	 * The project's name in observations ({@code project} key): the one given to
	 * {@link Builder#projectName(String)}, else the public key.
	 */
	public String projectName() {
		return settings.projectName();
	}

	/** Whether a secret key is configured (REST calls and signed uploads possible). */
	public boolean hasSecretKey() {
		return settings.credentials().hasSecret();
	}

	/**
	 * Releases the client's upload threads and the request factory it created: a request
	 * factory that is {@link AutoCloseable} or a {@link DisposableBean} is closed (the
	 * default one aborts the exchanges in progress). Uploads in flight are interrupted.
	 * Every later call that would send a request fails at once with an
	 * {@link IllegalStateException} and sends nothing; building CDN and secure URLs keeps
	 * working. Calling it again does nothing.
	 */
	@Override
	public void close() {
		lifecycle.close();
	}

	/** Whether {@link #close()} was called. */
	public boolean isClosed() {
		return lifecycle.isClosed();
	}

	/** The Upload API base URL, ending in {@code /} (an emulator's in tests). */
	public URI uploadBaseUrl() {
		return settings.uploadBaseUrl();
	}

	/**
	 * The base of the client's CDN links, ending in {@code /}: the one
	 * {@link #cdn()}{@code .base()} builds on, known without creating that service.
	 */
	public URI cdnBaseUrl() {
		return cdnBase.uri();
	}

	/**
	 * A signed-upload pair for {@code expireEpochSeconds}, made with the secret key, for
	 * uploads made elsewhere (e.g. a browser's File Uploader); the key itself is never
	 * exposed.
	 * @throws UploadcareConfigurationException when no secret key is configured
	 * @throws IllegalArgumentException when the expiry is negative
	 */
	public UploadSignature uploadSignature(long expireEpochSeconds) {
		String secretKey = settings.credentials().secretKey();
		if (secretKey == null) {
			throw new UploadcareConfigurationException("Upload signatures need the secret key, which is not set");
		}
		return UploadSignature.create(secretKey, expireEpochSeconds);
	}

	@Override
	public String toString() {
		return "UploadcareClient[publicKey=" + publicKey() + ", secretKey=" + (hasSecretKey() ? "******" : "<none>")
				+ ", rest=" + settings.restBaseUrl() + ", upload=" + settings.uploadBaseUrl() + "]";
	}

	/**
	 * Resolved configuration shared by the services.
	 *
	 * @param restClientBuilder the builder both APIs' clients are cloned from, with the
	 * configured request factory; resolved on the first request
	 * @param observations observes the operations; its registry is resolved on the first
	 * operation
	 */
	record Settings(Credentials credentials, URI uploadBaseUrl, URI restBaseUrl,
			Supplier<RestClient.Builder> restClientBuilder, AuthScheme authScheme, RetrySettings retry, Clock clock,
			UploadcareObserver observer, String projectName, Observations observations) {

		Settings(Builder b, String publicKey, Lifecycle lifecycle) {
			this(b, publicKey, lifecycle, (b.projectName != null) ? b.projectName : publicKey,
					SingletonSupplier.of(b.observationRegistry));
		}

		private Settings(Builder b, String publicKey, Lifecycle lifecycle, String projectName,
				Supplier<@Nullable ObservationRegistry> observationRegistry) {
			this(new Credentials(publicKey, b.secretKey), withSlash(b.uploadBaseUrl), withSlash(b.restBaseUrl),
					configuredBuilder(b.restClientBuilder, b.requestFactory, b.http,
							UserAgent.of(publicKey, b.userAgentExtension), observationRegistry, lifecycle),
					b.authScheme, b.retry, b.clock, b.observer, projectName,
					new Observations(observationRegistry, b.observationConvention, projectName));
		}

		/**
		 * The one HTTP path: a clone of the given (or a new) builder whose request
		 * factory is created from the client's {@link HttpSettings}, once, on the first
		 * request, sending {@code userAgent} as {@code User-Agent} on every request of
		 * both APIs and the CDN. The builder's values are captured now: changing the
		 * builder later does not change a built client. The factory is the client's:
		 * {@link UploadcareClient#close()} releases it (a factory that is
		 * {@link AutoCloseable} or a {@link DisposableBean}). With an observation
		 * registry set on the client, the clone gets it too, so that each exchange is an
		 * {@code http.client.requests} observation, child of the operation's. The clone's
		 * message converters are cut down to the one the client uses (request bodies are
		 * bytes or streams; answers are read as bytes and decoded by the client itself,
		 * the most frequent ones with jackson-core's streaming parser alone and the
		 * others with its own JSON mapper, built on first need), so that the first
		 * request does not build converters, such as a second Jackson mapper, that no
		 * call would use.
		 */
		private static Supplier<RestClient.Builder> configuredBuilder(
				@Nullable Supplier<RestClient.@Nullable Builder> base,
				@Nullable Function<HttpSettings, ClientHttpRequestFactory> requestFactory, HttpSettings http,
				String userAgent, Supplier<@Nullable ObservationRegistry> observationRegistry, Lifecycle lifecycle) {
			return SingletonSupplier.of(() -> {
				lifecycle.ensureOpen();
				RestClient.@Nullable Builder builder = (base != null) ? base.get() : null;
				ClientHttpRequestFactory factory = (requestFactory != null) ? requestFactory.apply(http)
						: defaultRequestFactory(http);
				if (factory instanceof AutoCloseable closeable) {
					lifecycle.register(closeable);
				}
				else if (factory instanceof DisposableBean disposable) {
					lifecycle.register(disposable::destroy);
				}
				RestClient.Builder configured = ((builder != null) ? builder.clone() : RestClient.builder())
					.requestFactory(factory)
					.defaultHeader(HttpHeaders.USER_AGENT, userAgent)
					.configureMessageConverters((converters) -> converters.disableDefaults()
						.addCustomConverter(new ByteArrayHttpMessageConverter()));
				@Nullable ObservationRegistry registry = observationRegistry.get();
				if (registry != null && !registry.isNoop()) {
					configured.observationRegistry(registry);
				}
				return configured;
			});
		}

		private static URI withSlash(URI uri) {
			String text = uri.toString();
			return text.endsWith("/") ? uri : URI.create(text + "/");
		}

		@Override
		public String toString() {
			return "Settings[" + credentials + ", rest=" + restBaseUrl + ", upload=" + uploadBaseUrl + "]";
		}
	}

	/** Builder of {@link UploadcareClient}. Only the public key is required. */
	public static final class Builder {

		private @Nullable String publicKey;

		private @Nullable String secretKey;

		private URI uploadBaseUrl = DEFAULT_UPLOAD_BASE_URL;

		private URI restBaseUrl = DEFAULT_REST_BASE_URL;

		private @Nullable URI cdnBaseUrl;

		private @Nullable Supplier<RestClient.@Nullable Builder> restClientBuilder;

		/** {@code null}: the client's default, on the JDK's HttpURLConnection. */
		private @Nullable Function<HttpSettings, ClientHttpRequestFactory> requestFactory;

		private HttpSettings http = HttpSettings.DEFAULTS;

		private AuthScheme authScheme = AuthScheme.SIGNED;

		private RetrySettings retry = RetrySettings.DEFAULTS;

		private Clock clock = Clock.systemUTC();

		private UploadcareObserver observer = UploadcareObserver.NONE;

		private @Nullable String userAgentExtension;

		private UploadSettings uploads = UploadSettings.DEFAULTS;

		private boolean perProjectCdn;

		private @Nullable SecureUrlBuilder secureUrlBuilder;

		private WaitSettings jobWait = WaitSettings.DEFAULTS;

		private Supplier<@Nullable ObservationRegistry> observationRegistry = () -> ObservationRegistry.NOOP;

		private @Nullable UploadcareObservationConvention observationConvention;

		private @Nullable String projectName;

		private Builder() {
		}

		/**
		 * The project's public key (required).
		 * @throws IllegalArgumentException when it is {@code null}
		 */
		public Builder publicKey(String publicKey) {
			this.publicKey = Arguments.notNull(publicKey, "publicKey");
			return this;
		}

		/**
		 * The project's secret key; without it ({@code null}, the default) only uploads
		 * and CDN URLs work.
		 */
		public Builder secretKey(@Nullable String secretKey) {
			this.secretKey = secretKey;
			return this;
		}

		/**
		 * Upload API base, e.g. an emulator's; defaults to
		 * {@code https://upload.uploadcare.com/}.
		 */
		public Builder uploadBaseUrl(URI uploadBaseUrl) {
			this.uploadBaseUrl = Arguments.notNull(uploadBaseUrl, "uploadBaseUrl");
			return this;
		}

		/** REST API base; defaults to {@code https://api.uploadcare.com/}. */
		public Builder restBaseUrl(URI restBaseUrl) {
			this.restBaseUrl = Arguments.notNull(restBaseUrl, "restBaseUrl");
			return this;
		}

		/**
		 * Whether CDN URLs use the project's own subdomain
		 * {@code https://<prefix>.ucarecd.net/} (prefix derived from the public key)
		 * instead of {@code https://ucarecdn.com/}. An explicit {@link #cdnBaseUrl} wins.
		 */
		public Builder perProjectCdn(boolean perProjectCdn) {
			this.perProjectCdn = perProjectCdn;
			return this;
		}

		/**
		 * Builder of signed URLs for secure delivery, e.g. an
		 * {@code AkamaiAclTokenBuilder}; {@code null} (the default) for none.
		 */
		public Builder secureUrlBuilder(@Nullable SecureUrlBuilder secureUrlBuilder) {
			this.secureUrlBuilder = secureUrlBuilder;
			return this;
		}

		/**
		 * CDN base for built URLs, e.g. a custom CNAME; defaults to
		 * {@code https://ucarecdn.com/} ({@code null}: that default, or the project's
		 * subdomain with {@link #perProjectCdn(boolean)}).
		 */
		public Builder cdnBaseUrl(@Nullable URI cdnBaseUrl) {
			this.cdnBaseUrl = cdnBaseUrl;
			return this;
		}

		/**
		 * The {@link RestClient.Builder} to start from (Spring Boot passes its own, so
		 * observations and tracing apply). It is cloned, never modified; the clone gets
		 * the request factory made by {@link #requestFactory(Function)}, so that the
		 * client's {@link HttpSettings} apply. Uploads stream from their source unless
		 * the builder carries interceptors: Spring hands an interceptor the whole body as
		 * a byte array, so it then holds each upload request (a direct upload or one
		 * part) in memory; add headers with a {@code ClientHttpRequestInitializer}
		 * instead. Without a builder ({@code null}, the default) the client starts from
		 * {@link RestClient#builder()}.
		 */
		public Builder restClientBuilder(RestClient.@Nullable Builder restClientBuilder) {
			return restClientBuilder(restClientBuilder == null ? null : () -> restClientBuilder);
		}

		/**
		 * Like {@link #restClientBuilder(RestClient.Builder)}, asked for the builder only
		 * when the first request is made, so that building the client costs next to
		 * nothing (Spring Boot passes its builder this way). A supplier answering
		 * {@code null} means {@link RestClient#builder()}, and so does a {@code null}
		 * supplier.
		 */
		public Builder restClientBuilder(@Nullable Supplier<RestClient.@Nullable Builder> restClientBuilder) {
			this.restClientBuilder = restClientBuilder;
			return this;
		}

		/**
		 * How the request factory of the client's calls is created from its
		 * {@link HttpSettings}, once, on the first request. By default one on the JDK's
		 * {@link java.net.HttpURLConnection}: bodies streamed without copies, nothing of
		 * TLS loaded for {@code http://} URLs, redirects not followed, system proxy
		 * settings honoured ({@link UploadcareClient#defaultRequestFactory}). Pass your
		 * own to use another HTTP library (Spring Boot passes one made by its
		 * {@code ClientHttpRequestFactoryBuilder} with {@code spring.http.clients.*} when
		 * the application chose its HTTP client).
		 */
		public Builder requestFactory(Function<HttpSettings, ClientHttpRequestFactory> requestFactory) {
			this.requestFactory = Arguments.notNull(requestFactory, "requestFactory");
			return this;
		}

		/** Timeouts of every call; {@link HttpSettings#DEFAULTS} by default. */
		public Builder httpSettings(HttpSettings httpSettings) {
			this.http = Arguments.notNull(httpSettings, "httpSettings");
			return this;
		}

		/**
		 * Connect timeout of every call; 10 seconds by default
		 * ({@link HttpSettings#DEFAULTS}).
		 */
		public Builder connectTimeout(Duration connectTimeout) {
			this.http = http.withConnectTimeout(connectTimeout);
			return this;
		}

		/**
		 * Read timeout of every call; 60 seconds by default
		 * ({@link HttpSettings#DEFAULTS}).
		 */
		public Builder readTimeout(Duration readTimeout) {
			this.http = http.withReadTimeout(readTimeout);
			return this;
		}

		/** REST authentication scheme; {@link AuthScheme#SIGNED} by default. */
		public Builder authScheme(AuthScheme authScheme) {
			this.authScheme = Arguments.notNull(authScheme, "authScheme");
			return this;
		}

		/** Retry behaviour; {@link RetrySettings#DEFAULTS} by default. */
		public Builder retry(RetrySettings retry) {
			this.retry = Arguments.notNull(retry, "retry");
			return this;
		}

		/** Clock for request dates and signatures; the system UTC clock by default. */
		public Builder clock(Clock clock) {
			this.clock = Arguments.notNull(clock, "clock");
			return this;
		}

		/**
		 * Where every operation is observed (an {@code uploadcare.client.operation}
		 * observation, see {@link UploadcareObservationDocumentation}), with its HTTP
		 * exchanges as children ({@code http.client.requests}, with the call's URI
		 * template such as {@code /files/{uuid}/} as {@code uri}: the registry is set on
		 * the client's {@code RestClient.Builder} clone too). With Micrometer Tracing
		 * each is a span. {@link ObservationRegistry#NOOP} by default: nothing is
		 * observed, at no cost (a registry given to the {@code RestClient.Builder} only
		 * observes the exchanges, with {@code uri} {@code none}).
		 */
		public Builder observationRegistry(ObservationRegistry observationRegistry) {
			Arguments.notNull(observationRegistry, "observationRegistry");
			return observationRegistry(() -> observationRegistry);
		}

		/**
		 * Like {@link #observationRegistry(ObservationRegistry)}, asked for the registry
		 * on the first operation (Spring Boot passes the context's this way); a supplier
		 * answering {@code null} means none.
		 */
		public Builder observationRegistry(Supplier<@Nullable ObservationRegistry> observationRegistry) {
			this.observationRegistry = Arguments.notNull(observationRegistry, "observationRegistry");
			return this;
		}

		/**
		 * Name and keys of the operations' observations; by default the registry's global
		 * convention for them if any, else {@link DefaultUploadcareObservationConvention}
		 * (also for {@code null}).
		 */
		public Builder observationConvention(@Nullable UploadcareObservationConvention observationConvention) {
			this.observationConvention = observationConvention;
			return this;
		}

		/**
		 * The project's name in observations (the {@code project} key), e.g. the name of
		 * one of several configured projects; the public key by default (also for
		 * {@code null} or blank).
		 */
		public Builder projectName(@Nullable String projectName) {
			this.projectName = (projectName == null || projectName.isBlank()) ? null : projectName;
			return this;
		}

		/** Receives retry and upload events, e.g. for metrics. */
		public Builder observer(UploadcareObserver observer) {
			this.observer = Arguments.notNull(observer, "observer");
			return this;
		}

		/**
		 * Appended to the {@code User-Agent}, e.g. an integration's name; {@code null}
		 * for nothing.
		 */
		public Builder userAgentExtension(@Nullable String userAgentExtension) {
			this.userAgentExtension = userAgentExtension;
			return this;
		}

		/**
		 * Default polling of conversion and add-on waits; {@link WaitSettings#DEFAULTS}
		 * by default.
		 */
		public Builder jobWait(WaitSettings jobWait) {
			this.jobWait = Arguments.notNull(jobWait, "jobWait");
			return this;
		}

		/** All upload settings at once; {@link UploadSettings#DEFAULTS} by default. */
		public Builder uploadSettings(UploadSettings uploadSettings) {
			this.uploads = Arguments.notNull(uploadSettings, "uploadSettings");
			return this;
		}

		/**
		 * Sources of at least this many bytes go multipart (default and minimum 10485760,
		 * the server's minimum for multipart; at most 100 MB, the server's maximum for a
		 * direct upload).
		 */
		public Builder multipartThreshold(long bytes) {
			this.uploads = uploads.withMultipartThreshold(bytes);
			return this;
		}

		/** Bytes per multipart part, 5 MiB (default) to 5 GiB. */
		public Builder partSize(long bytes) {
			this.uploads = uploads.withPartSize(bytes);
			return this;
		}

		/** Parts of one multipart upload sent at once; 4 by default. */
		public Builder uploadConcurrency(int parts) {
			this.uploads = uploads.withConcurrency(parts);
			return this;
		}

		/** Sources of one {@code uploadAll} uploaded at once; 8 by default. */
		public Builder uploadAllConcurrency(int files) {
			this.uploads = uploads.withFileConcurrency(files);
			return this;
		}

		/**
		 * Whether uploads carry a signature made from the secret key (needs one); off by
		 * default.
		 */
		public Builder signedUploads(boolean signedUploads) {
			this.uploads = uploads.withSignedUploads(signedUploads);
			return this;
		}

		/** Lifetime of computed upload signatures; 60 seconds by default. */
		public Builder signatureTtl(Duration signatureTtl) {
			this.uploads = uploads.withSignatureTtl(signatureTtl);
			return this;
		}

		/**
		 * Store choice of uploads whose options leave it unset; {@link Store#AUTO} by
		 * default.
		 */
		public Builder defaultStore(Store store) {
			this.uploads = uploads.withDefaultStore(Arguments.notNull(store, "store"));
			return this;
		}

		/**
		 * How {@code uploads().fromUrl(...)} polls, and its deadline;
		 * {@link WaitSettings#DEFAULTS} by default.
		 */
		public Builder fromUrlWait(WaitSettings fromUrlWait) {
			this.uploads = uploads.withFromUrlWait(fromUrlWait);
			return this;
		}

		public UploadcareClient build() {
			String key = publicKey;
			if (key == null || key.isBlank()) {
				throw new UploadcareConfigurationException("Uploadcare public key is not set");
			}
			return new UploadcareClient(this, key);
		}

	}

}
