package dev.ucare.client.internal;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Values read from jackson-core's streaming parser exactly as the client's mapper
 * ({@link Json#mapper()}) reads them, for the {@linkplain FastReader fast readers}: JSON
 * trees built with {@link JsonNodeFactory} as databind's tree deserializer builds them,
 * and the values of record components of the types the mapper reads (strings, booleans,
 * numbers, the APIs' UTC dates, string maps, lists of objects). Each method reads the
 * value at the parser's current token; on a token shape whose mapper result it does not
 * reproduce (a number where a string is expected, a date with another offset...), it
 * throws {@link FastReader#notSure()}.
 */
public final class StreamingJson {

	/** The mapper's node factory (its default). */
	private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

	/** Deeper trees are left to the mapper, which reads them without recursion. */
	private static final int MAX_DEPTH = 200;

	/** Reads {@link #tree(byte[])}. */
	private static final FastReader<JsonNode> TREE = FastReader.ofValue(
			(first) -> first == JsonToken.START_OBJECT || first == JsonToken.START_ARRAY, (parser) -> tree(parser, 0));

	private StreamingJson() {
	}

	/**
	 * The tree of a body that is one JSON object or array, exactly as
	 * {@code mapper.readTree(body)} builds it; {@code null} for any other body (a
	 * top-level scalar, nothing, trailing tokens, a deep or malformed body), which the
	 * mapper reads or rejects itself.
	 */
	static @Nullable JsonNode tree(byte[] body) {
		return TREE.read(body);
	}

	/**
	 * The value at the current token as a tree: numbers as {@code IntNode},
	 * {@code LongNode} or {@code BigIntegerNode} by size and {@code DoubleNode} for
	 * fractions, duplicate keys last-wins at the first one's place, {@code null} as
	 * {@code NullNode}.
	 */
	private static JsonNode tree(JsonParser parser, int depth) {
		JsonToken token = parser.currentToken();
		if (token == null) {
			throw FastReader.notSure();
		}
		switch (token) {
			case START_OBJECT:
				if (depth >= MAX_DEPTH) {
					throw FastReader.notSure();
				}
				ObjectNode object = NODES.objectNode();
				for (String name = parser.nextName(); name != null; name = parser.nextName()) {
					parser.nextToken();
					object.replace(name, tree(parser, depth + 1));
				}
				requireCurrent(parser, JsonToken.END_OBJECT);
				return object;
			case START_ARRAY:
				if (depth >= MAX_DEPTH) {
					throw FastReader.notSure();
				}
				ArrayNode array = NODES.arrayNode();
				for (JsonToken item = parser.nextToken(); item != JsonToken.END_ARRAY; item = parser.nextToken()) {
					array.add(tree(parser, depth + 1));
				}
				return array;
			case VALUE_STRING:
				return NODES.stringNode(parser.getString());
			case VALUE_NUMBER_INT:
				return switch (parser.getNumberType()) {
					case INT -> NODES.numberNode(parser.getIntValue());
					case LONG -> NODES.numberNode(parser.getLongValue());
					case BIG_INTEGER -> NODES.numberNode(parser.getBigIntegerValue());
					default -> throw FastReader.notSure();
				};
			case VALUE_NUMBER_FLOAT:
				JsonParser.NumberTypeFP type = parser.getNumberTypeFP();
				if (type != JsonParser.NumberTypeFP.UNKNOWN && type != JsonParser.NumberTypeFP.DOUBLE64) {
					throw FastReader.notSure();
				}
				return NODES.numberNode(parser.getDoubleValue());
			case VALUE_TRUE:
				return NODES.booleanNode(true);
			case VALUE_FALSE:
				return NODES.booleanNode(false);
			case VALUE_NULL:
				return NODES.nullNode();
			default:
				throw FastReader.notSure();
		}
	}

	/**
	 * A {@code JsonNode} component: the value's tree, {@code NullNode} for {@code null}
	 * (databind's null value for {@code JsonNode}).
	 */
	public static JsonNode node(JsonParser parser) {
		return tree(parser, 0);
	}

	/** A {@code String} component: a string or {@code null}. */
	public static @Nullable String string(JsonParser parser) {
		return switch (token(parser)) {
			case VALUE_STRING -> parser.getString();
			case VALUE_NULL -> null;
			default -> throw FastReader.notSure();
		};
	}

	/** A {@code Boolean} component: {@code true}, {@code false} or {@code null}. */
	public static @Nullable Boolean bool(JsonParser parser) {
		return switch (token(parser)) {
			case VALUE_TRUE -> Boolean.TRUE;
			case VALUE_FALSE -> Boolean.FALSE;
			case VALUE_NULL -> null;
			default -> throw FastReader.notSure();
		};
	}

	/** A {@code long} component: an integer within range, {@code 0} for {@code null}. */
	public static long longValue(JsonParser parser) {
		return (token(parser) == JsonToken.VALUE_NULL) ? 0L : longNumber(parser);
	}

	/** An {@code int} component: an integer within range, {@code 0} for {@code null}. */
	public static int intValue(JsonParser parser) {
		return switch (token(parser)) {
			case VALUE_NUMBER_INT -> {
				if (parser.getNumberType() != JsonParser.NumberType.INT) {
					throw FastReader.notSure();
				}
				yield parser.getIntValue();
			}
			case VALUE_NULL -> 0;
			default -> throw FastReader.notSure();
		};
	}

	/** An integer within the range of {@code long} (not {@code null}). */
	private static long longNumber(JsonParser parser) {
		if (parser.currentToken() != JsonToken.VALUE_NUMBER_INT) {
			throw FastReader.notSure();
		}
		JsonParser.NumberType type = parser.getNumberType();
		if (type != JsonParser.NumberType.INT && type != JsonParser.NumberType.LONG) {
			throw FastReader.notSure();
		}
		return parser.getLongValue();
	}

	/**
	 * An {@code OffsetDateTime} component: {@code null}, or a UTC timestamp in the APIs'
	 * forms ({@link UtcDateTimes}), which the mapper reads with the same parser.
	 */
	public static @Nullable OffsetDateTime utcDate(JsonParser parser) {
		return switch (token(parser)) {
			case VALUE_STRING -> {
				OffsetDateTime date = UtcDateTimes.parse(parser.getString());
				if (date == null) {
					throw FastReader.notSure();
				}
				yield date;
			}
			case VALUE_NULL -> null;
			default -> throw FastReader.notSure();
		};
	}

	/**
	 * A {@code Map<String, String>} component: {@code null}, or an object whose values
	 * are strings or {@code null}, in order, a duplicate key last-wins at the first one's
	 * place.
	 */
	public static @Nullable Map<String, @Nullable String> stringMap(JsonParser parser) {
		return switch (token(parser)) {
			case START_OBJECT -> {
				Map<String, @Nullable String> map = new LinkedHashMap<>();
				for (String name = parser.nextName(); name != null; name = parser.nextName()) {
					parser.nextToken();
					map.put(name, string(parser));
				}
				requireCurrent(parser, JsonToken.END_OBJECT);
				yield map;
			}
			case VALUE_NULL -> null;
			default -> throw FastReader.notSure();
		};
	}

	/**
	 * A {@code Map<String, Long>} component read into a record that refuses {@code null}
	 * values: {@code null}, or an object whose values are integers within range.
	 */
	public static @Nullable Map<String, Long> longMap(JsonParser parser) {
		return switch (token(parser)) {
			case START_OBJECT -> {
				Map<String, Long> map = new LinkedHashMap<>();
				for (String name = parser.nextName(); name != null; name = parser.nextName()) {
					parser.nextToken();
					map.put(name, longNumber(parser));
				}
				requireCurrent(parser, JsonToken.END_OBJECT);
				yield map;
			}
			case VALUE_NULL -> null;
			default -> throw FastReader.notSure();
		};
	}

	/**
	 * A {@code List} component read into a record that refuses {@code null} items:
	 * {@code null}, or an array of objects, each read by {@code item}.
	 */
	public static <T> @Nullable List<T> objects(JsonParser parser, FastReader.ObjectReader<T> item) {
		return switch (token(parser)) {
			case START_ARRAY -> {
				List<T> list = new ArrayList<>();
				for (JsonToken token = parser.nextToken(); token != JsonToken.END_ARRAY; token = parser.nextToken()) {
					if (token != JsonToken.START_OBJECT) {
						throw FastReader.notSure();
					}
					list.add(item.read(parser));
				}
				yield list;
			}
			case VALUE_NULL -> null;
			default -> throw FastReader.notSure();
		};
	}

	/**
	 * Marks {@code bit} as read in {@code seen}; a key read twice is left to the mapper
	 * (a record whose every component was read is built before it reads further keys).
	 */
	public static int once(int seen, int bit) {
		if ((seen & bit) != 0) {
			throw FastReader.notSure();
		}
		return seen | bit;
	}

	private static JsonToken token(JsonParser parser) {
		JsonToken token = parser.currentToken();
		if (token == null) {
			throw FastReader.notSure();
		}
		return token;
	}

	private static void requireCurrent(JsonParser parser, JsonToken expected) {
		if (parser.currentToken() != expected) {
			throw FastReader.notSure();
		}
	}

}
