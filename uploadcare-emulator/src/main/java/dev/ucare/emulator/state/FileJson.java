package dev.ucare.emulator.state;

import java.util.Map;

import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import dev.ucare.emulator.EmulatedGroup;
import dev.ucare.emulator.ImageInfo;
import dev.ucare.emulator.http.Json;
import dev.ucare.emulator.http.Times;

import org.jspecify.annotations.Nullable;

/** Writes the emulator's file and group representations in the wire formats. */
public final class FileJson {

	private final Backend backend;

	public FileJson(Backend backend) {
		this.backend = backend;
	}

	/**
	 * Sanitised filename as used in CDN URLs: {@code [A-Za-z0-9_]} in the base,
	 * {@code [A-Za-z0-9]} in the extension.
	 */
	public static String sanitize(@Nullable String name) {
		if (name == null) {
			return "";
		}
		int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
		String base = name.substring(slash + 1);
		int dot = base.lastIndexOf('.');
		String stem = dot < 0 ? base : base.substring(0, dot);
		String ext = dot < 0 ? "" : base.substring(dot + 1).replaceAll("[^A-Za-z0-9]", "");
		stem = stem.replaceAll("[^A-Za-z0-9_]", "");
		return ext.isEmpty() ? stem : stem + "." + ext;
	}

	public String cdnUrl(FileRecord f) {
		return backend.cdnBase() + f.uuid + "/";
	}

	/** The file's CDN URL with its name; {@code null} while not ready or once removed. */
	public @Nullable String originalFileUrl(FileRecord f) {
		if (f.isRemoved() || !f.ready()) {
			return null;
		}
		return cdnUrl(f) + sanitize(f.originalFilename());
	}

	/** The REST v0.7 file object. */
	public ObjectNode rest(FileRecord f, boolean includeAppdata) {
		ObjectNode o = Json.object();
		boolean ready = f.ready();
		o.put("datetime_removed", Times.restOrNull(f.removed()));
		o.put("datetime_stored", Times.restOrNull(f.stored()));
		o.put("datetime_uploaded", Times.rest(f.uploaded));
		if (ready) {
			o.put("is_image", f.image() != null);
		}
		else {
			o.putNull("is_image");
		}
		o.put("is_ready", ready);
		o.put("mime_type", f.mimeType());
		o.put("original_file_url", originalFileUrl(f));
		o.put("original_filename", f.originalFilename());
		o.put("size", f.size());
		o.put("url", backend.restBase() + "files/" + f.uuid + "/");
		o.put("uuid", f.uuid);
		Map<String, String> variations = f.variations();
		if (variations.isEmpty()) {
			o.putNull("variations");
		}
		else {
			ObjectNode v = o.putObject("variations");
			variations.forEach(v::put);
		}
		o.set("content_info", ready ? contentInfo(f) : null);
		ObjectNode metadata = o.putObject("metadata");
		f.metadata().forEach(metadata::put);
		if (includeAppdata) {
			ObjectNode appdata = f.appdata();
			o.set("appdata", appdata.isEmpty() ? null : appdata);
		}
		return o;
	}

	public ObjectNode contentInfo(FileRecord f) {
		ObjectNode info = Json.object();
		String mime = f.mimeType();
		ObjectNode m = info.putObject("mime");
		m.put("mime", mime);
		int slash = mime.indexOf('/');
		m.put("type", slash < 0 ? mime : mime.substring(0, slash));
		m.put("subtype", slash < 0 ? "" : mime.substring(slash + 1));
		ImageInfo image = f.image();
		if (image != null) {
			info.set("image", image(image));
		}
		return info;
	}

	public static ObjectNode image(ImageInfo image) {
		ObjectNode i = Json.object();
		i.putNull("dpi");
		i.put("width", image.width());
		i.put("format", image.format());
		i.put("height", image.height());
		i.put("sequence", false);
		i.put("color_mode", image.colorMode());
		i.putNull("orientation");
		i.putNull("geo_location");
		i.putNull("datetime_original");
		return i;
	}

	/** The Upload API file-info object. */
	public ObjectNode uploadInfo(FileRecord f) {
		ObjectNode o = Json.object();
		long size = f.size();
		boolean ready = f.ready();
		o.put("size", size);
		o.put("total", size);
		o.put("done", size);
		o.put("uuid", f.uuid);
		o.put("file_id", f.uuid);
		o.put("original_filename", f.originalFilename());
		ImageInfo image = f.image();
		o.put("is_image", image != null);
		o.put("is_stored", f.stored() != null && !f.isRemoved());
		o.set("image_info", (image != null) ? image(image) : null);
		o.putNull("video_info");
		o.set("content_info", ready ? contentInfo(f) : null);
		o.put("is_ready", ready);
		o.put("filename", sanitize(f.originalFilename()));
		o.put("mime_type", f.mimeType());
		ObjectNode metadata = o.putObject("metadata");
		f.metadata().forEach(metadata::put);
		return o;
	}

	/**
	 * A group; {@code uploadApi} selects the file representation and {@code withFiles}
	 * adds {@code files}.
	 */
	public ObjectNode group(EmulatedGroup g, boolean withFiles, boolean uploadApi) {
		ObjectNode o = Json.object();
		o.put("id", g.id());
		o.put("datetime_created", Times.rest(g.datetimeCreated()));
		o.putNull("datetime_stored");
		o.put("files_count", g.files().size());
		o.put("cdn_url", backend.cdnBase() + g.id() + "/");
		o.put("url", backend.restBase() + "groups/" + g.id() + "/");
		if (withFiles) {
			ArrayNode files = o.putArray("files");
			for (int i = 0; i < g.files().size(); i++) {
				FileRecord f = backend.file(g.fileUuid(i));
				if (f == null || f.isRemoved()) {
					files.addNull();
					continue;
				}
				ObjectNode file = uploadApi ? uploadInfo(f) : rest(f, false);
				file.put("default_effects", g.defaultEffects(i));
				files.add(file);
			}
		}
		return o;
	}

}
