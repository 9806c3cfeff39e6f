package dev.ucare.boot.autoconfigure.webhooks.deduplication;

import dev.ucare.boot.autoconfigure.webhooks.FileUploadedEvent;
import dev.ucare.testsupport.DirectMulticaster;
import org.junit.jupiter.api.Test;

import org.springframework.context.PayloadApplicationEvent;
import org.springframework.context.event.ApplicationEventMulticaster;
import org.springframework.context.event.ContextRefreshedEvent;
import org.springframework.context.event.GenericApplicationListenerAdapter;
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

}
