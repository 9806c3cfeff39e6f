package dev.ucare.client.files;

import java.time.OffsetDateTime;
import java.util.Map;
import java.util.Optional;

import dev.ucare.client.internal.Json;

import tools.jackson.databind.JsonNode;

/**
 * A file as the REST API v0.7 describes it. Open-ended parts stay reachable raw:
 * {@link #contentInfo()}, {@link #appdata()} and {@link #variations()};
 * {@link #content()} offers a typed view of the content info.
 *
 * @param uuid the file's id
 * @param datetimeUploaded when it was uploaded
 * @param datetimeStored when it was last stored, or {@code null}
 * @param datetimeRemoved when it was deleted, or {@code null}
 * @param isImage whether it is an image ({@code null} while a copy or conversion is in
 * progress)
 * @param isReady whether it can be served
 * @param mimeType MIME type ({@code ""} while processing)
 * @param originalFilename name it was uploaded with
 * @param originalFileUrl its CDN URL, or {@code null} after deletion
 * @param size bytes
 * @param url its REST API URL
 * @param variations conversion path → UUID, raw
 * @param contentInfo {@code content_info}, raw
 * @param metadata user metadata, empty when none
 * @param appdata add-on results, raw; present only when requested with
 * {@code include=appdata}
 * @param source legacy {@code source} field
 * @param defaultEffects effects applied to this file inside a group
 * ({@code default_effects})
 * @param filename the stored name the Upload API cleaned from the original one (only
 * {@code A-Z a-z 0-9 _ .} kept, e.g. {@code myphoto1.jpg} for {@code my photo (1).jpg});
 * {@code null} when the REST API answered, as its file object has no such field
 */
public record FileInfo(String uuid, OffsetDateTime datetimeUploaded, OffsetDateTime datetimeStored,
		OffsetDateTime datetimeRemoved, Boolean isImage, Boolean isReady, String mimeType, String originalFilename,
		String originalFileUrl, long size, String url, JsonNode variations, JsonNode contentInfo,
		Map<String, String> metadata, JsonNode appdata, String source, String defaultEffects, String filename) {

	public FileInfo {
		metadata = metadata == null ? Map.of()
				: java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(metadata));
	}

	/**
	 * A file without the Upload API's cleaned {@link #filename()}, as the REST API
	 * describes it.
	 */
	public FileInfo(String uuid, OffsetDateTime datetimeUploaded, OffsetDateTime datetimeStored,
			OffsetDateTime datetimeRemoved, Boolean isImage, Boolean isReady, String mimeType, String originalFilename,
			String originalFileUrl, long size, String url, JsonNode variations, JsonNode contentInfo,
			Map<String, String> metadata, JsonNode appdata, String source, String defaultEffects) {
		this(uuid, datetimeUploaded, datetimeStored, datetimeRemoved, isImage, isReady, mimeType, originalFilename,
				originalFileUrl, size, url, variations, contentInfo, metadata, appdata, source, defaultEffects, null);
	}

	/** Whether the file is stored (has a store date and is not removed). */
	public boolean stored() {
		return datetimeStored != null && datetimeRemoved == null;
	}

	/** Whether the file was deleted. */
	public boolean removed() {
		return datetimeRemoved != null;
	}

	/** Typed view of {@link #contentInfo()}, when the server sent one. */
	public Optional<ContentInfo> content() {
		if (contentInfo == null || !contentInfo.isObject()) {
			return Optional.empty();
		}
		return Optional.of(Json.mapper().treeToValue(contentInfo, ContentInfo.class));
	}

	/**
	 * Typed view of {@link #appdata()}: the add-ons' results (labels, moderation labels,
	 * ClamAV, remove.bg). Empty sections when the file was fetched without
	 * {@code include=appdata}.
	 */
	public dev.ucare.client.addons.Appdata addons() {
		return dev.ucare.client.addons.Appdata.of(appdata);
	}
}
