package dev.ucare.client;

import java.net.URI;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;

import dev.ucare.client.files.FileOperations;
import dev.ucare.client.files.RestFileOperations;
import dev.ucare.client.groups.GroupOperations;
import dev.ucare.client.groups.RestGroupOperations;
import dev.ucare.client.internal.Credentials;
import dev.ucare.client.internal.RestTransport;
import dev.ucare.client.internal.UserAgent;
import dev.ucare.client.metadata.MetadataOperations;
import dev.ucare.client.metadata.RestMetadataOperations;
import dev.ucare.client.project.ProjectOperations;
import dev.ucare.client.project.RestProjectOperations;
import dev.ucare.client.webhooks.RestWebhookOperations;
import dev.ucare.client.webhooks.WebhookOperations;

import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.RestClient;

/**
 * Entry point to Uploadcare: one service per capability. Immutable and thread-safe; build one per project and
 * share it.
 *
 * <pre>{@code
 * UploadcareClient uc = UploadcareClient.builder()
 *         .publicKey("demopublickey").secretKey("demosecretkey")
 *         .build();
 * FileInfo file = uc.files().get(uuid);
 * }</pre>
 *
 * Without a secret key the client runs in upload-only mode: uploads and CDN URLs work, REST calls fail at once
 * with an {@link UploadcareConfigurationException}.
 */
public final class UploadcareClient {

    /** Uploadcare's Upload API. */
    public static final URI DEFAULT_UPLOAD_BASE_URL = URI.create("https://upload.uploadcare.com/");

    /** Uploadcare's REST API. */
    public static final URI DEFAULT_REST_BASE_URL = URI.create("https://api.uploadcare.com/");

    private final Settings settings;

    private final FileOperations files;

    private final GroupOperations groups;

    private final MetadataOperations metadata;

    private final ProjectOperations project;

    private final WebhookOperations webhooks;

