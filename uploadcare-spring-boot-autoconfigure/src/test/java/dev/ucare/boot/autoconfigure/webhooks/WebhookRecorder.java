package dev.ucare.boot.autoconfigure.webhooks;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;

import org.springframework.context.event.EventListener;

/**
 * A listener bean of a test application ({@code @Import(WebhookRecorder.class)}): keeps
 * every {@link UploadcareWebhookEvent} the application publishes, and fails on them when
 * told to.
 */
public class WebhookRecorder {

	private final List<UploadcareWebhookEvent> events = new CopyOnWriteArrayList<>();

	private final AtomicBoolean failing = new AtomicBoolean();

	/** The events published so far, oldest first. */
	public List<UploadcareWebhookEvent> events() {
		return events;
	}

	/** Makes the listener throw after recording each event, or stop doing so. */
	public void failing(boolean fail) {
		failing.set(fail);
	}

	/** Forgets the events and stops failing. */
	public void reset() {
		events.clear();
		failing.set(false);
	}

	@EventListener
	public void on(UploadcareWebhookEvent event) {
		events.add(event);
		if (failing.get()) {
			throw new IllegalStateException("listener failed on purpose");
		}
	}

}
