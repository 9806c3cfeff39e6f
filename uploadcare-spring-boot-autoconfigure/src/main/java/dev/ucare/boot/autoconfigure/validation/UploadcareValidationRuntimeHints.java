package dev.ucare.boot.autoconfigure.validation;

import org.jspecify.annotations.Nullable;

import org.springframework.aot.hint.MemberCategory;
import org.springframework.aot.hint.RuntimeHints;
import org.springframework.aot.hint.RuntimeHintsRegistrar;

/**
 * What Bean Validation reflects on or reads for {@link UploadcareFile}, for Spring AOT
 * and native images (registered in {@code META-INF/spring/aot.factories}): constraints on
 * form objects are not beans, so Spring's own processing does not find them. The
 * validator is created by its constructor, the annotation's attributes are read
 * reflectively, and the default messages are a resource bundle Hibernate Validator
 * aggregates from every jar.
 */
class UploadcareValidationRuntimeHints implements RuntimeHintsRegistrar {

	/** Base name of the messages bundle of {@link UploadcareFile}. */
	static final String MESSAGES = "ContributorValidationMessages";

	@Override
	public void registerHints(RuntimeHints hints, @Nullable ClassLoader classLoader) {
		hints.reflection()
			.registerType(UploadcareFileValidator.class, MemberCategory.INVOKE_DECLARED_CONSTRUCTORS,
					MemberCategory.INVOKE_PUBLIC_METHODS)
			.registerType(UploadcareFile.class, MemberCategory.INVOKE_DECLARED_METHODS);
		hints.resources().registerResourceBundle(MESSAGES).registerPattern(MESSAGES + "*.properties");
	}

}
