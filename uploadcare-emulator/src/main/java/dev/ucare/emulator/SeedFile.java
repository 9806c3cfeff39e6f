package dev.ucare.emulator;

import java.time.Instant;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * A file to put into the emulator directly, without an upload (see
 * {@link UploadcareEmulator#seedFile(SeedFile)}).
 *
 * @param uuid UUID to use ({@code null} for a random one)
 * @param filename original filename ({@code file} when created with {@code null})
 * @param content bytes
 * @param mimeType declared MIME type ({@code null} to sniff)
 * @param stored whether the file is stored
 * @param metadata metadata (empty when created with {@code null})
 * @param uploadedAt upload time ({@code null} for the emulator clock's now)
 * @param publicKey owning project ({@code null} for the default project)
 */
public record SeedFile(@Nullable String uuid, String filename, byte[] content, @Nullable String mimeType,
		boolean stored, Map<String, String> metadata, @Nullable Instant uploadedAt, @Nullable String publicKey) {

	/**
	 * Creates a seed; {@code filename} and {@code metadata} may be {@code null} for their
	 * defaults.
	 * @throws IllegalArgumentException when {@code content} is {@code null}
	 */
	public SeedFile(@Nullable String uuid, @Nullable String filename, byte[] content, @Nullable String mimeType,
			boolean stored, @Nullable Map<String, String> metadata, @Nullable Instant uploadedAt,
			@Nullable String publicKey) {
		this.uuid = uuid;
		this.filename = (filename != null) ? filename : "file";
		this.content = Arguments.notNull(content, "content");
		this.mimeType = mimeType;
		this.stored = stored;
		this.metadata = (metadata != null) ? Map.copyOf(metadata) : Map.of();
		this.uploadedAt = uploadedAt;
		this.publicKey = publicKey;
	}

	/** A stored file with the given UUID ({@code null}: random), name and content. */
	public static SeedFile of(@Nullable String uuid, @Nullable String filename, byte[] content) {
		return new SeedFile(uuid, filename, content, null, true, Map.of(), null, null);
	}

	/**
	 * @return a copy with {@code stored} changed
	 */
	public SeedFile withStored(boolean value) {
		return new SeedFile(uuid, filename, content, mimeType, value, metadata, uploadedAt, publicKey);
	}

	/**
	 * @return a copy with metadata
	 */
	public SeedFile withMetadata(@Nullable Map<String, String> value) {
		return new SeedFile(uuid, filename, content, mimeType, stored, value, uploadedAt, publicKey);
	}

	/**
	 * @return a copy with a declared MIME type
	 */
	public SeedFile withMimeType(@Nullable String value) {
		return new SeedFile(uuid, filename, content, value, stored, metadata, uploadedAt, publicKey);
	}

	/**
	 * @return a copy with an upload time
	 */
	public SeedFile withUploadedAt(@Nullable Instant value) {
		return new SeedFile(uuid, filename, content, mimeType, stored, metadata, value, publicKey);
	}

	/**
	 * @return a copy owned by another project
	 */
	public SeedFile withPublicKey(@Nullable String value) {
		return new SeedFile(uuid, filename, content, mimeType, stored, metadata, uploadedAt, value);
	}
}
