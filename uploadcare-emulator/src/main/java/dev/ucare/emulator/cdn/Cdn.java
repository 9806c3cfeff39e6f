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
 * ignored. Answers {@code -/json/} with the image's info and {@code detect_faces/} with
 * the image's info and faces, both as JSON.
 */
public final class Cdn {

	/**
	 * {@code detect_faces} right after the UUID, without {@code -/}: the only form
	 * Uploadcare documents.
	 */
	private static final Pattern DETECT_FACES = Pattern.compile("^/detect_faces/?$");

	/**
	 * {@code detect_faces} anywhere else: with {@code -/}, after or before other
	 * operations.
	 */
	private static final Pattern PIPED_DETECT_FACES = Pattern.compile("(?:^|/)detect_faces(?:/|$)");

	/** {@code -/json/} as the last operation, after any others (which are ignored). */
	private static final Pattern IMAGE_INFO = Pattern.compile("^/(?:-/.+/)?-/json/?$");

	/** Uploadcare's answer to an image operation on a file that is not an image. */
	static final String NOT_AN_IMAGE = "Not supported for files that are not images.";

	/**
	 * The answer to {@code detect_faces} anywhere but right after the UUID: Uploadcare
	 * documents that it "can not be piped to other operations".
	 */
	static final String DETECT_FACES_PIPED = "detect_faces can not be piped to other operations: "
			+ "request <uuid>/detect_faces/ alone.";

	/** Images with a side shorter than this have no face. */
	static final int SMALLEST_FACE_IMAGE = 64;

	private final Backend backend;

	public Cdn(Backend backend) {
		this.backend = backend;
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
		boolean detectFaces = DETECT_FACES.matcher(rest).matches();
		if (!detectFaces && PIPED_DETECT_FACES.matcher(rest).find()) {
			badRequest(call, DETECT_FACES_PIPED);
			return;
		}
		if (rest.startsWith("/-/") || detectFaces) {
			ImageInfo image = f.image();
			if (image == null) {
				badRequest(call, NOT_AN_IMAGE);
				return;
			}
			if (detectFaces) {
				call.respondJson(200, faces(f.uuid, image), "application/json");
				return;
			}
			if (IMAGE_INFO.matcher(rest).matches()) {
				call.respondJson(200, imageInfo(f.uuid, image), "application/json");
				return;
			}
		}
		Blob blob = f.content();
		call.setHeader("Content-Disposition", "inline; filename=\"" + FileJson.sanitize(f.originalFilename()) + "\"");
		call.setHeader("ETag", "\"" + f.uuid + "\"");
		call.respondStream(200, f.mimeType(), blob.size(), blob.open());
	}

	private static void badRequest(Call call, String message) throws IOException {
		call.respond(400, "text/html; charset=utf-8", message.getBytes(StandardCharsets.UTF_8));
	}

	/**
	 * The CDN's image info ({@code -/json/}): the UUID as {@code id}, then
	 * {@code dpi, width, format, height, sequence, color_mode, orientation, geo_location,
	 * datetime_original} as in the REST API's {@code content_info.image}.
	 */
	static ObjectNode imageInfo(String uuid, ImageInfo image) {
		ObjectNode o = Json.object();
		o.put("id", uuid);
		o.setAll(FileJson.image(image));
		return o;
	}

	/**
	 * The image's info with a deterministic face list: none when a side is shorter than
	 * {@value #SMALLEST_FACE_IMAGE} pixels, else one square face centred in the image,
	 * half the shorter side wide: {@code [x, y, width, height]}.
	 */
	static ObjectNode faces(String uuid, ImageInfo image) {
		ObjectNode o = imageInfo(uuid, image);
		ArrayNode faces = o.putArray("faces");
		int shorter = Math.min(image.width(), image.height());
		if (shorter >= SMALLEST_FACE_IMAGE) {
			int side = shorter / 2;
			faces.addArray().add((image.width() - side) / 2).add((image.height() - side) / 2).add(side).add(side);
		}
		return o;
	}

}
