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
		addDeserializer(FileReference.class, new RebasingDeserializer<>(ReferenceKind.FILE, cdnBase));
		addDeserializer(GroupReference.class, new RebasingDeserializer<>(ReferenceKind.GROUP, cdnBase));
	}

	/** Reads one {@link ReferenceKind} from an id or CDN URL string, on the CDN base. */
	private static final class RebasingDeserializer<T> extends ValueDeserializer<T> {

		private final ReferenceKind<T> kind;

		private final URI cdnBase;

		RebasingDeserializer(ReferenceKind<T> kind, URI cdnBase) {
			this.kind = kind;
			this.cdnBase = cdnBase;
		}

		@Override
		public T deserialize(JsonParser p, DeserializationContext ctxt) {
			if (p.currentToken() != JsonToken.VALUE_STRING) {
				return kind.type().cast(ctxt.handleUnexpectedToken(kind.type(), p));
			}
			String text = p.getString();
			try {
				return kind.parse(text, cdnBase);
			}
			catch (InvalidReferenceException ex) {
				return kind.type().cast(ctxt.handleWeirdStringValue(kind.type(), text, ex.getMessage()));
			}
		}

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
