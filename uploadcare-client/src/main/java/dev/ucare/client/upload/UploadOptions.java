package dev.ucare.client.upload;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import dev.ucare.client.Store;
import dev.ucare.client.internal.Arguments;
import dev.ucare.client.metadata.MetadataRules;

import org.jspecify.annotations.Nullable;

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
 * @param progress receives progress ({@link UploadProgressListener#NONE} for none)
 * @param signature signature to send instead of one computed from the secret key
 * ({@code null}: computed when signed uploads are on)
 */
public record UploadOptions(@Nullable Store store, Map<String, String> metadata, @Nullable String filename,
		@Nullable String contentType, UploadProgressListener progress, @Nullable UploadSignature signature) {

	private static final UploadOptions DEFAULTS = builder().build();

	/**
	 * Options; {@code null} metadata reads as none, a {@code null} progress listener as
	 * {@link UploadProgressListener#NONE}.
	 * @throws IllegalArgumentException when the metadata breaks the rules
	 */
	public UploadOptions(@Nullable Store store, @Nullable Map<String, String> metadata, @Nullable String filename,
			@Nullable String contentType, @Nullable UploadProgressListener progress,
			@Nullable UploadSignature signature) {
		this.store = store;
		this.metadata = (metadata != null) ? Collections.unmodifiableMap(new LinkedHashMap<>(metadata)) : Map.of();
		MetadataRules.validate(this.metadata);
		this.filename = filename;
		this.contentType = contentType;
		this.progress = (progress != null) ? progress : UploadProgressListener.NONE;
		this.signature = signature;
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

		private @Nullable Store store;

		private final Map<String, String> metadata = new LinkedHashMap<>();

		private @Nullable String filename;

		private @Nullable String contentType;

		private @Nullable UploadProgressListener progress;

		private @Nullable UploadSignature signature;

		private Builder() {
		}

		/**
		 * Whether the file is stored; {@code null} (the default) for the client's default
		 * store setting.
		 */
		public Builder store(@Nullable Store store) {
			this.store = store;
			return this;
		}

		/** Replaces the metadata. */
		public Builder metadata(Map<String, String> metadata) {
			this.metadata.clear();
			this.metadata.putAll(Arguments.notNull(metadata, "metadata"));
			return this;
		}

		/** Adds one metadata entry. */
		public Builder metadata(String key, String value) {
			this.metadata.put(Arguments.notNull(key, "key"), Arguments.notNull(value, "value"));
			return this;
		}

		/** Name to upload under; {@code null} (the default) for the source's. */
		public Builder filename(@Nullable String filename) {
			this.filename = filename;
			return this;
		}

		/** Content type to upload with; {@code null} (the default) for the source's. */
		public Builder contentType(@Nullable String contentType) {
			this.contentType = contentType;
			return this;
		}

		/** Receives progress reports; {@code null} (the default) for none. */
		public Builder progress(@Nullable UploadProgressListener progress) {
			this.progress = progress;
			return this;
		}

		/**
		 * Sends this signature instead of computing one; {@code null} (the default) to
		 * compute one when signed uploads are on.
		 */
		public Builder signature(@Nullable UploadSignature signature) {
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
