package dev.ucare.testsupport;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.Test;

import org.springframework.context.ApplicationListener;
import org.springframework.context.PayloadApplicationEvent;
import org.springframework.context.event.ApplicationEventMulticaster;
import org.springframework.context.support.AbstractApplicationContext;
import org.springframework.context.support.GenericApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/** Listeners run on the publishing thread, each only for the events it supports. */
class DirectMulticasterTest {

	@Test
	void callsTheListenersOfTheEventOnThePublishingThread() {
		StringListener listener = new StringListener();
		try (GenericApplicationContext context = new GenericApplicationContext()) {
			context.registerBean(AbstractApplicationContext.APPLICATION_EVENT_MULTICASTER_BEAN_NAME,
					ApplicationEventMulticaster.class, DirectMulticaster::new);
			context.addApplicationListener(listener);
			context.refresh();
			assertThat(context.getBean(ApplicationEventMulticaster.class)).isInstanceOf(DirectMulticaster.class);
			context.publishEvent("hello");
			context.publishEvent(42);
		}
		assertThat(listener.strings).containsExactly("hello");
		assertThat(listener.threads).containsExactly(Thread.currentThread());
	}

	static final class StringListener implements ApplicationListener<PayloadApplicationEvent<String>> {

		final List<String> strings = new CopyOnWriteArrayList<>();

		final List<Thread> threads = new CopyOnWriteArrayList<>();

		@Override
		public void onApplicationEvent(PayloadApplicationEvent<String> event) {
			strings.add(event.getPayload());
			threads.add(Thread.currentThread());
		}

	}

}
