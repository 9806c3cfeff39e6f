package dev.ucare.testsupport;

import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.event.SimpleApplicationEventMulticaster;
import org.springframework.core.ResolvableType;

/**
 * An application event multicaster that calls each listener supporting the event directly
 * on the publishing thread, like Spring Modulith's: register it as the
 * {@code applicationEventMulticaster} bean to test listeners under it.
 */
public final class DirectMulticaster extends SimpleApplicationEventMulticaster {

	@Override
	public void multicastEvent(ApplicationEvent event, @Nullable ResolvableType eventType) {
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
