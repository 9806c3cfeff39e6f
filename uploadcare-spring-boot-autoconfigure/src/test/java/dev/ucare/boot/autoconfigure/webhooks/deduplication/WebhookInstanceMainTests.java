package dev.ucare.boot.autoconfigure.webhooks.deduplication;

import dev.ucare.boot.autoconfigure.webhooks.FileUploadedEvent;
import org.junit.jupiter.api.Test;

import org.springframework.context.ApplicationEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.PayloadApplicationEvent;
import org.springframework.context.event.ApplicationEventMulticaster;
import org.springframework.context.event.ContextRefreshedEvent;
import org.springframework.context.event.GenericApplicationListenerAdapter;
import org.springframework.context.event.SimpleApplicationEventMulticaster;
import org.springframework.context.support.AbstractApplicationContext;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.core.ResolvableType;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;

/**
 * The listener of the {@link WebhookInstanceMain} test instance declares the events it
 * takes, so that a multicaster that calls listeners directly (as Spring Modulith's does,
 * without catching their {@link ClassCastException}) delivers the context's own events
 * and other payloads past it.
 */
class WebhookInstanceMainTests {

	@Test
	void theHangingListenerTakesOnlyPublishedPayloads() {
		GenericApplicationListenerAdapter listener = new GenericApplicationListenerAdapter(
				new WebhookInstanceMain.HangingListener());

		assertThat(listener.supportsEventType(ResolvableType.forClass(ContextRefreshedEvent.class))).isFalse();
		assertThat(listener.supportsEventType(
				ResolvableType.forClassWithGenerics(PayloadApplicationEvent.class, FileUploadedEvent.class)))
			.isTrue();
	}

	@Test
	void aMulticasterThatCallsEveryListenerDirectlyDeliversOtherEventsPastIt() {
		try (GenericApplicationContext context = new GenericApplicationContext()) {
			context.registerBean(AbstractApplicationContext.APPLICATION_EVENT_MULTICASTER_BEAN_NAME,
					ApplicationEventMulticaster.class, DirectMulticaster::new);
			context.addApplicationListener(new WebhookInstanceMain.HangingListener());

			assertThatNoException().isThrownBy(() -> {
				context.refresh();
				context.publishEvent("not a webhook event");
			});
		}
	}

	/**
	 * Calls each listener that supports the event, like Spring Modulith's multicaster.
	 */
	static final class DirectMulticaster extends SimpleApplicationEventMulticaster {

		@Override
		public void multicastEvent(ApplicationEvent event, ResolvableType eventType) {
			for (ApplicationListener<?> listener : getApplicationListeners(event,
					(eventType != null) ? eventType : ResolvableType.forInstance(event))) {
				invoke(listener, event);
			}
		}

		@SuppressWarnings({ "unchecked", "rawtypes" })
		private static void invoke(ApplicationListener listener, ApplicationEvent event) {
			listener.onApplicationEvent(event);
		}

	}

}
