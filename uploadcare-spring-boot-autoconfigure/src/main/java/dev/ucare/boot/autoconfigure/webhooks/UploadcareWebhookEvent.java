package dev.ucare.boot.autoconfigure.webhooks;

import java.time.Instant;
import java.util.Objects;

import dev.ucare.client.files.FileInfo;
import dev.ucare.client.webhooks.WebhookEvent;
import dev.ucare.client.webhooks.WebhookPayload;

import org.springframework.context.ApplicationEvent;

/**
 * A verified Uploadcare webhook delivery, published as a Spring application event.
 * Deliveries of known events are published as a subclass ({@link FileUploadedEvent},
 * {@link FileStoredEvent}, {@link FileDeletedEvent}, {@link FileInfoUpdatedEvent},
 * {@link FileInfectedEvent}); event names this version does not know as this class.
 * Listen to this class to receive every delivery.
 * <p>
 * Listeners run on the request thread before the endpoint answers; an exception thrown by
 * a listener makes the endpoint answer 500, so that Uploadcare delivers again.
 */
public class UploadcareWebhookEvent extends ApplicationEvent {

	private final transient WebhookPayload payload;

	private final Instant receivedAt;

	/**
	 * @param payload the parsed delivery body
	 * @param receivedAt when the delivery arrived
	 */
	public UploadcareWebhookEvent(WebhookPayload payload, Instant receivedAt) {
		super(Objects.requireNonNull(payload, "payload"));
		this.payload = payload;
		this.receivedAt = Objects.requireNonNull(receivedAt, "receivedAt");
	}

	/**
	 * The event for {@code payload}: the subclass matching its event name, else a plain
	 * {@link UploadcareWebhookEvent}.
	 */
	public static UploadcareWebhookEvent of(WebhookPayload payload, Instant receivedAt) {
		return switch (payload.event()) {
			case FILE_UPLOADED -> new FileUploadedEvent(payload, receivedAt);
			case FILE_STORED -> new FileStoredEvent(payload, receivedAt);
			case FILE_DELETED -> new FileDeletedEvent(payload, receivedAt);
			case FILE_INFO_UPDATED -> new FileInfoUpdatedEvent(payload, receivedAt);
			case FILE_INFECTED -> new FileInfectedEvent(payload, receivedAt);
			default -> new UploadcareWebhookEvent(payload, receivedAt);
		};
	}

	/** The delivery body. */
	public WebhookPayload payload() {
		return payload;
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
	public FileInfo file() {
		return payload.data();
	}

	/** When the endpoint received the delivery. */
	public Instant receivedAt() {
		return receivedAt;
	}

	@Override
	public String toString() {
		return getClass().getSimpleName() + "[event=" + eventName() + ", receivedAt=" + receivedAt + "]";
	}

}
