package dev.ucare.emulator;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/**
 * A file to put into the emulator directly, without an upload (see
 * {@link UploadcareEmulator#seedFile(SeedFile)}).
 *
 * @param uuid UUID to use ({@code null} for a random one)
 * @param filename original filename
 * @param content bytes
 * @param mimeType declared MIME type ({@code null} to sniff)
 * @param stored whether the file is stored
 * @param metadata metadata
 * @param uploadedAt upload time ({@code null} for the emulator clock's now)
 * @param publicKey owning project ({@code null} for the default project)
 */
public record SeedFile(String uuid, String filename, byte[] content, String mimeType, boolean stored,
		Map<String, String> metadata, Instant uploadedAt, String publicKey) {

	public SeedFile {
		Objects.requireNonNull(content, "content");
		metadata = metadata == null ? Map.of() : Map.copyOf(metadata);
		filename = filename == null ? "file" : filename;
	}

	/** A stored file with the given UUID, name and content. */
	public static SeedFile of(String uuid, String filename, byte[] content) {
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
	public SeedFile withMetadata(Map<String, String> value) {
		return new SeedFile(uuid, filename, content, mimeType, stored, value, uploadedAt, publicKey);
	}

	/**
	 * @return a copy with a declared MIME type
	 */
	public SeedFile withMimeType(String value) {
		return new SeedFile(uuid, filename, content, value, stored, metadata, uploadedAt, publicKey);
	}

	/**
	 * @return a copy with an upload time
	 */
	public SeedFile withUploadedAt(Instant value) {
		return new SeedFile(uuid, filename, content, mimeType, stored, metadata, value, publicKey);
	}

	/**
	 * @return a copy owned by another project
	 */
	public SeedFile withPublicKey(String value) {
		return new SeedFile(uuid, filename, content, mimeType, stored, metadata, uploadedAt, value);
	}
}
