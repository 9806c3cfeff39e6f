package dev.ucare.sample.webhooks;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import dev.ucare.boot.autoconfigure.webhooks.UploadcareWebhookEvent;
import dev.ucare.client.files.FileInfo;
import dev.ucare.client.webhooks.WebhookPayload;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Keeps the latest verified webhook deliveries for the "Webhook events" page. */
@Component
public class WebhookEventLog {

	static final int CAPACITY = 200;

	private final Deque<Entry> entries = new ArrayDeque<>();

	private final AtomicLong sequence = new AtomicLong();

	@EventListener
	public void onWebhook(UploadcareWebhookEvent event) {
		WebhookPayload payload = event.payload();
		FileInfo file = payload.data();
		String initiator = payload.initiator() == null ? null : payload.initiator().type();
		Entry entry = new Entry(sequence.incrementAndGet(), Instant.now(), event.eventName(),
				file == null ? null : file.uuid(), file == null ? null : file.originalFilename(), initiator,
				event.getClass().getSimpleName());
		synchronized (entries) {
			entries.addFirst(entry);
			while (entries.size() > CAPACITY) {
				entries.removeLast();
			}
		}
	}

	/** Newest first. */
	public List<Entry> entries() {
		synchronized (entries) {
			return new ArrayList<>(entries);
		}
	}

	/**
	 * One delivery.
	 *
	 * @param id sequence number in this app
	 * @param receivedAt when it arrived
	 * @param event event name, e.g. {@code file.uploaded}
	 * @param uuid the file's UUID
	 * @param filename the file's original name
	 * @param initiator what caused it ({@code api}, {@code system}, {@code addon})
	 * @param type the Spring event class that was published
	 */
	public record Entry(long id, Instant receivedAt, String event, String uuid, String filename, String initiator,
			String type) {
	}

}
