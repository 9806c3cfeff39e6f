package dev.ucare.boot.autoconfigure.binding;

import java.net.URI;

import dev.ucare.client.reference.FileReference;
import dev.ucare.client.reference.GroupReference;
import dev.ucare.client.reference.InvalidReferenceException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.module.SimpleModule;

/**
 * Jackson 3 module writing {@link FileReference} and {@link GroupReference} as their CDN
 * URL strings and reading them from an id or CDN URL, rebased on the application's CDN
 * base like form binding. A value that is not a reference fails reading with the
 * reference's message (a 400 in Spring MVC).
 */
public final class ReferenceJacksonModule extends SimpleModule {

	/**
	 * @param cdnBase the application's CDN base
	 */
	public ReferenceJacksonModule(URI cdnBase) {
		super("uploadcare-references");
		addSerializer(FileReference.class, new ToStringSerializer<>(FileReference.class));
		addSerializer(GroupReference.class, new ToStringSerializer<>(GroupReference.class));
		addDeserializer(FileReference.class, new ValueDeserializer<>() {
			@Override
			public FileReference deserialize(JsonParser p, DeserializationContext ctxt) {
				String text = text(p, ctxt, FileReference.class);
				try {
					return FileReference.parse(text).withCdnBase(cdnBase);
				}
				catch (InvalidReferenceException ex) {
					return (FileReference) ctxt.handleWeirdStringValue(FileReference.class, text, ex.getMessage());
				}
			}
		});
		addDeserializer(GroupReference.class, new ValueDeserializer<>() {
			@Override
			public GroupReference deserialize(JsonParser p, DeserializationContext ctxt) {
				String text = text(p, ctxt, GroupReference.class);
				try {
					return GroupReference.parse(text).withCdnBase(cdnBase);
				}
				catch (InvalidReferenceException ex) {
					return (GroupReference) ctxt.handleWeirdStringValue(GroupReference.class, text, ex.getMessage());
				}
			}
		});
	}

	private static String text(JsonParser p, DeserializationContext ctxt, Class<?> type) {
		if (p.currentToken() != JsonToken.VALUE_STRING) {
			return (String) ctxt.handleUnexpectedToken(type, p);
		}
		return p.getString();
	}

	private static final class ToStringSerializer<T> extends ValueSerializer<T> {

		private final Class<T> type;

		ToStringSerializer(Class<T> type) {
			this.type = type;
		}

		@Override
		public void serialize(T value, JsonGenerator gen, SerializationContext ctxt) {
			gen.writeString(value.toString());
		}

		@Override
		public Class<?> handledType() {
			return type;
		}

	}

}