    private UploadcareClient(Builder builder) {
        this.settings = new Settings(builder);
        RestTransport rest = new RestTransport(settings.restClientBuilder(), settings.restBaseUrl(),
                settings.credentials(), settings.authScheme(), settings.retry(), settings.clock(), settings.observer(),
                settings.userAgent());
        this.files = new RestFileOperations(rest);
        this.groups = new RestGroupOperations(rest, files, uuids -> {
            throw new UploadcareConfigurationException("Group creation goes through the Upload API");
        });
        this.metadata = new RestMetadataOperations(rest);
        this.project = new RestProjectOperations(rest);
        this.webhooks = new RestWebhookOperations(rest);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Files: list, get, store, delete, batch, copies. */
    public FileOperations files() {
        return files;
    }

    /** File groups. */
    public GroupOperations groups() {
        return groups;
    }

    /** Files' user metadata. */
    public MetadataOperations metadata() {
        return metadata;
    }

    /** The project. */
    public ProjectOperations project() {
        return project;
    }

    /** Webhook subscriptions. */
    public WebhookOperations webhooks() {
        return webhooks;
    }

    /** The project's public key. */
    public String publicKey() {
        return settings.credentials().publicKey();
    }

    /** Whether a secret key is configured (REST calls and signed uploads possible). */
    public boolean hasSecretKey() {
        return settings.credentials().hasSecret();
    }

    @Override
    public String toString() {
        return "UploadcareClient[publicKey=" + publicKey() + ", secretKey=" + (hasSecretKey() ? "******" : "<none>")
                + ", rest=" + settings.restBaseUrl() + ", upload=" + settings.uploadBaseUrl() + "]";
    }

    /** Resolved configuration shared by the services. */
    record Settings(Credentials credentials, URI uploadBaseUrl, URI restBaseUrl, URI cdnBaseUrl,
            RestClient.Builder restClientBuilder, AuthScheme authScheme, RetrySettings retry, Clock clock,
            UploadcareObserver observer, String userAgent) {

        Settings(Builder b) {
            this(new Credentials(b.publicKey, b.secretKey), withSlash(b.uploadBaseUrl), withSlash(b.restBaseUrl),
                    b.cdnBaseUrl == null ? null : withSlash(b.cdnBaseUrl),
                    b.restClientBuilder != null ? b.restClientBuilder.clone() : defaultBuilder(b),
                    b.authScheme, b.retry, b.clock, b.observer, UserAgent.of(b.publicKey, b.userAgentExtension));
        }

        private static RestClient.Builder defaultBuilder(Builder b) {
            HttpClient http = HttpClient.newBuilder().connectTimeout(b.connectTimeout).build();
            JdkClientHttpRequestFactory factory = new JdkClientHttpRequestFactory(http);
            factory.setReadTimeout(b.readTimeout);
            return RestClient.builder().requestFactory(factory);
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

        private String publicKey;

        private String secretKey;

        private URI uploadBaseUrl = DEFAULT_UPLOAD_BASE_URL;

        private URI restBaseUrl = DEFAULT_REST_BASE_URL;

        private URI cdnBaseUrl;

        private RestClient.Builder restClientBuilder;

        private Duration connectTimeout = Duration.ofSeconds(10);

        private Duration readTimeout = Duration.ofSeconds(60);

        private AuthScheme authScheme = AuthScheme.SIGNED;

        private RetrySettings retry = RetrySettings.DEFAULTS;

        private Clock clock = Clock.systemUTC();

        private UploadcareObserver observer = UploadcareObserver.NONE;

        private String userAgentExtension;

        private Builder() {
        }

        /** The project's public key (required). */
        public Builder publicKey(String publicKey) {
            this.publicKey = publicKey;
            return this;
        }

        /** The project's secret key; without it only uploads and CDN URLs work. */
        public Builder secretKey(String secretKey) {
            this.secretKey = secretKey;
            return this;
        }

        /** Upload API base, e.g. an emulator's; defaults to {@code https://upload.uploadcare.com/}. */
        public Builder uploadBaseUrl(URI uploadBaseUrl) {
            this.uploadBaseUrl = Objects.requireNonNull(uploadBaseUrl, "uploadBaseUrl");
            return this;
        }

        /** REST API base; defaults to {@code https://api.uploadcare.com/}. */
        public Builder restBaseUrl(URI restBaseUrl) {
            this.restBaseUrl = Objects.requireNonNull(restBaseUrl, "restBaseUrl");
            return this;
        }

        /** CDN base for built URLs; defaults to {@code https://ucarecdn.com/}. */
        public Builder cdnBaseUrl(URI cdnBaseUrl) {
            this.cdnBaseUrl = cdnBaseUrl;
            return this;
        }

        /**
         * The {@link RestClient.Builder} to start from (Spring Boot passes its own, so observations and tracing
         * apply). It is cloned, never modified. Without one the client uses the JDK's {@link HttpClient}.
         */
        public Builder restClientBuilder(RestClient.Builder restClientBuilder) {
            this.restClientBuilder = restClientBuilder;
            return this;
        }

        /** Connect timeout of the default HTTP client (ignored with {@link #restClientBuilder}). */
        public Builder connectTimeout(Duration connectTimeout) {
            this.connectTimeout = Objects.requireNonNull(connectTimeout, "connectTimeout");
            return this;
        }

        /** Read timeout of the default HTTP client (ignored with {@link #restClientBuilder}). */
        public Builder readTimeout(Duration readTimeout) {
            this.readTimeout = Objects.requireNonNull(readTimeout, "readTimeout");
            return this;
        }

        /** REST authentication scheme; {@link AuthScheme#SIGNED} by default. */
        public Builder authScheme(AuthScheme authScheme) {
            this.authScheme = Objects.requireNonNull(authScheme, "authScheme");
            return this;
        }

        /** Retry behaviour; {@link RetrySettings#DEFAULTS} by default. */
        public Builder retry(RetrySettings retry) {
            this.retry = Objects.requireNonNull(retry, "retry");
            return this;
        }

        /** Clock for request dates and signatures; the system UTC clock by default. */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /** Receives retry and upload events, e.g. for metrics. */
        public Builder observer(UploadcareObserver observer) {
            this.observer = Objects.requireNonNull(observer, "observer");
            return this;
        }

        /** Appended to the {@code User-Agent}, e.g. an integration's name. */
        public Builder userAgentExtension(String userAgentExtension) {
            this.userAgentExtension = userAgentExtension;
            return this;
        }

        public UploadcareClient build() {
            if (publicKey == null || publicKey.isBlank()) {
                throw new UploadcareConfigurationException("Uploadcare public key is not set");
            }
            return new UploadcareClient(this);
        }
    }
}
