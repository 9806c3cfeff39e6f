package dev.ucare.client.internal;

import java.util.concurrent.atomic.AtomicBoolean;

import tools.jackson.core.type.TypeReference;
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

	private static final AtomicBoolean WARMING_UP = new AtomicBoolean();

	private Json() {
	}

	/**
	 * Sets up the mapper, a JSON tree reader and the readers of {@code answers} (those
	 * that calls read most) on a daemon thread, once per JVM. The client starts this on
	 * its first request: in a fresh JVM, Jackson's set-up is the largest part of that
	 * request, and this way it overlaps the request's own set-up (connection, signing)
	 * and the server's answer instead of following them.
	 */
	public static void warmUpInBackground(TypeReference<?>... answers) {
		if (WARMING_UP.compareAndSet(false, true)) {
			Thread thread = new Thread(() -> warmUp(answers), "uploadcare-json-warm-up");
			thread.setDaemon(true);
			thread.start();
		}
	}

	private static void warmUp(TypeReference<?>... answers) {
		try {
			for (TypeReference<?> answer : answers) {
				Mapper.INSTANCE.readerFor(answer);
			}
			Mapper.INSTANCE.readTree("{\"uuid\":\"\",\"size\":0,\"is_ready\":true,\"parts\":[\"\"]}");
		}
		catch (RuntimeException ex) {
			// only a warm-up: the calls themselves report what fails
		}
	}

	public static JsonMapper mapper() {
		return Mapper.INSTANCE;
	}

	/** Serialises {@code value} once, so the bytes signed are the bytes sent. */
	public static byte[] write(Object value) {
		return Mapper.INSTANCE.writeValueAsBytes(value);
	}

	public static JsonNode tree(byte[] body) {
		return body.length == 0 ? Mapper.INSTANCE.nullNode() : Mapper.INSTANCE.readTree(body);
	}

	/**
	 * Holds the mapper, built by the first thread that uses it: starting the warm-up
	 * ({@link #warmUpInBackground}) does not build it on the calling thread, and a call
	 * that needs it while the warm-up thread builds it waits for that one build.
	 */
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
