package dev.ucare.client.internal;

import java.time.DateTimeException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationConfig;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.deser.ValueDeserializerModifier;
import tools.jackson.databind.deser.std.DelegatingDeserializer;

/**
 * Fast reading of the UTC timestamps the Uploadcare APIs send
 * ({@code 2021-09-29T13:47:47.840857Z}, {@code 2021-09-29T13:47:47.840857+00:00}, with or
 * without a fraction of 1 to 9 digits). Jackson's general {@link OffsetDateTime}
 * deserializer goes through {@code DateTimeFormatter} and dominated the cost of reading a
 * page of files; these fixed forms are parsed by hand instead. Anything else (other
 * offsets, other layouts, numbers, out-of-range fields) is left to Jackson's
 * deserializer, so results are exactly the same.
 */
final class UtcDateTimes {

	private UtcDateTimes() {
	}

	/**
	 * Wraps Jackson's {@link OffsetDateTime} deserializer with {@link FastDeserializer}.
	 */
	static final class Modifier extends ValueDeserializerModifier {

		private static final long serialVersionUID = 1L;

		@Override
		public ValueDeserializer<?> modifyDeserializer(DeserializationConfig config,
				BeanDescription.Supplier description, ValueDeserializer<?> deserializer) {
			return description.getBeanClass() == OffsetDateTime.class ? new FastDeserializer(deserializer)
					: deserializer;
		}

	}

	/** Parses the fixed UTC forms itself, delegates everything else. */
	static final class FastDeserializer extends DelegatingDeserializer {

		FastDeserializer(ValueDeserializer<?> standard) {
			super(standard);
		}

		@Override
		protected ValueDeserializer<?> newDelegatingInstance(ValueDeserializer<?> newDelegatee) {
			return new FastDeserializer(newDelegatee);
		}

		@Override
		public Object deserialize(JsonParser p, DeserializationContext ctxt) {
			if (p.currentToken() == JsonToken.VALUE_STRING) {
				OffsetDateTime fast = parse(p.getString());
				if (fast != null) {
					return fast;
				}
			}
			return super.deserialize(p, ctxt);
		}

	}

	/**
	 * {@code yyyy-MM-ddTHH:mm:ss[.f{1,9}](Z|+00:00)} as an {@link OffsetDateTime} in
	 * {@link ZoneOffset#UTC}, or {@code null} when {@code text} has any other form or an
	 * invalid field.
	 */
	static @Nullable OffsetDateTime parse(String text) {
		int length = text.length();
		if (length < 20 || text.charAt(4) != '-' || text.charAt(7) != '-' || text.charAt(10) != 'T'
				|| text.charAt(13) != ':' || text.charAt(16) != ':') {
			return null;
		}
		int year = digits(text, 0, 4);
		int month = digits(text, 5, 2);
		int day = digits(text, 8, 2);
		int hour = digits(text, 11, 2);
		int minute = digits(text, 14, 2);
		int second = digits(text, 17, 2);
		if ((year | month | day | hour | minute | second) < 0) {
			return null;
		}
		int at = 19;
		int nanos = 0;
		if (text.charAt(at) == '.') {
			int start = ++at;
			while (at < length && at - start < 10 && isDigit(text.charAt(at))) {
				nanos = nanos * 10 + (text.charAt(at) - '0');
				at++;
			}
			int count = at - start;
			if (count == 0 || count > 9) {
				return null;
			}
			for (int i = count; i < 9; i++) {
				nanos *= 10;
			}
		}
		int rest = length - at;
		boolean utc = rest == 1 && text.charAt(at) == 'Z' || rest == 6 && text.startsWith("+00:00", at);
		if (!utc) {
			return null;
		}
		try {
			return OffsetDateTime.of(year, month, day, hour, minute, second, nanos, ZoneOffset.UTC);
		}
		catch (DateTimeException ex) {
			return null; // let the standard deserializer report it
		}
	}

	private static int digits(String text, int from, int count) {
		int value = 0;
		for (int i = from; i < from + count; i++) {
			char c = text.charAt(i);
			if (!isDigit(c)) {
				return -1;
			}
			value = value * 10 + (c - '0');
		}
		return value;
	}

	private static boolean isDigit(char c) {
		return c >= '0' && c <= '9';
	}

}
