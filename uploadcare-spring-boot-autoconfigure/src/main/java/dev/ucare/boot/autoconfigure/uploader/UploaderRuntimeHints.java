package dev.ucare.boot.autoconfigure.uploader;

import org.jspecify.annotations.Nullable;

import org.springframework.aot.hint.MemberCategory;
import org.springframework.aot.hint.RuntimeHints;
import org.springframework.aot.hint.RuntimeHintsRegistrar;

/**
 * What templates reflect on, for Spring AOT and native images (registered in
 * {@code META-INF/spring/aot.factories}): template engines other than the Thymeleaf
 * dialect read the {@link UploaderConfig} model attribute through its public methods
 * ({@code scriptUrl()}, {@code configAttributes(ctxName)}, ...).
 */
class UploaderRuntimeHints implements RuntimeHintsRegistrar {

	@Override
	public void registerHints(RuntimeHints hints, @Nullable ClassLoader classLoader) {
		hints.reflection()
			.registerType(UploaderConfig.class, MemberCategory.INVOKE_PUBLIC_METHODS)
			.registerType(UploaderSolution.class, MemberCategory.INVOKE_PUBLIC_METHODS);
	}

}
