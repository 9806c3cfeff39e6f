package dev.ucare.client.upload;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

import dev.ucare.client.Store;
import dev.ucare.client.metadata.MetadataRules;

/**
 * Options of one upload. Metadata is checked against {@link MetadataRules} when the
 * options are built, so a bad key or value fails before anything is sent.
 *
 * @param store whether the file is stored; {@code null} for the client's default store
 * setting (always sent explicitly on the wire)
 * @param metadata user metadata, sent as {@code metadata[key]} fields
 * @param filename name to upload under, overriding the source's ({@code null}: the
 * source's)
 * @param contentType content type, overriding the source's ({@code null}: the source's,
 * else guessed from the name, else {@code application/octet-stream})
 * @param progress receives progress
 * @param signature signature to send instead of one computed from the secret key
 * ({@code null}: computed when signed uploads are on)
 */
public record UploadOptions(Store store, Map<String, String> metadata, String filename, String contentType,
		UploadProgressListener progress, UploadSignature signature) {

	private static final UploadOptions DEFAULTS = builder().build();

	public UploadOptions {
		metadata = metadata == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(metadata));
		MetadataRules.validate(metadata);
		progress = progress == null ? UploadProgressListener.NONE : progress;
	}

	/**
	 * The client's default store choice, no metadata, names and types from the source, no
	 * progress, signature per settings.
	 */
	public static UploadOptions defaults() {
		return DEFAULTS;
	}

	public static Builder builder() {
		return new Builder();
	}

	/** A builder starting from these options. */
	public Builder toBuilder() {
		return new Builder().store(store)
			.metadata(metadata)
			.filename(filename)
			.contentType(contentType)
			.progress(progress)
			.signature(signature);
	}

	/** Builder of {@link UploadOptions}. */
	public static final class Builder {

		private Store store;

		private final Map<String, String> metadata = new LinkedHashMap<>();

		private String filename;

		private String contentType;

		private UploadProgressListener progress;

		private UploadSignature signature;

		private Builder() {
		}

		/**
		 * Whether the file is stored; {@code null} (the default) for the client's default
		 * store setting.
		 */
		public Builder store(Store store) {
			this.store = store;
			return this;
		}

		/** Replaces the metadata. */
		public Builder metadata(Map<String, String> metadata) {
			this.metadata.clear();
			this.metadata.putAll(Objects.requireNonNull(metadata, "metadata"));
			return this;
		}

		/** Adds one metadata entry. */
		public Builder metadata(String key, String value) {
			this.metadata.put(key, value);
			return this;
		}

		/** Name to upload under. */
		public Builder filename(String filename) {
			this.filename = filename;
			return this;
		}

		/** Content type to upload with. */
		public Builder contentType(String contentType) {
			this.contentType = contentType;
			return this;
		}

		/** Receives progress reports. */
		public Builder progress(UploadProgressListener progress) {
			this.progress = progress;
			return this;
		}

		/** Sends this signature instead of computing one. */
		public Builder signature(UploadSignature signature) {
			this.signature = signature;
			return this;
		}

		/**
		 * @throws IllegalArgumentException when the metadata breaks the rules
		 */
		public UploadOptions build() {
			return new UploadOptions(store, metadata, filename, contentType, progress, signature);
		}

	}
}
