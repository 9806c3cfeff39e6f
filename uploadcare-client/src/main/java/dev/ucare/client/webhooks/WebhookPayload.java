package dev.ucare.client.webhooks;

import java.time.OffsetDateTime;

import dev.ucare.client.files.FileInfo;
import dev.ucare.client.internal.Arguments;
import dev.ucare.client.internal.Json;

import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * The body of a webhook delivery (payload version 0.7). Parse it only after its signature
 * was verified over the raw bytes.
 *
 * @param hook the subscription that fired (named differently from the REST webhook
 * object)
 * @param data the file, as the REST API describes it; {@code null} when the payload has
 * none
 * @param initiator what caused the event; absent ({@code null}) in payloads before July
 * 2023
 * @param file the file's CDN URL, or {@code null}
 * @param previousValues {@code appdata} and {@code metadata} before the change, for
 * {@code file.info_updated}; raw; {@code null} for the other events
 */
public record WebhookPayload(Hook hook, @Nullable FileInfo data, @Nullable Initiator initiator, @Nullable String file,
		@Nullable JsonNode previousValues) {

	/**
	 * @throws IllegalArgumentException when {@code hook} is {@code null}
	 */
	public WebhookPayload {
		Arguments.notNull(hook, "hook");
	}

	/** The event of this delivery. */
	public WebhookEvent event() {
		return WebhookEvent.fromWireName(hook.event());
	}

	/**
	 * Reads a delivery body.
	 * @throws IllegalArgumentException when it is not JSON, lacks {@code hook.event}, or
	 * its parts are not what the payload's types say (e.g. a file without its UUID)
	 */
	public static WebhookPayload parse(byte[] body) {
		Arguments.notNull(body, "body");
		try {
			JsonNode tree = Json.mapper().readTree(body);
			JsonNode event = (tree != null) ? tree.path("hook").path("event") : null;
			if (event == null || !event.isString() || event.asString().isBlank()) {
				throw new IllegalArgumentException("Webhook payload has no hook.event");
			}
			return Json.mapper().treeToValue(tree, WebhookPayload.class);
		}
		catch (JacksonException ex) {
			throw new IllegalArgumentException("Webhook payload is not valid JSON: " + ex.getOriginalMessage(), ex);
		}
	}

	/**
	 * Parts other than {@code event} are {@code null} when the payload leaves them out.
	 *
	 * @param id subscription id
	 * @param projectId numeric project id
	 * @param projectPubKey the project's public key
	 * @param target delivery URL
	 * @param event event name, e.g. {@code file.uploaded}
	 * @param isActive whether the subscription is active
	 * @param version payload version
	 * @param createdAt creation time
	 * @param updatedAt last update time
	 */
	public record Hook(@Nullable Long id, @Nullable Long projectId, @Nullable String projectPubKey,
			@Nullable String target, String event, @Nullable Boolean isActive, @Nullable String version,
			@Nullable OffsetDateTime createdAt, @Nullable OffsetDateTime updatedAt) {

		/**
		 * @throws IllegalArgumentException when {@code event} is {@code null}
		 */
		public Hook {
			Arguments.notNull(event, "event");
		}

	}

	/**
	 * @param type {@code api}, {@code system} or {@code addon} @param detail specifics
	 */
	public record Initiator(@Nullable String type, @Nullable InitiatorDetail detail) {
	}

	/**
	 * @param requestId id of the request that caused the event
	 * @param addonName add-on that caused it
	 * @param sourceFileUuid the file this one was derived from
	 */
	public record InitiatorDetail(@Nullable String requestId, @Nullable String addonName,
			@Nullable String sourceFileUuid) {
	}
}
