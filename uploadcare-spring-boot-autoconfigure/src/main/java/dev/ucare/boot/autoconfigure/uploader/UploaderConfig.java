package dev.ucare.boot.autoconfigure.uploader;

import java.net.URI;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import dev.ucare.client.Store;
import dev.ucare.client.UploadcareClient;
import dev.ucare.client.cdn.CdnBase;

import org.jspecify.annotations.Nullable;

import org.springframework.lang.Contract;
import org.springframework.util.Assert;
import org.springframework.util.unit.DataSize;

/**
 * Everything a page needs to render Uploadcare's File Uploader, resolved from
 * {@code uploadcare.uploader.*} and the {@link UploadcareClient} bean (public key, Upload
 * API base, CDN base): one model for any view technology. Thymeleaf pages use the
 * {@code ucare} dialect; other template engines read the {@code uploadcareUploader} model
 * attribute and write {@link #configAttributes(String)} onto a {@code <uc-config>}
 * element.
 * <p>
 * Per-field overrides: {@link #with(String, String)} with a {@code uc-config} attribute
 * name, e.g. {@code with("img-only", "true")}.
 *
 * @param scriptUrl URL of the File Uploader's ES module
 * @param stylesheetUrl URL of the solution's stylesheet
 * @param solution the layout
 * @param publicKey the project's public key
 * @param uploadBaseUrl the Upload API the browser uploads to
 * @param cdnBase the CDN base of uploaded files' URLs
 * @param multiple whether several files may be chosen, {@code null} for the uploader's
 * default
 * @param multipleMin smallest number of files, or {@code null}
 * @param multipleMax largest number of files, or {@code null}
 * @param imgOnly whether only images may be chosen, or {@code null}
 * @param accept accepted MIME types or extensions, or {@code null}
 * @param maxLocalFileSizeBytes largest local file in bytes, or {@code null}
 * @param multipartMinFileSizeBytes size from which files go multipart (at least 10 MiB),
 * or {@code null}
 * @param sourceList sources offered, empty for the uploader's default
 * @param store store choice, or {@code null} for the uploader's default
 * @param groupOutput whether several files are posted as one group, or {@code null}
 * @param metadata metadata added to every upload
 * @param signatureUrl path of the signature endpoint (relative to the application's
 * context path) when uploads are signed, else {@code null}
 * @param signatureTtl lifetime of signatures, or {@code null} when uploads are not signed
 */
