package dev.ucare.client.webhooks;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;
import com.fasterxml.jackson.annotation.JsonValue;
import org.jspecify.annotations.Nullable;

/** Events a webhook can subscribe to. Unknown names read as {@link #UNKNOWN}. */
public enum WebhookEvent {

	FILE_UPLOADED("file.uploaded"),

	FILE_STORED("file.stored"),

	FILE_DELETED("file.deleted"),

	FILE_INFO_UPDATED("file.info_updated"),

	/** Slated for deprecation by Uploadcare in favour of {@link #FILE_INFO_UPDATED}. */
	FILE_INFECTED("file.infected"),

	/** An event name this version of the client does not know. */
	@JsonEnumDefaultValue
	UNKNOWN("unknown");

	private final String wireName;

	WebhookEvent(String wireName) {
		this.wireName = wireName;
	}

	/** The name on the wire, e.g. {@code file.uploaded}. */
	@JsonValue
	public String wireName() {
		return wireName;
	}

	/** The event named {@code wireName}, or {@link #UNKNOWN}. */
	public static WebhookEvent fromWireName(@Nullable String wireName) {
		for (WebhookEvent event : values()) {
			if (event.wireName.equals(wireName)) {
				return event;
			}
		}
		return UNKNOWN;
	}

}
