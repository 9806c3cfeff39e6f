package dev.ucare.emulator;

import java.nio.charset.StandardCharsets;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The emulator's own JSON helpers (Jackson tree model only, no data binding of client
 * models).
 */
final class Json {

	static final JsonMapper MAPPER = JsonMapper.builder().build();

	private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

	private Json() {
	}

	static ObjectNode object() {
		return NODES.objectNode();
	}

	static ArrayNode array() {
		return NODES.arrayNode();
	}

	static byte[] bytes(JsonNode node) {
		return MAPPER.writeValueAsBytes(node);
	}

	static String text(JsonNode node) {
		return MAPPER.writeValueAsString(node);
	}

	/** Parses JSON, returning {@code null} when the body is empty or not JSON. */
	static JsonNode parseOrNull(byte[] body) {
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
