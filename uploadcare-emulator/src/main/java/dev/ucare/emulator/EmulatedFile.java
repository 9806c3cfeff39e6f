package dev.ucare.emulator;

import java.time.Instant;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * A snapshot of a file held by the emulator. Read its content with
 * {@link UploadcareEmulator#fileContent(String)}.
 *
 * @param uuid file UUID
 * @param publicKey owning project's public key
 * @param originalFilename name as uploaded
 * @param mimeType MIME type
 * @param size size in bytes
 * @param sha256 lowercase hex SHA-256 of the content, or {@code null} while the file has
 * none (a conversion output being made)
 * @param metadata metadata key/values
 * @param appdata add-on results as JSON text ({@code {}} when none)
 * @param image image details, or {@code null} for non-images
 * @param ready whether processing (conversion, copy) has finished
 * @param datetimeUploaded upload time
 * @param datetimeStored time of the last store, or {@code null}
 * @param datetimeRemoved removal time, or {@code null}
 */
public record EmulatedFile(String uuid, String publicKey, String originalFilename, String mimeType, long size,
		@Nullable String sha256, Map<String, String> metadata, String appdata, @Nullable ImageInfo image, boolean ready,
		Instant datetimeUploaded, @Nullable Instant datetimeStored, @Nullable Instant datetimeRemoved) {

	/**
	 * @return whether the file is stored and not removed
	 */
	public boolean isStored() {
		return datetimeStored != null && datetimeRemoved == null;
	}

	/**
	 * @return whether the file was deleted (or expired unstored)
	 */
	public boolean isRemoved() {
		return datetimeRemoved != null;
	}
}
