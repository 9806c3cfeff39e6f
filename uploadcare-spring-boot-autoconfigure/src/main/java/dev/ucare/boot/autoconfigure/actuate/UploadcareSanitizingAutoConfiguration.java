package dev.ucare.boot.autoconfigure.actuate;

import dev.ucare.boot.autoconfigure.UploadcarePropertyValues;

import org.springframework.boot.actuate.endpoint.SanitizingFunction;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/**
 * Masks the starter's secrets ({@link UploadcarePropertyValues#isSecret(String)}) in the
 * Actuator {@code env} and {@code configprops} endpoints, whatever
 * {@code management.endpoint.*.show-values} says.
 */
@AutoConfiguration
@ConditionalOnClass(SanitizingFunction.class)
public final class UploadcareSanitizingAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean(name = "uploadcareSanitizingFunction")
	SanitizingFunction uploadcareSanitizingFunction() {
		return SanitizingFunction.sanitizeValue().ifKeyMatches(UploadcarePropertyValues::isSecret);
	}

}
