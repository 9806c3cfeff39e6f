package dev.ucare.client.internal.upload;

import java.net.URI;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.ucare.client.UploadcareException;
import dev.ucare.client.files.FileInfo;
import dev.ucare.client.groups.GroupInfo;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * Maps the Upload API's file info (§1.8: {@code is_stored}, {@code file_id},
 * {@code filename}, ...) onto the REST shape {@link FileInfo}, so callers see one file
 * type whichever API answered.
 *
 * <p>
 * Kept as sent: {@code uuid} (or {@code file_id}), {@code size},
 * {@code original_filename}, {@code filename} (the cleaned stored name),
 * {@code mime_type}, {@code is_image}, {@code is_ready}, {@code metadata},
 * {@code content_info}, {@code default_effects}, and {@code datetime_uploaded},
 * {@code datetime_stored}, {@code original_file_url}, {@code variations}, {@code source}
 * when present. Derived: {@code url} is the REST URL {@code <rest base>files/<uuid>/}.
 * The Upload API sends no dates: {@code datetimeUploaded} then is the moment the client
 * received the answer, and {@code datetimeStored} is that moment when {@code is_stored}
 * is true and {@code null} otherwise, so {@link FileInfo#stored()} tells whether the file
 * is stored. Call {@code files().get(uuid)} for the server's exact dates.
 */
final class UploadApiJson {

	private UploadApiJson() {
	}

	static FileInfo file(JsonNode node, URI restBase, Instant receivedAt) {
		if (node == null || !node.isObject()) {
			throw new UploadcareException("Upload API answered without a file object: " + node);
		}
		String uuid = text(node, "uuid");
		if (uuid == null) {
			uuid = text(node, "file_id");
		}
		if (uuid == null) {
			throw new UploadcareException("Upload API file info has no uuid: " + node);
		}
		OffsetDateTime received = OffsetDateTime.ofInstant(receivedAt, ZoneOffset.UTC);
		OffsetDateTime uploaded = date(node, "datetime_uploaded", received);
		boolean stored = node.path("is_stored").asBoolean(false);
		OffsetDateTime storedAt = stored ? date(node, "datetime_stored", received) : null;
		return new FileInfo(uuid, uploaded, storedAt, null, bool(node, "is_image"), bool(node, "is_ready"),
				text(node, "mime_type"), text(node, "original_filename"), text(node, "original_file_url"),
				node.path("size").asLong(0), restBase.resolve("files/" + uuid + "/").toString(),
				object(node, "variations"), object(node, "content_info"), metadata(node.get("metadata")), null,
				text(node, "source"), text(node, "default_effects"), text(node, "filename"));
	}

	static GroupInfo group(JsonNode node, URI restBase, Instant receivedAt) {
		String id = (node != null && node.isObject()) ? text(node, "id") : null;
		if (id == null) {
			throw new UploadcareException("Upload API answered without a group object: " + node);
		}
		List<@Nullable FileInfo> files = new ArrayList<>();
		node.path("files").forEach(file -> files.add(file.isObject() ? file(file, restBase, receivedAt) : null));
		return new GroupInfo(id, date(node, "datetime_created", null), date(node, "datetime_stored", null),
				node.path("files_count").asInt(files.size()), text(node, "cdn_url"), text(node, "url"), files);
	}

	static @Nullable String text(JsonNode node, String field) {
		JsonNode value = node.get(field);
		return value == null || value.isNull() ? null : value.asString();
	}

	private static @Nullable Boolean bool(JsonNode node, String field) {
		JsonNode value = node.get(field);
		return value == null || value.isNull() ? null : value.asBoolean();
	}

	private static @Nullable JsonNode object(JsonNode node, String field) {
		JsonNode value = node.get(field);
		return value == null || value.isNull() ? null : value;
	}

	private static @Nullable OffsetDateTime date(JsonNode node, String field, @Nullable OffsetDateTime fallback) {
		String text = text(node, field);
		if (text == null || text.isBlank()) {
			return fallback;
		}
		try {
			return OffsetDateTime.parse(text);
		}
		catch (DateTimeParseException ex) {
			return fallback;
		}
	}

	private static Map<String, String> metadata(@Nullable JsonNode node) {
		Map<String, String> metadata = new LinkedHashMap<>();
		if (node != null && node.isObject()) {
			node.properties().forEach(entry -> metadata.put(entry.getKey(), entry.getValue().asString()));
		}
		return metadata;
	}

}
