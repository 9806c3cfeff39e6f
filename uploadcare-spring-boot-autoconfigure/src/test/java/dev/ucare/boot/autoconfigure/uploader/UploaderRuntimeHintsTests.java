package dev.ucare.boot.autoconfigure.uploader;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;

import org.junit.jupiter.api.Test;

import org.springframework.aot.hint.RuntimeHints;
import org.springframework.aot.hint.RuntimeHintsRegistrar;
import org.springframework.aot.hint.predicate.RuntimeHintsPredicates;
import org.springframework.core.io.support.SpringFactoriesLoader;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link UploaderRuntimeHints}: templates can call every public method of the
 * {@link UploaderConfig} model attribute in a native image.
 */
class UploaderRuntimeHintsTests {

	private final RuntimeHints hints = new RuntimeHints();

	UploaderRuntimeHintsTests() {
		new UploaderRuntimeHints().registerHints(hints, getClass().getClassLoader());
	}

	@Test
	void theHintsAreRegisteredThroughAotFactories() {
		assertThat(SpringFactoriesLoader.forResourceLocation("META-INF/spring/aot.factories")
			.load(RuntimeHintsRegistrar.class)).hasAtLeastOneElementOfType(UploaderRuntimeHints.class);
	}

	@Test
	void everyPublicMethodOfTheModelAttributeIsInvocable() {
		Method[] methods = Arrays.stream(UploaderConfig.class.getDeclaredMethods())
			.filter((method) -> Modifier.isPublic(method.getModifiers()) && !Modifier.isStatic(method.getModifiers()))
			.toArray(Method[]::new);
		assertThat(methods).extracting(Method::getName).contains("scriptUrl", "stylesheetUrl", "configAttributes");
		assertThat(methods).allSatisfy(
				(method) -> assertThat(RuntimeHintsPredicates.reflection().onMethodInvocation(method)).as("%s", method)
					.accepts(hints));
	}

}
