package dev.ucare.client.internal.upload;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutorService;

import dev.ucare.client.Store;
import dev.ucare.client.UploadcareConfigurationException;
import dev.ucare.client.UploadcareObserver;
import dev.ucare.client.files.FileInfo;
import dev.ucare.client.groups.GroupInfo;
import dev.ucare.client.internal.Credentials;
import dev.ucare.client.internal.DaemonThreads;
import dev.ucare.client.internal.Observations;
import dev.ucare.client.internal.UploadTransport;
import dev.ucare.client.upload.UploadOptions;
import dev.ucare.client.upload.UploadSettings;
import dev.ucare.client.upload.UploadSignature;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

import org.springframework.util.Assert;

/**
 * What every upload job shares: the transport, the project's keys, the settings, the form
 * fields common to every upload (store, metadata, signature), the metrics report and the
 * pool of daemon threads that runs parts, {@code uploadAll} and the asynchronous forms.
 * Closing it stops that pool.
 */
final class UploadContext implements AutoCloseable {

	final UploadTransport transport;

	final Credentials credentials;

	final UploadSettings settings;

	final ExecutorService executor;

	final Observations observations;

	private final URI restBaseUrl;

	private final Clock clock;

	private final UploadcareObserver observer;

	UploadContext(UploadTransport transport, Credentials credentials, URI restBaseUrl, UploadSettings settings,
			Clock clock, UploadcareObserver observer) {
		requireSecretKeyIfSigned(settings, credentials);
		this.transport = transport;
		this.credentials = credentials;
		this.restBaseUrl = restBaseUrl;
		this.settings = settings;
		this.clock = clock;
		this.observer = observer;
		this.executor = DaemonThreads.cachedPool("uploadcare-upload");
		this.observations = transport.observations();
	}

	/**
	 * @throws UploadcareConfigurationException when signed uploads are on without a
	 * secret key
	 */
	static void requireSecretKeyIfSigned(UploadSettings settings, Credentials credentials) {
		if (settings.signedUploads() && !credentials.hasSecret()) {
			throw new UploadcareConfigurationException("Signed uploads need the project's secret key");
		}
	}

	String publicKey() {
		return credentials.publicKey();
	}

	/** The store choice of {@code options}, else the client's default. */
	Store store(UploadOptions options) {
		return Objects.requireNonNullElse(options.store(), settings.defaultStore());
	}

	/** Adds the metadata and signature fields of {@code options}. */
	void putCommon(Map<String, String> fields, UploadOptions options) {
		options.metadata().forEach((key, value) -> fields.put("metadata[" + key + "]", value));
		putSignature(fields, options.signature());
	}

	/**
	 * Adds {@code signature}/{@code expire}: {@code override} when given, else one
	 * computed from the secret key when signed uploads are on.
	 */
	void putSignature(Map<String, String> fields, @Nullable UploadSignature override) {
		UploadSignature signature = override;
		if (signature == null && settings.signedUploads()) {
			String secretKey = credentials.secretKey();
			// the constructor refuses signed uploads without a secret key
			Assert.state(secretKey != null, "Signed uploads need the project's secret key");
			signature = UploadSignature.forTtl(secretKey, settings.signatureTtl(), clock);
		}
		if (signature != null) {
			fields.put("signature", signature.signature());
			fields.put("expire", Long.toString(signature.expire()));
		}
	}

	/** An Upload API file info as a {@link FileInfo}. */
	FileInfo file(JsonNode node) {
		return UploadApiJson.file(node, restBaseUrl, clock.instant());
	}

	/** An Upload API group info as a {@link GroupInfo}. */
	GroupInfo group(JsonNode node) {
		return UploadApiJson.group(node, restBaseUrl, clock.instant());
	}

	/** Tells the observer that an upload ended; an observer never breaks an upload. */
	void report(String method, long bytes, long startedNanos, boolean success) {
		try {
			observer.onUpload(method, bytes, Duration.ofNanos(System.nanoTime() - startedNanos), success);
		}
		catch (RuntimeException ignored) {
			// an observer never breaks an upload
		}
	}

	/** Stops the pool: running parts and uploads are interrupted. */
	@Override
	public void close() {
		executor.shutdownNow();
	}

}
