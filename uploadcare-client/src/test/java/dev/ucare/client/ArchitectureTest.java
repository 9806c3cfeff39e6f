package dev.ucare.client;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import dev.ucare.archfixture.BrokenArchitecture;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The client's architecture invariants ({@link ArchitectureRules}) hold for its main
 * classes, and each rule fails on a fixture that breaks it (so a rule cannot pass
 * vacuously).
 */
class ArchitectureTest {

	private static final JavaClasses CLIENT = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("dev.ucare.client");

	private static final ArchitectureRules RULES = new ArchitectureRules("dev.ucare.client");

	private static final JavaClasses FIXTURES = new ClassFileImporter()
		.importPackages(BrokenArchitecture.class.getPackageName());

	private static final ArchitectureRules FIXTURE_RULES = new ArchitectureRules(
			BrokenArchitecture.class.getPackageName());

	@Test
	void importsTheWholeClient() {
		assertThat(CLIENT.contain(UploadcareClient.class)).isTrue();
		assertThat(CLIENT.size()).isGreaterThan(150);
	}

	@Test
	void clientDoesNotDependOnSpringBoot() {
		RULES.noSpringBoot().check(CLIENT);
	}

	@Test
	void publicSignaturesDoNotMentionInternalTypes() {
		RULES.noInternalTypesInPublicSignatures().check(CLIENT);
	}

	@Test
	void capabilitiesMeetThroughPublicTypes() {
		RULES.capabilitiesMeetThroughPublicTypes().check(CLIENT);
	}

	@Test
	void implementationsAreWiredByTheEntryPointOnly() {
		RULES.implementationsAreWiredByTheEntryPointOnly().check(CLIENT);
	}

	@Test
	void everyPackageIsNullMarked() {
		RULES.everyPackageIsNullMarked().check(CLIENT);
	}

	@Test
	void eachRuleFailsOnTheFixtureThatBreaksIt() {
		assertViolation(FIXTURE_RULES.noSpringBoot(), "SpringBootUser");
		assertViolation(FIXTURE_RULES.noInternalTypesInPublicSignatures(), "LeakingApi");
		assertViolation(FIXTURE_RULES.capabilitiesMeetThroughPublicTypes(), "GroupsUsingFilesImplementation");
		assertViolation(FIXTURE_RULES.implementationsAreWiredByTheEntryPointOnly(), "PlumbingUsingAnImplementation");
		assertViolation(FIXTURE_RULES.everyPackageIsNullMarked(), "UnmarkedApi");
	}

	private static void assertViolation(ArchRule rule, String offender) {
		EvaluationResult result = rule.evaluate(FIXTURES);
		assertThat(result.hasViolation()).as(rule.getDescription()).isTrue();
		assertThat(result.getFailureReport().getDetails()).as(rule.getDescription())
			.anySatisfy(line -> assertThat(line).contains(offender));
		assertThat(result.getFailureReport().getDetails()).as("only the intended offender breaks " + rule)
			.allSatisfy(line -> assertThat(line).contains(offender));
	}

}
