package dev.ucare.emulator.rest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import dev.ucare.emulator.http.ApiError;
import dev.ucare.emulator.http.Call;
import dev.ucare.emulator.http.Json;

import org.jspecify.annotations.Nullable;

/**
 * Reads REST request bodies: JSON objects, or form-urlencoded fields turned into a JSON
 * object.
 */
public final class RestBodies {

	private RestBodies() {
	}

	public static ObjectNode object(Call call) throws IOException {
		byte[] body = call.body();
		String type = call.header("Content-Type");
		if (type != null && type.toLowerCase().startsWith("application/x-www-form-urlencoded")) {
			ObjectNode o = Json.object();
			Map<String, List<String>> form = Call.parseForm(new String(body, StandardCharsets.UTF_8));
			form.forEach((k, v) -> {
				if (k.endsWith("[]") || v.size() > 1) {
					var array = o.putArray(k.endsWith("[]") ? k.substring(0, k.length() - 2) : k);
					v.forEach(array::add);
				}
				else {
					o.put(k, v.get(0));
				}
			});
			return o;
		}
		if (body.length == 0) {
			return Json.object();
		}
		JsonNode node = Json.parseOrNull(body);
		if (node == null || !node.isObject()) {
			throw ApiError.badRequest("Expected JSON object.");
		}
		return (ObjectNode) node;
	}

	/**
	 * Text of a field that may be a JSON string, number or boolean; {@code null} when
	 * absent or null.
	 */
	public static @Nullable String text(JsonNode object, String field) {
		JsonNode v = object.get(field);
		if (v == null || v.isNull()) {
			return null;
		}
		return v.isValueNode() ? v.asString() : v.toString();
	}

	/**
	 * Interprets "1"/"true"/true as true and "0"/"false"/false as false; {@code null}
	 * when absent.
	 */
	public static @Nullable Boolean bool(JsonNode object, String field) {
		String v = text(object, field);
		if (v == null || v.isEmpty()) {
			return null;
		}
		return "1".equals(v) || "true".equalsIgnoreCase(v);
	}

}
