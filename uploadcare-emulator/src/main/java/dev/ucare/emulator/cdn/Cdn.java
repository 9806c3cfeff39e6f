package dev.ucare.emulator.cdn;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import dev.ucare.emulator.EmulatedGroup;
import dev.ucare.emulator.ImageInfo;
import dev.ucare.emulator.http.ApiError;
import dev.ucare.emulator.http.Call;
import dev.ucare.emulator.http.Digits;
import dev.ucare.emulator.http.Json;
import dev.ucare.emulator.http.Router;
import dev.ucare.emulator.state.Backend;
import dev.ucare.emulator.state.Blob;
import dev.ucare.emulator.state.FileJson;
import dev.ucare.emulator.state.FileRecord;

import org.jspecify.annotations.Nullable;

/**
 * CDN: serves stored (and still-available unstored) files' bytes by UUID; operations are
 * ignored. Answers {@code -/json/} and {@code detect_faces/} with JSON.
 */
public final class Cdn {

	/**
	 * {@code detect_faces} right after the UUID, or after operations (which are ignored,
	 * as for every image operation).
	 */
	private static final Pattern DETECT_FACES = Pattern.compile("^/(?:-/.+/)?(?:-/)?detect_faces/?$");

	/** Images with a side shorter than this have no face. */
	static final int SMALLEST_FACE_IMAGE = 64;

	private final Backend backend;

	private final FileJson json;

	public Cdn(Backend backend, FileJson json) {
		this.backend = backend;
		this.json = json;
	}

	public Router router() {
		String uuid = "/([0-9a-fA-F]{8}-(?:[0-9a-fA-F]{4}-){3}[0-9a-fA-F]{12})";
		return new Router().on("GET", uuid + "~(\\d+)/nth/(\\d+)/.*", this::nth)
			.on("HEAD", uuid + "~(\\d+)/nth/(\\d+)/.*", this::nth)
			.on("GET", uuid + "(/.*)?", this::file)
			.on("HEAD", uuid + "(/.*)?", this::file);
	}

	private void nth(Call call, Matcher m) throws IOException {
		EmulatedGroup group = backend.state.groups.get(m.group(1) + "~" + m.group(2));
		int index = Digits.toInt(m.group(3));
		if (group == null || index >= group.files().size()) {
			throw ApiError.notFound();
		}
		serve(call, backend.file(group.fileUuid(index)), "");
	}

	private void file(Call call, Matcher m) throws IOException {
		serve(call, backend.file(m.group(1)), m.group(2) == null ? "" : m.group(2));
	}

	private void serve(Call call, @Nullable FileRecord f, String rest) throws IOException {
		if (f == null || f.isRemoved() || !f.ready()) {
			throw ApiError.notFound();
		}
		if (rest.startsWith("/-/json/")) {
			call.respondJson(200, json.uploadInfo(f), "application/json");
			return;
		}
		boolean detectFaces = DETECT_FACES.matcher(rest).matches();
		if (rest.startsWith("/-/") || detectFaces) {
			ImageInfo image = f.image();
			if (image == null) {
				call.respond(400, "text/html; charset=utf-8",
						"Not supported for files that are not images.".getBytes(StandardCharsets.UTF_8));
				return;
			}
			if (detectFaces) {
				call.respondJson(200, faces(f.uuid, image), "application/json");
				return;
			}
		}
		Blob blob = f.content();
		call.setHeader("Content-Disposition", "inline; filename=\"" + FileJson.sanitize(f.originalFilename()) + "\"");
		call.setHeader("ETag", "\"" + f.uuid + "\"");
		call.respondStream(200, f.mimeType(), blob.size(), blob.open());
	}

	/**
	 * The image's info with a deterministic face list: none when a side is shorter than
	 * {@value #SMALLEST_FACE_IMAGE} pixels, else one square face centred in the image,
	 * half the shorter side wide: {@code [x, y, width, height]}.
	 */
	static ObjectNode faces(String uuid, ImageInfo image) {
		ObjectNode o = Json.object();
		o.put("id", uuid);
		o.setAll(FileJson.image(image));
		ArrayNode faces = o.putArray("faces");
		int shorter = Math.min(image.width(), image.height());
		if (shorter >= SMALLEST_FACE_IMAGE) {
			int side = shorter / 2;
			faces.addArray().add((image.width() - side) / 2).add((image.height() - side) / 2).add(side).add(side);
		}
		return o;
	}

}
