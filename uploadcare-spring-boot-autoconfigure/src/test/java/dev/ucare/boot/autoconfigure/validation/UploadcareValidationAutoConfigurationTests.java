package dev.ucare.boot.autoconfigure.validation;

import java.util.Set;

import dev.ucare.boot.autoconfigure.UploadcareAutoConfiguration;
import dev.ucare.client.reference.FileReference;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ValidationException;
import jakarta.validation.Validator;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.boot.validation.autoconfigure.ValidationAutoConfiguration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class UploadcareValidationAutoConfigurationTests {

	private static final String ID = "52da3bfc-7cd8-4861-8b05-126fef7a6994";

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(ValidationAutoConfiguration.class, UploadcareAutoConfiguration.class,
				UploadcareValidationAutoConfiguration.class))
		// nothing listens on port 9: every check fails to reach Uploadcare
		.withPropertyValues("uploadcare.public-key=pk", "uploadcare.secret-key=sk",
				"uploadcare.rest.base-url=http://127.0.0.1:9/", "uploadcare.upload.base-url=http://127.0.0.1:9/",
				"uploadcare.retry.max-retries=0");

	@Test
	void uploadcareThatCannotBeReachedIsAViolationNotAnException() {
		runner.run(context -> {
			assertThat(context).hasSingleBean(UploadcareFileChecker.class).doesNotHaveBean(StoreWhenValidAdvice.class);
			Set<ConstraintViolation<Form>> violations = context.getBean(Validator.class)
				.validate(new Form(FileReference.of(ID), "  "));
			assertThat(violations).singleElement()
				.extracting(ConstraintViolation::getMessage)
				.isEqualTo("the file could not be checked with Uploadcare right now; please try again");
		});
	}

	@Test
	void invalidStringsAreViolationsAndMisdeclaredConstraintsFailLoudly() {
		runner.run(context -> {
			Validator validator = context.getBean(Validator.class);
			assertThat(validator.validate(new Form(null, "${1+1} not a file"))).singleElement()
				.extracting(ConstraintViolation::getMessage)
				.isEqualTo("is not an Uploadcare file: '__1+1_ not a file' contains no Uploadcare file UUID");
			assertThatExceptionOfType(ValidationException.class)
				.isThrownBy(() -> validator.validate(new BadSize(FileReference.of(ID))))
				.withMessageContaining("is not a size such as \"5MB\"");
			assertThatExceptionOfType(ValidationException.class).isThrownBy(() -> validator.validate(new BadType(42)))
				.withMessageContaining("not java.lang.Integer");
		});
		runner.withPropertyValues("uploadcare.secret-key=")
			.run(context -> assertThatExceptionOfType(ValidationException.class)
				.isThrownBy(() -> context.getBean(Validator.class).validate(new Storing(FileReference.of(ID))))
				.withMessageContaining("need the project's secret key"));
	}

	@Test
	void webApplicationsStoreOnlyWhenTheWholeObjectIsValid() {
		new WebApplicationContextRunner()
			.withConfiguration(AutoConfigurations.of(ValidationAutoConfiguration.class,
					UploadcareAutoConfiguration.class, UploadcareValidationAutoConfiguration.class))
			.withPropertyValues("uploadcare.public-key=pk")
			.run(context -> assertThat(context).hasSingleBean(StoreWhenValidAdvice.class));
	}

	@Test
	void withoutBeanValidationNothingIsConfigured() {
		runner.withClassLoader(new FilteredClassLoader("org.hibernate.validator"))
			.run(context -> assertThat(context).doesNotHaveBean(UploadcareFileChecker.class));
	}

	@Test
	void sizesAreShownReadably() {
		assertThat(UploadcareFileValidator.formatSize(512)).isEqualTo("512 bytes");
		assertThat(UploadcareFileValidator.formatSize(2048)).isEqualTo("2 KB");
		assertThat(UploadcareFileValidator.formatSize(12 * 1024 * 1024 + 300_000)).isEqualTo("12.3 MB");
	}

	record Form(@UploadcareFile FileReference file, @UploadcareFile String text) {
	}

	record BadSize(@UploadcareFile(maxSize = "huge") FileReference file) {
	}

	record BadType(@UploadcareFile Object file) {
	}

	record Storing(@UploadcareFile(storeWhenValid = true) FileReference file) {
	}

}
