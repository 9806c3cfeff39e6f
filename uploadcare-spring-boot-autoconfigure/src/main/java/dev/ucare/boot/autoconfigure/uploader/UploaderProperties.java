package dev.ucare.boot.autoconfigure.uploader;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import dev.ucare.client.Store;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Settings of the browser's File Uploader, bound from {@code uploadcare.uploader.*}. The
 * public key, Upload API and CDN base come from the {@code UploadcareClient} bean, so an
 * emulator works untouched. Unset options keep the File Uploader's own defaults.
 *
 * @param location Base URL of the File Uploader's browser build (its "web/" folder):
 * Uploadcare's public CDN by default, or a self-hosted copy such as "/vendor/uploader/".
 * @param scriptUrl URL of the File Uploader's ES module; defaults to
 * "file-uploader.min.js" under the location.
 * @param stylesheetUrl URL of the solution's stylesheet; defaults to
 * "uc-file-uploader-SOLUTION.min.css" under the location.
 * @param solution Uploader layout: "regular" (button and modal), "inline" (embedded) or
 * "minimal" (small drop area).
 * @param multiple Whether more than one file may be chosen.
 * @param multipleMin Smallest number of files when several may be chosen.
 * @param multipleMax Largest number of files when several may be chosen.
 * @param imgOnly Whether only images may be chosen (checked again on the server by
 * validation, never trusted).
 * @param accept Accepted MIME types or extensions, e.g. "image/*,.pdf".
 * @param maxLocalFileSize Largest local file the uploader accepts.
 * @param multipartMinFileSize Size from which the uploader sends files in parallel parts
 * (at least 10MB, Uploadcare's minimum).
 * @param sourceList Sources offered, e.g. "local", "url", "camera", "dropbox".
 * @param store Whether uploaded files are stored: "auto" (project setting), "true" or
 * "false" (for example when validation stores files once a form is valid).
 * @param metadata Metadata added to every uploaded file.
 * @param signedUploads Whether browser uploads are signed: the page fetches short-lived
 * signatures from the signature endpoint and never sees the secret key.
 * @param signature Signature endpoint settings.
 * @param modelAttribute Name of the model attribute holding the resolved UploaderConfig
 * in Spring MVC views; empty to add none.
 */
@ConfigurationProperties("uploadcare.uploader")
public record UploaderProperties(
		@DefaultValue("https://cdn.jsdelivr.net/npm/@uploadcare/file-uploader@1/web/") String location,
		@Nullable String scriptUrl, @Nullable String stylesheetUrl, @DefaultValue("regular") UploaderSolution solution,
		@Nullable Boolean multiple, @Nullable Integer multipleMin, @Nullable Integer multipleMax,
		@Nullable Boolean imgOnly, @Nullable String accept, @Nullable DataSize maxLocalFileSize,
		@Nullable DataSize multipartMinFileSize, List<String> sourceList, @Nullable Store store,
		Map<String, String> metadata, @DefaultValue("false") boolean signedUploads, @DefaultValue Signature signature,
		@DefaultValue("uploadcareUploader") String modelAttribute) {

	/** The default location: the public CDN build of the pinned major version. */
	public static final String DEFAULT_LOCATION = "https://cdn.jsdelivr.net/npm/@uploadcare/file-uploader@1/web/";

	public UploaderProperties {
		sourceList = sourceList == null ? List.of() : List.copyOf(sourceList);
		metadata = metadata == null ? Map.of() : Map.copyOf(metadata);
		signature = signature == null ? Signature.defaults() : signature;
	}

	/**
	 * Signature endpoint for signed browser uploads.
	 *
	 * @param path Path of the endpoint the uploader POSTs to for a signature.
	 * @param ttl Lifetime of a signature; signatures are shared within half of it, so a
	 * page always gets one valid for at least half the lifetime.
	 * @param rateLimit Signatures one client may request per period.
	 */
	public record Signature(@DefaultValue("/uploadcare/upload-signature") String path,
			@DefaultValue("30m") Duration ttl, @DefaultValue RateLimit rateLimit) {

		static final String DEFAULT_PATH = "/uploadcare/upload-signature";

		public Signature {
			path = path == null ? DEFAULT_PATH : path;
			ttl = ttl == null ? Duration.ofMinutes(30) : ttl;
			rateLimit = rateLimit == null ? RateLimit.defaults() : rateLimit;
		}

		/** The default path, lifetime and rate limit. */
		static Signature defaults() {
			return new Signature(DEFAULT_PATH, Duration.ofMinutes(30), RateLimit.defaults());
		}

	}

	/**
	 * Per-client rate limit of the signature endpoint; a client is the authenticated
	 * user, else the remote address.
	 *
	 * @param requests Requests allowed per period and client; 0 or less turns the limit
	 * off.
	 * @param period Length of the counting window.
	 */
	public record RateLimit(@DefaultValue("30") int requests, @DefaultValue("1m") Duration period) {

		public RateLimit {
			period = period == null ? Duration.ofMinutes(1) : period;
		}

		/** 30 requests a minute. */
		static RateLimit defaults() {
			return new RateLimit(30, Duration.ofMinutes(1));
		}

		/** Whether requests are limited. */
		public boolean enabled() {
			return requests > 0 && !period.isZero() && !period.isNegative();
		}

	}

}
