package dev.ucare.boot.autoconfigure.webhooks;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;
import dev.ucare.client.files.FileInfo;
import dev.ucare.client.webhooks.WebhookEvent;
import dev.ucare.client.webhooks.WebhookPayload;

import org.springframework.util.Assert;

/**
 * An Uploadcare webhook delivery, published as a Spring application event (a plain
 * object: receive it with {@code @EventListener}, {@code @TransactionalEventListener} or
 * Spring Modulith's {@code @ApplicationModuleListener} methods taking this class or a
 * subclass). Deliveries of known events are published as a subclass
 * ({@link FileUploadedEvent}, {@link FileStoredEvent}, {@link FileDeletedEvent},
 * {@link FileInfoUpdatedEvent}, {@link FileInfectedEvent}); event names this version does
 * not know as this class. Listen to this class to receive every delivery.
 * <p>
 * {@link #isVerified()} is {@code true} when the delivery's {@code X-Uc-Signature} was
 * verified with the configured signing secret; it is {@code false} only for deliveries
 * accepted through the development-only {@code uploadcare.webhooks.allow-unsigned}.
 * <p>
 * By default listeners run on the request thread before the endpoint answers; an
 * exception thrown by a listener makes the endpoint answer 500, so that Uploadcare
 * delivers again. With {@code uploadcare.webhooks.publication=transactional} the event is
 * published inside a transaction (see the README's "Webhooks at scale"). The event
 * serializes to JSON as {@code body}, {@code receivedAt} and {@code verified} (e.g. for
 * Spring Modulith's event publication registry, which can then resubmit it) and is read
 * back from them.
 */
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.NONE, getterVisibility = JsonAutoDetect.Visibility.NONE,
		isGetterVisibility = JsonAutoDetect.Visibility.NONE, creatorVisibility = JsonAutoDetect.Visibility.NONE)
public class UploadcareWebhookEvent {

	private final WebhookPayload payload;

	private final String body;

	private final Instant receivedAt;

	private final boolean verified;

	/**
	 * @param payload the parsed delivery body
	 * @param body the delivery body as received (UTF-8 JSON)
	 * @param receivedAt when the delivery arrived
	 * @param verified whether its signature was verified
	 */
	public UploadcareWebhookEvent(WebhookPayload payload, String body, Instant receivedAt, boolean verified) {
		Assert.notNull(payload, "payload must not be null");
		Assert.notNull(body, "body must not be null");
		Assert.notNull(receivedAt, "receivedAt must not be null");
		this.payload = payload;
		this.body = body;
		this.receivedAt = receivedAt;
		this.verified = verified;
	}

	/**
	 * Reads an event back from its JSON form.
	 * @param body the delivery body
	 * @param receivedAt when the delivery arrived
	 * @param verified whether its signature was verified
	 */
	@JsonCreator
	public UploadcareWebhookEvent(@JsonProperty("body") String body, @JsonProperty("receivedAt") Instant receivedAt,
			@JsonProperty("verified") boolean verified) {
		this(parse(body), body, receivedAt, verified);
	}

	/**
	 * The event for {@code payload}: the subclass matching its event name, else a plain
	 * {@link UploadcareWebhookEvent}.
	 * @param payload the parsed delivery body
	 * @param body the delivery body as received
	 * @param receivedAt when the delivery arrived
	 * @param verified whether its signature was verified
	 */
	public static UploadcareWebhookEvent of(WebhookPayload payload, String body, Instant receivedAt, boolean verified) {
		Assert.notNull(payload, "payload must not be null");
		return switch (payload.event()) {
			case FILE_UPLOADED -> new FileUploadedEvent(payload, body, receivedAt, verified);
			case FILE_STORED -> new FileStoredEvent(payload, body, receivedAt, verified);
			case FILE_DELETED -> new FileDeletedEvent(payload, body, receivedAt, verified);
			case FILE_INFO_UPDATED -> new FileInfoUpdatedEvent(payload, body, receivedAt, verified);
			case FILE_INFECTED -> new FileInfectedEvent(payload, body, receivedAt, verified);
			default -> new UploadcareWebhookEvent(payload, body, receivedAt, verified);
		};
	}

	static WebhookPayload parse(String body) {
		Assert.notNull(body, "body must not be null");
		return WebhookPayload.parse(body.getBytes(StandardCharsets.UTF_8));
	}

	/** The delivery body, parsed. */
	public WebhookPayload payload() {
		return payload;
	}

	/** The delivery body as received (UTF-8 JSON), e.g. for an audit log. */
	@JsonProperty("body")
	public String body() {
		return body;
	}

	/**
	 * The event name on the wire, e.g. {@code file.uploaded}; also for events this
	 * version does not know.
	 */
	public String eventName() {
		return payload.hook().event();
	}

	/** The event, {@link WebhookEvent#UNKNOWN} for names this version does not know. */
	public WebhookEvent event() {
		return payload.event();
	}

	/** The file the event is about (the payload's {@code data}), may be {@code null}. */
	public @Nullable FileInfo file() {
		return payload.data();
	}

	/** When the endpoint received the delivery. */
	@JsonProperty("receivedAt")
	public Instant receivedAt() {
		return receivedAt;
	}

	/**
	 * Whether the delivery's signature was verified with the configured signing secret;
	 * {@code false} only when {@code uploadcare.webhooks.allow-unsigned} let an unsigned
	 * delivery through.
	 */
	@JsonProperty("verified")
	public boolean isVerified() {
		return verified;
	}

	@Override
	public String toString() {
		return getClass().getSimpleName() + "[event=" + eventName() + ", verified=" + verified + ", receivedAt="
				+ receivedAt + "]";
	}

}
