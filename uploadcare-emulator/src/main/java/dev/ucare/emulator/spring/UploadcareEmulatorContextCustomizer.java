package dev.ucare.emulator.spring;

import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.MergedContextConfiguration;

import dev.ucare.emulator.UploadcareEmulator;

import org.jspecify.annotations.Nullable;

/**
 * Starts an emulator for a test context, registers it as a bean and publishes its
 * {@code uploadcare.emulator.*} properties.
 */
final class UploadcareEmulatorContextCustomizer implements ContextCustomizer {

	static final String BEAN_NAME = "uploadcareEmulator";
	static final String PROPERTY_SOURCE = "uploadcareEmulator";

	@Override
	public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration mergedConfig) {
		UploadcareEmulator emulator = UploadcareEmulator.start();
		context.getBeanFactory().registerSingleton(BEAN_NAME, emulator);
		context.getEnvironment()
			.getPropertySources()
			.addFirst(new MapPropertySource(PROPERTY_SOURCE, UploadcareEmulatorProperties.asMap(emulator)));
		context.addApplicationListener(new CloseWithContext(context, emulator));
	}

	/**
	 * Closes the emulator with its context. A class rather than a lambda: a lambda's
	 * event type cannot be resolved, so it would be called with every event, and
	 * multicasters that do not swallow the resulting {@link ClassCastException} (Spring
	 * Modulith's) fail.
	 */
	private static final class CloseWithContext implements ApplicationListener<ContextClosedEvent> {

		private final ConfigurableApplicationContext context;

		private final UploadcareEmulator emulator;

		CloseWithContext(ConfigurableApplicationContext context, UploadcareEmulator emulator) {
			this.context = context;
			this.emulator = emulator;
		}

		@Override
		public void onApplicationEvent(ContextClosedEvent event) {
			if (event.getApplicationContext() == this.context) {
				this.emulator.close();
			}
		}

	}

	@Override
	public boolean equals(@Nullable Object other) {
		return other != null && other.getClass() == getClass();
	}

	@Override
	public int hashCode() {
		return getClass().hashCode();
	}

}
