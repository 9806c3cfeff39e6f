package dev.ucare.client.cdn;

import java.util.ArrayList;
import java.util.List;

import dev.ucare.client.internal.Arguments;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * The faces the CDN found in an image ({@code GET <cdn>/<uuid>/detect_faces/}), with the
 * image's size, so that face boxes can be scaled to any rendition.
 *
 * @param width image width in pixels, or {@code null} when the CDN did not say
 * @param height image height in pixels, or {@code null} when the CDN did not say
 * @param format image format, e.g. {@code JPEG}, or {@code null}
 * @param faces the faces found, in the CDN's order; empty when there are none
 */
public record DetectedFaces(@Nullable Integer width, @Nullable Integer height, @Nullable String format,
		List<Face> faces) {

	/** The faces in an image; {@code null} faces read as none. */
	public DetectedFaces(@Nullable Integer width, @Nullable Integer height, @Nullable String format,
			@Nullable List<Face> faces) {
		this.width = width;
		this.height = height;
		this.format = format;
		this.faces = (faces != null) ? List.copyOf(faces) : List.of();
	}

	/** Whether at least one face was found. */
	public boolean hasFaces() {
		return !faces.isEmpty();
	}

	/**
	 * Reads the CDN's answer {@code {…image info…, "faces": [[x, y, width, height], …]}}.
	 * @throws IllegalArgumentException naming the entry when a face is not four numbers
	 */
	public static DetectedFaces of(JsonNode json) {
		List<Face> faces = new ArrayList<>();
		JsonNode list = Arguments.notNull(json, "json").path("faces");
		for (int i = 0; i < list.size(); i++) {
			JsonNode box = list.get(i);
			if (!box.isArray() || box.size() != 4 || !box.get(0).isNumber() || !box.get(1).isNumber()
					|| !box.get(2).isNumber() || !box.get(3).isNumber()) {
				throw new IllegalArgumentException("Face #" + i + " is not [x, y, width, height]: " + box);
			}
			faces.add(new Face(box.get(0).asInt(), box.get(1).asInt(), box.get(2).asInt(), box.get(3).asInt()));
		}
		return new DetectedFaces(integer(json.get("width")), integer(json.get("height")), text(json.get("format")),
				faces);
	}

	private static @Nullable Integer integer(@Nullable JsonNode node) {
		return node != null && node.isNumber() ? node.asInt() : null;
	}

	private static @Nullable String text(@Nullable JsonNode node) {
		return node != null && node.isString() ? node.asString() : null;
	}

	/**
	 * One face's bounding box in pixels of the original image.
	 *
	 * @param x left edge
	 * @param y top edge
	 * @param width box width
	 * @param height box height
	 */
	public record Face(int x, int y, int width, int height) {
	}

}
