package dev.ucare.client.internal;

import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonParser;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.cfg.EnumFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * The client's one JSON mapper: snake_case names, unknown fields ignored, unknown enum
 * values mapped to their {@code @JsonEnumDefaultValue}, nulls tolerated for primitives'
 * wrappers. The APIs' UTC timestamps are read into {@link java.time.OffsetDateTime} by a
 * hand-written parser ({@link UtcDateTimes}), other forms by Jackson's.
 *
 * <p>
 * The mapper is built on first need. The answers calls read most (Upload API answers as
 * trees, REST files and pages of files) are read with jackson-core's streaming parser
 * alone ({@link #tree}, {@link FastReader}), exactly as the mapper reads them: in a fresh
 * JVM, building the mapper and its record deserializers costs more than such a call.
 */
public final class Json {

	private Json() {
	}

	/** The mapper, built by the first call. */
	public static JsonMapper mapper() {
		return Mapper.INSTANCE;
	}

	/** A streaming parser of {@code body}, without the mapper. */
	public static JsonParser parser(byte[] body) {
		return Parsers.FACTORY.createParser(body);
	}

	/** Serialises {@code value} once, so the bytes signed are the bytes sent. */
	public static byte[] write(Object value) {
		return Mapper.INSTANCE.writeValueAsBytes(value);
	}

	/**
	 * {@code body} as a tree, exactly as {@code mapper().readTree(body)} reads it, and
	 * {@code NullNode} for an empty body. Objects and arrays are read without the mapper
	 * ({@link StreamingJson}); anything else, errors included, by the mapper.
	 */
	public static JsonNode tree(byte[] body) {
		if (body.length == 0) {
			return JsonNodeFactory.instance.nullNode();
		}
		JsonNode tree = StreamingJson.tree(body);
		return (tree != null) ? tree : Mapper.INSTANCE.readTree(body);
	}

	/**
	 * {@code body} as {@code type}, read by {@code fast} when it is sure of the mapper's
	 * result, else by the mapper.
	 */
	public static <T> @Nullable T read(byte[] body, FastReader<T> fast, Class<T> type) {
		T value = fast.read(body);
		return (value != null) ? value : Mapper.INSTANCE.readValue(body, type);
	}

	/**
	 * {@code body} as {@code type}, read by {@code fast} when it is sure of the mapper's
	 * result, else by the mapper.
	 */
	public static <T> @Nullable T read(byte[] body, FastReader<T> fast, TypeReference<T> type) {
		T value = fast.read(body);
		return (value != null) ? value : Mapper.INSTANCE.readValue(body, type);
	}

	/** Holds the streaming parsers' factory: cheap, and independent of the mapper. */
	private static final class Parsers {

		static final JsonFactory FACTORY = new JsonFactory();

	}

	/** Holds the mapper, built by the first thread that uses it. */
	private static final class Mapper {

		static final JsonMapper INSTANCE = JsonMapper.builder()
			.propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
			.disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
			.disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
			.enable(EnumFeature.READ_UNKNOWN_ENUM_VALUES_USING_DEFAULT_VALUE)
			.addModule(new SimpleModule("uploadcare-dates").setDeserializerModifier(new UtcDateTimes.Modifier()))
			.build();

	}

}
