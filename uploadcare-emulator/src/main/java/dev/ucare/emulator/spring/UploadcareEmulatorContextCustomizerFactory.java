package dev.ucare.emulator.spring;

import java.util.List;

import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.TestContextAnnotationUtils;

import org.jspecify.annotations.Nullable;

/**
 * Registered in {@code META-INF/spring.factories}; activates for
 * {@link AutoConfigureUploadcareEmulator}.
 */
public final class UploadcareEmulatorContextCustomizerFactory implements ContextCustomizerFactory {

	@Override
	public @Nullable ContextCustomizer createContextCustomizer(Class<?> testClass,
			List<ContextConfigurationAttributes> configAttributes) {
		boolean annotated = TestContextAnnotationUtils.hasAnnotation(testClass, AutoConfigureUploadcareEmulator.class);
		return annotated ? new UploadcareEmulatorContextCustomizer() : null;
	}

}