public record UploaderConfig(String scriptUrl, String stylesheetUrl, UploaderSolution solution, String publicKey,
		URI uploadBaseUrl, URI cdnBase, @Nullable Boolean multiple, @Nullable Integer multipleMin,
		@Nullable Integer multipleMax, @Nullable Boolean imgOnly, @Nullable String accept,
		@Nullable Long maxLocalFileSizeBytes, @Nullable Long multipartMinFileSizeBytes, List<String> sourceList,
		@Nullable Store store, @Nullable Boolean groupOutput, Map<String, String> metadata,
		@Nullable String signatureUrl, @Nullable Duration signatureTtl) {

	/** Attributes that may be overridden per field with {@link #with(String, String)}. */
	public static final List<String> OVERRIDABLE = List.of("solution", "multiple", "multiple-min", "multiple-max",
			"img-only", "accept", "max-local-file-size-bytes", "multipart-min-file-size", "source-list", "store",
			"group-output");

	/** Uploadcare's smallest multipart upload. */
	static final long MULTIPART_MINIMUM = 10 * 1024 * 1024;

	private static final Pattern CTX_NAME = Pattern.compile("[A-Za-z0-9_.:-]{1,100}");

	/**
	 * A configuration; {@code null} sources and metadata read as none.
	 * @throws IllegalArgumentException naming the part that is missing or invalid
	 */
	public UploaderConfig(String scriptUrl, String stylesheetUrl, UploaderSolution solution, String publicKey,
			URI uploadBaseUrl, URI cdnBase, @Nullable Boolean multiple, @Nullable Integer multipleMin,
			@Nullable Integer multipleMax, @Nullable Boolean imgOnly, @Nullable String accept,
			@Nullable Long maxLocalFileSizeBytes, @Nullable Long multipartMinFileSizeBytes,
			@Nullable List<String> sourceList, @Nullable Store store, @Nullable Boolean groupOutput,
			@Nullable Map<String, String> metadata, @Nullable String signatureUrl, @Nullable Duration signatureTtl) {
		Assert.notNull(scriptUrl, "scriptUrl must not be null");
		Assert.notNull(stylesheetUrl, "stylesheetUrl must not be null");
		Assert.notNull(solution, "solution must not be null");
		Assert.notNull(publicKey, "publicKey must not be null");
		Assert.notNull(uploadBaseUrl, "uploadBaseUrl must not be null");
		Assert.notNull(cdnBase, "cdnBase must not be null");
		if (multipleMin != null && multipleMin < 0 || multipleMax != null && multipleMax < 1) {
			throw new IllegalArgumentException(
					"multiple-min must be 0 or more and multiple-max 1 or more: " + multipleMin + ", " + multipleMax);
		}
		if (multipleMin != null && multipleMax != null && multipleMin > multipleMax) {
			throw new IllegalArgumentException(
					"multiple-min (" + multipleMin + ") is larger than multiple-max (" + multipleMax + ")");
		}
		if (multipartMinFileSizeBytes != null && multipartMinFileSizeBytes < MULTIPART_MINIMUM) {
			throw new IllegalArgumentException("multipart-min-file-size must be at least " + MULTIPART_MINIMUM
					+ " bytes (Uploadcare's minimum): " + multipartMinFileSizeBytes);
		}
		if (maxLocalFileSizeBytes != null && maxLocalFileSizeBytes < 1) {
			throw new IllegalArgumentException("max-local-file-size-bytes must be positive: " + maxLocalFileSizeBytes);
		}
		this.scriptUrl = scriptUrl;
		this.stylesheetUrl = stylesheetUrl;
		this.solution = solution;
		this.publicKey = publicKey;
		this.uploadBaseUrl = uploadBaseUrl;
		this.cdnBase = cdnBase;
		this.multiple = multiple;
		this.multipleMin = multipleMin;
		this.multipleMax = multipleMax;
		this.imgOnly = imgOnly;
		this.accept = accept;
		this.maxLocalFileSizeBytes = maxLocalFileSizeBytes;
		this.multipartMinFileSizeBytes = multipartMinFileSizeBytes;
		this.sourceList = (sourceList != null) ? List.copyOf(sourceList) : List.of();
		this.store = store;
		this.groupOutput = groupOutput;
		this.metadata = (metadata != null) ? Collections.unmodifiableMap(new LinkedHashMap<>(metadata)) : Map.of();
		this.signatureUrl = signatureUrl;
		this.signatureTtl = signatureTtl;
	}

	/**
	 * Resolves the properties against the client's settings.
	 * @param properties {@code uploadcare.uploader.*}
	 * @param client the application's client
	 */
	public static UploaderConfig of(UploaderProperties properties, UploadcareClient client) {
		Assert.notNull(properties, "properties must not be null");
		Assert.notNull(client, "client must not be null");
		String location = properties.location().endsWith("/") ? properties.location() : properties.location() + "/";
		String scriptUrl = properties.scriptUrl();
		String script = hasText(scriptUrl) ? scriptUrl : location + "file-uploader.min.js";
		String stylesheetUrl = properties.stylesheetUrl();
		String stylesheet = hasText(stylesheetUrl) ? stylesheetUrl : location + properties.solution().stylesheetName();
		DataSize maxLocalFileSize = properties.maxLocalFileSize();
		DataSize multipartMinFileSize = properties.multipartMinFileSize();
		return new UploaderConfig(script, stylesheet, properties.solution(), client.publicKey(), client.uploadBaseUrl(),
				client.cdnBaseUrl(), properties.multiple(), properties.multipleMin(), properties.multipleMax(),
				properties.imgOnly(), properties.accept(),
				(maxLocalFileSize != null) ? maxLocalFileSize.toBytes() : null,
				(multipartMinFileSize != null) ? multipartMinFileSize.toBytes() : null, properties.sourceList(),
				properties.store(), null, properties.metadata(),
				properties.signedUploads() ? properties.signature().path() : null,
				properties.signedUploads() ? properties.signature().ttl() : null);
	}

	/** Whether uploads are signed with signatures from {@link #signatureUrl()}. */
	public boolean signedUploads() {
		return signatureUrl != null;
	}

	/**
	 * How long before a signature's expiry the uploader asks for a new one: a quarter of
	 * the lifetime, so that a shared signature (valid for at least half of it) is reused.
	 */
	public @Nullable Duration signatureRenewal() {
		return signatureTtl == null ? null : signatureTtl.dividedBy(4);
	}

	/**
	 * The plain attributes of {@code <uc-config>} (kebab-case, in a stable order),
	 * including {@code ctx-name}. Complex options ({@link #metadata()}, the signature
	 * resolver) are JavaScript properties, set by the page's script.
	 * @param ctxName the uploader's context name, shared by its elements
	 * @throws IllegalArgumentException when the context name has characters other than
	 * letters, digits and {@code _.:-}
	 */
	public Map<String, String> configAttributes(String ctxName) {
		Map<String, String> attributes = new LinkedHashMap<>();
		attributes.put("ctx-name", requireCtxName(ctxName));
		attributes.put("pubkey", publicKey);
		attributes.put("base-url", withoutSlash(uploadBaseUrl));
		if (!CdnBase.DEFAULT_URI.equals(cdnBase)) {
			// without it the uploader uses Uploadcare's default, the project's own CDN
			// host
			attributes.put("cdn-cname", withoutSlash(cdnBase));
		}
		put(attributes, "multiple", multiple);
		put(attributes, "multiple-min", multipleMin);
		put(attributes, "multiple-max", multipleMax);
		put(attributes, "img-only", imgOnly);
		put(attributes, "accept", accept);
		put(attributes, "max-local-file-size-bytes", maxLocalFileSizeBytes);
		put(attributes, "multipart-min-file-size", multipartMinFileSizeBytes);
		if (!sourceList.isEmpty()) {
			attributes.put("source-list", String.join(", ", sourceList));
		}
		if (store != null) {
			attributes.put("store", store == Store.AUTO ? "auto" : store == Store.TRUE ? "true" : "false");
		}
		put(attributes, "group-output", groupOutput);
		Duration renewal = signatureRenewal();
		if (renewal != null) {
			attributes.put("secure-uploads-expire-threshold", Long.toString(renewal.toMillis()));
		}
		return attributes;
	}

	/**
	 * A copy with one option overridden, named as its {@code uc-config} attribute (see
	 * {@link #OVERRIDABLE}); a {@code null} or empty value restores the uploader's
	 * default.
	 * @throws IllegalArgumentException naming the attribute when it cannot be overridden
	 * or its value is invalid
	 */
	public UploaderConfig with(String attribute, @Nullable String value) {
		String v = value == null || value.isBlank() ? null : value.strip();
		Assert.notNull(attribute, "attribute must not be null");
		String name = attribute.strip().toLowerCase(Locale.ROOT);
		Copy copy = new Copy(this);
		try {
			switch (name) {
				case "solution" -> {
					copy.solution = v == null ? UploaderSolution.REGULAR : UploaderSolution.of(v);
					if (stylesheetUrl.endsWith(solution.stylesheetName())) {
						copy.stylesheetUrl = stylesheetUrl.substring(0,
								stylesheetUrl.length() - solution.stylesheetName().length())
								+ copy.solution.stylesheetName();
					}
				}
				case "multiple" -> copy.multiple = bool(v);
				case "multiple-min" -> copy.multipleMin = integer(v);
				case "multiple-max" -> copy.multipleMax = integer(v);
				case "img-only" -> copy.imgOnly = bool(v);
				case "accept" -> copy.accept = v;
				case "max-local-file-size-bytes" -> copy.maxLocalFileSizeBytes = v == null ? null : Long.valueOf(v);
				case "multipart-min-file-size" -> copy.multipartMinFileSizeBytes = v == null ? null : Long.valueOf(v);
				case "source-list" -> copy.sourceList = v == null ? List.of() : List.of(v.split("\\s*,\\s*"));
				case "store" -> copy.store = store(v);
				case "group-output" -> copy.groupOutput = bool(v);
				default -> throw new IllegalArgumentException("Uploader option '" + attribute
						+ "' cannot be set per field; choose one of " + String.join(", ", OVERRIDABLE));
			}
			return copy.build();
		}
		catch (NumberFormatException ex) {
			throw new IllegalArgumentException("Uploader option '" + name + "' must be a whole number: '" + v + "'",
					ex);
		}
		catch (IllegalArgumentException ex) {
			if (ex.getMessage() != null && ex.getMessage().startsWith("Uploader option")) {
				throw ex;
			}
			throw new IllegalArgumentException("Uploader option '" + name + "': " + ex.getMessage(), ex);
		}
	}

	/** A copy with every override applied in order; see {@link #with(String, String)}. */
	public UploaderConfig with(Map<String, String> overrides) {
		Assert.notNull(overrides, "overrides must not be null");
		UploaderConfig config = this;
		for (Map.Entry<String, String> override : overrides.entrySet()) {
			config = config.with(override.getKey(), override.getValue());
		}
		return config;
	}

	static String requireCtxName(@Nullable String ctxName) {
		if (ctxName == null || !CTX_NAME.matcher(ctxName).matches()) {
			throw new IllegalArgumentException(
					"Uploader context name must be 1 to 100 letters, digits or '_.:-': '" + ctxName + "'");
		}
		return ctxName;
	}

	private static void put(Map<String, String> attributes, String name, @Nullable Object value) {
		if (value != null) {
			attributes.put(name, value.toString());
		}
	}

	private static String withoutSlash(URI uri) {
		String s = uri.toString();
		return s.endsWith("/") ? s.substring(0, s.length() - 1) : s;
	}

	private static @Nullable Boolean bool(@Nullable String v) {
		if (v == null) {
			return null;
		}
		if (v.equalsIgnoreCase("true") || v.equalsIgnoreCase("false")) {
			return Boolean.valueOf(v);
		}
		throw new IllegalArgumentException("expected true or false: '" + v + "'");
	}

	private static @Nullable Integer integer(@Nullable String v) {
		return v == null ? null : Integer.valueOf(v);
	}

	private static @Nullable Store store(@Nullable String v) {
		if (v == null) {
			return null;
		}
		return switch (v.toLowerCase(Locale.ROOT)) {
			case "auto" -> Store.AUTO;
			case "true" -> Store.TRUE;
			case "false" -> Store.FALSE;
			default ->
				throw new IllegalArgumentException("Uploader option 'store' must be auto, true or false: '" + v + "'");
		};
	}

	@Contract("null -> false")
	private static boolean hasText(@Nullable String s) {
		return s != null && !s.isBlank();
	}

	/** A mutable copy, for overrides. */
	private static final class Copy {

		private final UploaderConfig from;

		String stylesheetUrl;

		UploaderSolution solution;

		@Nullable Boolean multiple;

		@Nullable Integer multipleMin;

		@Nullable Integer multipleMax;

		@Nullable Boolean imgOnly;

		@Nullable String accept;

		@Nullable Long maxLocalFileSizeBytes;

		@Nullable Long multipartMinFileSizeBytes;

		List<String> sourceList;

		@Nullable Store store;

		@Nullable Boolean groupOutput;

		Copy(UploaderConfig from) {
			this.from = from;
			this.stylesheetUrl = from.stylesheetUrl;
			this.solution = from.solution;
			this.multiple = from.multiple;
			this.multipleMin = from.multipleMin;
			this.multipleMax = from.multipleMax;
			this.imgOnly = from.imgOnly;
			this.accept = from.accept;
			this.maxLocalFileSizeBytes = from.maxLocalFileSizeBytes;
			this.multipartMinFileSizeBytes = from.multipartMinFileSizeBytes;
			this.sourceList = from.sourceList;
			this.store = from.store;
			this.groupOutput = from.groupOutput;
		}

		UploaderConfig build() {
			return new UploaderConfig(from.scriptUrl, stylesheetUrl, solution, from.publicKey, from.uploadBaseUrl,
					from.cdnBase, multiple, multipleMin, multipleMax, imgOnly, accept, maxLocalFileSizeBytes,
					multipartMinFileSizeBytes, sourceList, store, groupOutput, from.metadata, from.signatureUrl,
					from.signatureTtl);
		}

	}

}
