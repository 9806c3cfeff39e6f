package dev.ucare.emulator.state;

import tools.jackson.databind.node.ObjectNode;

import dev.ucare.emulator.http.Json;

import org.jspecify.annotations.Nullable;

/** Webhook {@code initiator} objects. */
public final class Initiators {

	private Initiators() {
	}

	public static ObjectNode api() {
		return of("api", null, null, null);
	}

	public static ObjectNode system(@Nullable String sourceFileUuid) {
		return of("system", null, null, sourceFileUuid);
	}

	public static ObjectNode addon(String requestId, String addonName, @Nullable String sourceFileUuid) {
		return of("addon", requestId, addonName, sourceFileUuid);
	}

	private static ObjectNode of(String type, @Nullable String requestId, @Nullable String addonName,
			@Nullable String sourceFileUuid) {
		ObjectNode initiator = Json.object();
		initiator.put("type", type);
		ObjectNode detail = initiator.putObject("detail");
		detail.put("request_id", requestId);
		detail.put("addon_name", addonName);
		if (sourceFileUuid != null) {
			detail.put("source_file_uuid", sourceFileUuid);
		}
		return initiator;
	}

}
