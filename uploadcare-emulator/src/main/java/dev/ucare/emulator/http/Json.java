package dev.ucare.emulator.http;

import java.nio.charset.StandardCharsets;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import org.jspecify.annotations.Nullable;

/**
 * The emulator's own JSON helpers (Jackson tree model only, no data binding of client
 * models).
 */
public final class Json {

	public static final JsonMapper MAPPER = JsonMapper.builder().build();

	private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

	private Json() {
	}

	public static ObjectNode object() {
		return NODES.objectNode();
	}

	public static ArrayNode array() {
		return NODES.arrayNode();
	}

	public static byte[] bytes(JsonNode node) {
		return MAPPER.writeValueAsBytes(node);
	}

	public static String text(JsonNode node) {
		return MAPPER.writeValueAsString(node);
	}

	/** Parses JSON, returning {@code null} when the body is empty or not JSON. */
	public static @Nullable JsonNode parseOrNull(byte @Nullable [] body) {
		if (body == null || body.length == 0) {
			return null;
		}
		try {
			return MAPPER.readTree(new String(body, StandardCharsets.UTF_8));
		}
		catch (JacksonException e) {
			return null;
		}
	}

}
