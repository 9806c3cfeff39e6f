package dev.ucare.client.files;

import java.time.OffsetDateTime;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import dev.ucare.client.addons.Appdata;
import dev.ucare.client.internal.Arguments;
import dev.ucare.client.internal.Json;

import org.jspecify.annotations.Nullable;

import tools.jackson.databind.JsonNode;

/**
 * A file as the REST API v0.7 describes it. Open-ended parts stay reachable raw:
 * {@link #contentInfo()}, {@link #appdata()} and {@link #variations()};
 * {@link #content()} offers a typed view of the content info.
 *
 * <p>
 * {@code uuid} is always there (a body without it is refused); the other parts are
 * {@code null} when the answering API left them out (the Upload API's answer has no
 * removal date, add-on data or default effects, for instance), {@code metadata} empty.
 * Both APIs send {@code datetimeUploaded} and {@code url} (the client derives them from
 * the Upload API's answer), yet a partial object from elsewhere (a webhook, a test
 * fixture) may lack them.
 *
 * @param uuid the file's id
 * @param datetimeUploaded when it was uploaded, {@code null} when not sent
 * @param datetimeStored when it was last stored, or {@code null}
 * @param datetimeRemoved when it was deleted, or {@code null}
 * @param isImage whether it is an image ({@code null} while a copy or conversion is in
 * progress, or when not sent)
 * @param isReady whether it can be served, {@code null} when not sent
 * @param mimeType MIME type ({@code ""} while processing), {@code null} when not sent
 * @param originalFilename name it was uploaded with, {@code null} when not sent
 * @param originalFileUrl its CDN URL, or {@code null} after deletion
 * @param size bytes
 * @param url its REST API URL, {@code null} when not sent
 * @param variations conversion path → UUID, raw; {@code null} when none
 * @param contentInfo {@code content_info}, raw; {@code null} when none
 * @param metadata user metadata, empty when none
 * @param appdata add-on results, raw; present only when requested with
 * {@code include=appdata}, else {@code null}
 * @param source legacy {@code source} field, or {@code null}
 * @param defaultEffects effects applied to this file inside a group
 * ({@code default_effects}), or {@code null}
 * @param filename the stored name the Upload API cleaned from the original one (only
 * {@code A-Z a-z 0-9 _ .} kept, e.g. {@code myphoto1.jpg} for {@code my photo (1).jpg});
 * {@code null} when the REST API answered, as its file object has no such field
 */
public record FileInfo(String uuid, @Nullable OffsetDateTime datetimeUploaded, @Nullable OffsetDateTime datetimeStored,
		@Nullable OffsetDateTime datetimeRemoved, @Nullable Boolean isImage, @Nullable Boolean isReady,
		@Nullable String mimeType, @Nullable String originalFilename, @Nullable String originalFileUrl, long size,
		@Nullable String url, @Nullable JsonNode variations, @Nullable JsonNode contentInfo,
		Map<String, String> metadata, @Nullable JsonNode appdata, @Nullable String source,
		@Nullable String defaultEffects, @Nullable String filename) {

	/**
	 * A file; {@code null} metadata reads as empty.
	 * @throws IllegalArgumentException when {@code uuid} is {@code null}
	 */
	public FileInfo(String uuid, @Nullable OffsetDateTime datetimeUploaded, @Nullable OffsetDateTime datetimeStored,
			@Nullable OffsetDateTime datetimeRemoved, @Nullable Boolean isImage, @Nullable Boolean isReady,
			@Nullable String mimeType, @Nullable String originalFilename, @Nullable String originalFileUrl, long size,
			@Nullable String url, @Nullable JsonNode variations, @Nullable JsonNode contentInfo,
			@Nullable Map<String, String> metadata, @Nullable JsonNode appdata, @Nullable String source,
			@Nullable String defaultEffects, @Nullable String filename) {
		this.uuid = Arguments.notNull(uuid, "uuid");
		this.datetimeUploaded = datetimeUploaded;
		this.datetimeStored = datetimeStored;
		this.datetimeRemoved = datetimeRemoved;
		this.isImage = isImage;
		this.isReady = isReady;
		this.mimeType = mimeType;
		this.originalFilename = originalFilename;
		this.originalFileUrl = originalFileUrl;
		this.size = size;
		this.url = url;
		this.variations = variations;
		this.contentInfo = contentInfo;
		this.metadata = (metadata != null) ? Collections.unmodifiableMap(new LinkedHashMap<>(metadata)) : Map.of();
		this.appdata = appdata;
		this.source = source;
		this.defaultEffects = defaultEffects;
		this.filename = filename;
	}

	/**
	 * A file without the Upload API's cleaned {@link #filename()}, as the REST API
	 * describes it.
	 * @throws IllegalArgumentException when {@code uuid} is {@code null}
	 */
	public FileInfo(String uuid, @Nullable OffsetDateTime datetimeUploaded, @Nullable OffsetDateTime datetimeStored,
			@Nullable OffsetDateTime datetimeRemoved, @Nullable Boolean isImage, @Nullable Boolean isReady,
			@Nullable String mimeType, @Nullable String originalFilename, @Nullable String originalFileUrl, long size,
			@Nullable String url, @Nullable JsonNode variations, @Nullable JsonNode contentInfo,
			@Nullable Map<String, String> metadata, @Nullable JsonNode appdata, @Nullable String source,
			@Nullable String defaultEffects) {
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
	public Appdata addons() {
		return Appdata.of(appdata);
	}
}
