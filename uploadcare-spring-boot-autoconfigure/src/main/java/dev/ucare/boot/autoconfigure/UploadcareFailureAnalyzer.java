package dev.ucare.boot.autoconfigure;

import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.bind.DataObjectPropertyName;
import org.springframework.boot.context.properties.bind.validation.BindValidationException;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalyzer;
import org.springframework.boot.origin.Origin;
import org.springframework.core.Ordered;
import org.springframework.validation.FieldError;
import org.springframework.validation.ObjectError;

/**
 * Explains Uploadcare misconfigurations at start-up: a client that cannot be created
 * ({@link InvalidUploadcareConfigurationException}: missing public key, signed uploads
 * without a secret key) and invalid {@code uploadcare.*} properties (each with its name,
 * origin and reason; secret values are never shown). Runs before Spring Boot's generic
 * analyzers.
 */
class UploadcareFailureAnalyzer implements FailureAnalyzer, Ordered {

	private static final String PREFIX = "uploadcare";

	@Override
	public int getOrder() {
		return Ordered.HIGHEST_PRECEDENCE;
	}

	@Override
	public @Nullable FailureAnalysis analyze(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof InvalidUploadcareConfigurationException invalid) {
				return new FailureAnalysis(invalid.getMessage() + ".\n\nProperty: " + invalid.property(),
						invalid.action(), invalid);
			}
			if (cause instanceof BindValidationException validation
					&& PREFIX.equals(validation.getValidationErrors().getName().toString())) {
				return analyze(validation);
			}
		}
		return null;
	}

	private FailureAnalysis analyze(BindValidationException validation) {
		StringBuilder description = new StringBuilder("Invalid Uploadcare configuration:\n");
		List<ObjectError> errors = validation.getValidationErrors().getAllErrors();
		for (ObjectError error : errors) {
			description.append('\n');
			if (error instanceof FieldError field) {
				String property = propertyName(field.getField());
				description.append("    Property: ").append(property).append('\n');
				description.append("    Value: ")
					.append(UploadcarePropertyValues.isSecret(property) ? UploadcarePropertyValues.MASK
							: "\"" + field.getRejectedValue() + "\"")
					.append('\n');
				Origin origin = Origin.from(field);
				if (origin != null) {
					description.append("    Origin: ").append(origin).append('\n');
				}
			}
			description.append("    Reason: ").append(error.getDefaultMessage()).append('\n');
		}
		return new FailureAnalysis(description.toString(),
				"Update the uploadcare.* propert" + ((errors.size() == 1) ? "y" : "ies")
						+ " named above in your application's configuration; each reason says what is accepted.",
				validation);
	}

	/** {@code upload.partSize} → {@code uploadcare.upload.part-size}. */
	private static String propertyName(String field) {
		StringBuilder name = new StringBuilder(PREFIX);
		for (String part : field.split("\\.")) {
			name.append('.').append(DataObjectPropertyName.toDashedForm(part));
		}
		return name.toString();
	}

}
