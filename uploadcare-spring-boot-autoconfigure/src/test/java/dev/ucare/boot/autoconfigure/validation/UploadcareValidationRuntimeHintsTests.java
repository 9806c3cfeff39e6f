package dev.ucare.boot.autoconfigure.validation;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import org.junit.jupiter.api.Test;

import org.springframework.aot.hint.MemberCategory;
import org.springframework.aot.hint.RuntimeHints;
import org.springframework.aot.hint.RuntimeHintsRegistrar;
import org.springframework.aot.hint.predicate.RuntimeHintsPredicates;
import org.springframework.core.io.support.SpringFactoriesLoader;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link UploadcareValidationRuntimeHints}: every constraint and validator of the starter
 * and the messages bundle, registered for AOT.
 */
class UploadcareValidationRuntimeHintsTests {

	private final RuntimeHints hints = new RuntimeHints();

	UploadcareValidationRuntimeHintsTests() {
		new UploadcareValidationRuntimeHints().registerHints(hints, getClass().getClassLoader());
	}

	@Test
	void theHintsAreRegisteredThroughAotFactories() {
		assertThat(SpringFactoriesLoader.forResourceLocation("META-INF/spring/aot.factories")
			.load(RuntimeHintsRegistrar.class)).hasAtLeastOneElementOfType(UploadcareValidationRuntimeHints.class);
	}

	@Test
	void everyValidatorOfTheStarterCanBeCreatedAndEveryConstraintRead() {
		var classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
			.importPackages("dev.ucare.boot.autoconfigure");
		var validators = classes.stream()
			.filter((type) -> type.isAssignableTo(ConstraintValidator.class) && !type.isInterface())
			.map(JavaClass::reflect)
			.toList();
		var constraints = classes.stream()
			.filter((type) -> type.isAnnotatedWith(Constraint.class))
			.map(JavaClass::reflect)
			.toList();
		assertThat(validators).contains(UploadcareFileValidator.class)
			.allSatisfy((validator) -> assertThat(RuntimeHintsPredicates.reflection()
				.onType(validator)
				.withMemberCategory(MemberCategory.INVOKE_DECLARED_CONSTRUCTORS)).as("constructor of %s", validator)
				.accepts(hints));
		assertThat(constraints).contains(UploadcareFile.class)
			.allSatisfy((constraint) -> assertThat(RuntimeHintsPredicates.reflection()
				.onType(constraint)
				.withMemberCategory(MemberCategory.INVOKE_DECLARED_METHODS)).as("attributes of %s", constraint)
				.accepts(hints));
	}

	@Test
	void theMessagesBundleIsIncludedAndExists() {
		assertThat(RuntimeHintsPredicates.resource().forBundle(UploadcareValidationRuntimeHints.MESSAGES))
			.accepts(hints);
		assertThat(RuntimeHintsPredicates.resource()
			.forResource(UploadcareValidationRuntimeHints.MESSAGES + ".properties")).accepts(hints);
		assertThat(getClass().getClassLoader().getResource(UploadcareValidationRuntimeHints.MESSAGES + ".properties"))
			.isNotNull();
	}

}
