package dev.ucare.client.internal;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.cfg.EnumFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleModule;

/**
 * The client's one JSON mapper: snake_case names, unknown fields ignored, unknown enum
 * values mapped to their {@code @JsonEnumDefaultValue}, nulls tolerated for primitives'
 * wrappers. The APIs' UTC timestamps are read into {@link java.time.OffsetDateTime} by a
 * hand-written parser ({@link UtcDateTimes}), other forms by Jackson's.
 */
public final class Json {

	private static final JsonMapper MAPPER = JsonMapper.builder()
		.propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
		.disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		.disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
		.enable(EnumFeature.READ_UNKNOWN_ENUM_VALUES_USING_DEFAULT_VALUE)
		.addModule(new SimpleModule("uploadcare-dates").setDeserializerModifier(new UtcDateTimes.Modifier()))
		.build();

	private Json() {
	}

	public static JsonMapper mapper() {
		return MAPPER;
	}

	/** Serialises {@code value} once, so the bytes signed are the bytes sent. */
	public static byte[] write(Object value) {
		return MAPPER.writeValueAsBytes(value);
	}

	public static JsonNode tree(byte[] body) {
		return body.length == 0 ? MAPPER.nullNode() : MAPPER.readTree(body);
	}

}
