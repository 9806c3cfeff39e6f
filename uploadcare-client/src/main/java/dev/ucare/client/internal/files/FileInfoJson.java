package dev.ucare.client.internal.files;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import dev.ucare.client.Page;
import dev.ucare.client.files.FileInfo;
import dev.ucare.client.internal.FastReader;
import dev.ucare.client.internal.StreamingJson;

import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.JsonNode;

/**
 * Fast readers ({@link FastReader}) of the REST API's file object and page of files, so
 * that listing and getting files never build the JSON mapper. They read what the mapper
 * reads (snake_case keys, unknown keys skipped, {@code null} or a missing key as
 * {@code null}, {@code 0} for numbers, {@code NullNode} for a {@code null} tree,
 * {@code null} for a missing one), and leave to the mapper any other shape: a key sent
 * twice, a value of another JSON type (a string for {@code size}, a number for a string),
 * a date in another form or offset, a metadata value that is not a string, a body without
 * {@code uuid}...
 */
final class FileInfoJson {

	/** A file object, read as the mapper reads {@link FileInfo}. */
	static final FastReader<FileInfo> FILE = FastReader.ofObject(FileInfoJson::file);

	/** A page of files, read as the mapper reads {@code Page<FileInfo>}. */
	static final FastReader<Page<FileInfo>> PAGE = FastReader.ofObject(FileInfoJson::page);

	private FileInfoJson() {
	}

	private static FileInfo file(JsonParser parser) {
		String uuid = null;
		OffsetDateTime datetimeUploaded = null;
		OffsetDateTime datetimeStored = null;
		OffsetDateTime datetimeRemoved = null;
		Boolean isImage = null;
		Boolean isReady = null;
		String mimeType = null;
		String originalFilename = null;
		String originalFileUrl = null;
		long size = 0;
		String url = null;
		JsonNode variations = null;
		JsonNode contentInfo = null;
		Map<String, @Nullable String> metadata = null;
		JsonNode appdata = null;
		String source = null;
		String defaultEffects = null;
		String filename = null;
		int seen = 0;
		for (String name = parser.nextName(); name != null; name = parser.nextName()) {
			parser.nextToken();
			switch (name) {
				case "uuid" -> {
					seen = StreamingJson.once(seen, 1);
					uuid = StreamingJson.string(parser);
				}
				case "datetime_uploaded" -> {
					seen = StreamingJson.once(seen, 1 << 1);
					datetimeUploaded = StreamingJson.utcDate(parser);
				}
				case "datetime_stored" -> {
					seen = StreamingJson.once(seen, 1 << 2);
					datetimeStored = StreamingJson.utcDate(parser);
				}
				case "datetime_removed" -> {
					seen = StreamingJson.once(seen, 1 << 3);
					datetimeRemoved = StreamingJson.utcDate(parser);
				}
				case "is_image" -> {
					seen = StreamingJson.once(seen, 1 << 4);
					isImage = StreamingJson.bool(parser);
				}
				case "is_ready" -> {
					seen = StreamingJson.once(seen, 1 << 5);
					isReady = StreamingJson.bool(parser);
				}
				case "mime_type" -> {
					seen = StreamingJson.once(seen, 1 << 6);
					mimeType = StreamingJson.string(parser);
				}
				case "original_filename" -> {
					seen = StreamingJson.once(seen, 1 << 7);
					originalFilename = StreamingJson.string(parser);
				}
				case "original_file_url" -> {
					seen = StreamingJson.once(seen, 1 << 8);
					originalFileUrl = StreamingJson.string(parser);
				}
				case "size" -> {
					seen = StreamingJson.once(seen, 1 << 9);
					size = StreamingJson.longValue(parser);
				}
				case "url" -> {
					seen = StreamingJson.once(seen, 1 << 10);
					url = StreamingJson.string(parser);
				}
				case "variations" -> {
					seen = StreamingJson.once(seen, 1 << 11);
					variations = StreamingJson.node(parser);
				}
				case "content_info" -> {
					seen = StreamingJson.once(seen, 1 << 12);
					contentInfo = StreamingJson.node(parser);
				}
				case "metadata" -> {
					seen = StreamingJson.once(seen, 1 << 13);
					metadata = StreamingJson.stringMap(parser);
				}
				case "appdata" -> {
					seen = StreamingJson.once(seen, 1 << 14);
					appdata = StreamingJson.node(parser);
				}
				case "source" -> {
					seen = StreamingJson.once(seen, 1 << 15);
					source = StreamingJson.string(parser);
				}
				case "default_effects" -> {
					seen = StreamingJson.once(seen, 1 << 16);
					defaultEffects = StreamingJson.string(parser);
				}
				case "filename" -> {
					seen = StreamingJson.once(seen, 1 << 17);
					filename = StreamingJson.string(parser);
				}
				default -> parser.skipChildren();
			}
		}
		if (uuid == null) {
			throw FastReader.notSure(); // the mapper reports the refused record
		}
		return new FileInfo(uuid, datetimeUploaded, datetimeStored, datetimeRemoved, isImage, isReady, mimeType,
				originalFilename, originalFileUrl, size, url, variations, contentInfo, metadata, appdata, source,
				defaultEffects, filename);
	}

	private static Page<FileInfo> page(JsonParser parser) {
		List<FileInfo> results = null;
		String next = null;
		String previous = null;
		long total = 0;
		int perPage = 0;
		Map<String, Long> totals = null;
		int seen = 0;
		for (String name = parser.nextName(); name != null; name = parser.nextName()) {
			parser.nextToken();
			switch (name) {
				case "results" -> {
					seen = StreamingJson.once(seen, 1);
					results = StreamingJson.objects(parser, FileInfoJson::file);
				}
				case "next" -> {
					seen = StreamingJson.once(seen, 1 << 1);
					next = StreamingJson.string(parser);
				}
				case "previous" -> {
					seen = StreamingJson.once(seen, 1 << 2);
					previous = StreamingJson.string(parser);
				}
				case "total" -> {
					seen = StreamingJson.once(seen, 1 << 3);
					total = StreamingJson.longValue(parser);
				}
				case "per_page" -> {
					seen = StreamingJson.once(seen, 1 << 4);
					perPage = StreamingJson.intValue(parser);
				}
				case "totals" -> {
					seen = StreamingJson.once(seen, 1 << 5);
					totals = StreamingJson.longMap(parser);
				}
				default -> parser.skipChildren();
			}
		}
		return new Page<>(results, next, previous, total, perPage, totals);
	}

}
