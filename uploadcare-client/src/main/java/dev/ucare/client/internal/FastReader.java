package dev.ucare.client.internal;

import java.util.function.Function;
import java.util.function.Predicate;

import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;

/**
 * Reads one answer type with jackson-core's streaming parser alone, so that the calls a
 * client makes most never build the JSON mapper (in a fresh JVM, building the mapper and
 * its record deserializers costs more than the call itself). A fast reader takes only the
 * token shapes whose result it knows to be the mapper's; on anything else it answers
 * {@code null} ("not sure") and the caller reads the body with the mapper
 * ({@link Json#read}), so results and errors stay the mapper's.
 *
 * @param <T> the answer type
 */
@FunctionalInterface
public interface FastReader<T> {

	/**
	 * The value of {@code body}, exactly as the mapper reads it, or {@code null} when
	 * this reader is not sure of that (the mapper must then read it).
	 */
	@Nullable T read(byte[] body);

	/** A reader that is never sure: the mapper reads everything. */
	static <T> FastReader<T> none() {
		return (body) -> null;
	}

	/**
	 * A reader of bodies that are one JSON object and nothing after it (the mapper fails
	 * on trailing tokens), read by {@code object}; not sure of any other body, of one the
	 * parser rejects (the mapper reports why) or when {@code object}
	 * {@linkplain #notSure() is not sure}.
	 */
	static <T> FastReader<T> ofObject(ObjectReader<T> object) {
		return ofValue((first) -> first == JsonToken.START_OBJECT, object::read);
	}

	/**
	 * A reader of bodies that are one JSON value whose first token {@code takes} accepts
	 * and nothing after it, read by {@code value} from that token; not sure of any other
	 * body, of one the parser rejects (the mapper reports why) or when {@code value}
	 * {@linkplain #notSure() is not sure}.
	 */
	static <T> FastReader<T> ofValue(Predicate<@Nullable JsonToken> takes, Function<JsonParser, T> value) {
		return (body) -> {
			try (JsonParser parser = Json.parser(body)) {
				if (!takes.test(parser.nextToken())) {
					return null;
				}
				T result = value.apply(parser);
				return (parser.nextToken() == null) ? result : null;
			}
			catch (NotSure | JacksonException ex) {
				return null;
			}
		};
	}

	/**
	 * Abandons a fast read: thrown where a reader meets a shape it does not take, caught
	 * by {@link #ofObject}.
	 */
	static RuntimeException notSure() {
		return NotSure.INSTANCE;
	}

	/**
	 * Reads one JSON object.
	 *
	 * @param <T> what the object describes
	 */
	@FunctionalInterface
	interface ObjectReader<T> {

		/**
		 * Reads the object whose {@link JsonToken#START_OBJECT} is the parser's current
		 * token, up to and including its {@link JsonToken#END_OBJECT}.
		 * @throws RuntimeException {@link FastReader#notSure()} on a shape it does not
		 * take
		 */
		T read(JsonParser parser);

	}

	/** Signals "not sure": shared, without a stack trace, so abandoning costs little. */
	final class NotSure extends RuntimeException {

		private static final long serialVersionUID = 1L;

		static final NotSure INSTANCE = new NotSure();

		private NotSure() {
			super("not sure of the mapper's reading", null, false, false);
		}

	}

}
