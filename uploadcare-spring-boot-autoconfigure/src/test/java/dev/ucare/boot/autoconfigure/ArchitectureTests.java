package dev.ucare.boot.autoconfigure;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import org.jspecify.annotations.NullMarked;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.context.annotation.Bean;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The auto-configuration module's invariants: auto-configurations in Spring Boot's own
 * style, and each optional integration in its own package.
 */
class ArchitectureTests {

	private static final String ROOT = "dev.ucare.boot.autoconfigure";

	private static final JavaClasses CLASSES = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages(ROOT);

	@Test
	void autoConfigurationsArePublicAndFinal() {
		check(classes().that()
			.areAnnotatedWith(AutoConfiguration.class)
			.should()
			.bePublic()
			.andShould()
			.haveModifier(JavaModifier.FINAL));
	}

	@Test
	void beanMethodsArePackagePrivate() {
		check(methods().that()
			.areAnnotatedWith(Bean.class)
			.should()
			.notBePublic()
			.andShould()
			.notBeProtected()
			.andShould()
			.notBePrivate());
	}

	@Test
	void healthSupportStaysInTheHealthPackage() {
		onlyIn(ROOT + ".health..", "org.springframework.boot.health..");
	}

	@Test
	void actuatorSupportStaysInTheActuatePackage() {
		onlyIn(ROOT + ".actuate..", "org.springframework.boot.actuate..");
	}

	/**
	 * Micrometer's meters (optional) stay in the metrics package; its Observation API is
	 * the client's own dependency, so the client's builder is given the application's
	 * {@code ObservationRegistry} where it is configured.
	 */
	@Test
	void micrometerMetersStayInTheMetricsPackage() {
		onlyIn(ROOT + ".metrics..", "io.micrometer.core..", "org.springframework.boot.micrometer..");
	}

	@Test
	void servletWebSupportStaysInTheWebhooksAndUploaderPackages() {
		check(noClasses().that()
			.resideInAPackage(ROOT + "..")
			.and()
			.resideOutsideOfPackages(ROOT + ".webhooks..", ROOT + ".uploader..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("org.springframework.web.servlet..", "jakarta.servlet..",
					"org.springframework.boot.webmvc.."));
	}

	@Test
	void thymeleafStaysInTheUploadersThymeleafPackage() {
		onlyIn(ROOT + ".uploader.thymeleaf..", "org.thymeleaf..", "org.springframework.boot.thymeleaf..");
	}

	@Test
	void springSecurityStaysInTheUploaderAndWebhookSecurityPackages() {
		check(noClasses().that()
			.resideInAPackage(ROOT + "..")
			.and()
			.resideOutsideOfPackages(ROOT + ".uploader..", ROOT + ".webhooks.security..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("org.springframework.security.."));
	}

	@Test
	void beanValidationStaysInTheValidationPackage() {
		onlyIn(ROOT + ".validation..", "jakarta.validation..", "org.hibernate.validator..",
				"org.springframework.boot.validation..");
	}

	@Test
	void jpaHibernateAndSpringOrmStayInThePersistencePackage() {
		check(noClasses().that()
			.resideInAPackage(ROOT + "..")
			.and()
			.resideOutsideOfPackage(ROOT + ".persistence..")
			.should()
			.dependOnClassesThat(DescribedPredicate.describe("are JPA, Hibernate ORM or Spring ORM classes",
					(JavaClass type) -> type.getPackageName().startsWith("jakarta.persistence")
							|| (type.getPackageName().startsWith("org.hibernate.")
									&& !type.getPackageName().startsWith("org.hibernate.validator"))
							|| type.getPackageName().startsWith("org.springframework.orm")
							|| type.getPackageName().startsWith("org.springframework.boot.jpa")
							|| type.getPackageName().startsWith("org.springframework.boot.hibernate"))));
	}

	@Test
	void theEmulatorStaysInTheEmulatorPackage() {
		onlyIn(ROOT + ".emulator..", "dev.ucare.emulator..");
	}

	@Test
	void bootsHttpClientSupportStaysInItsGuardedConfiguration() {
		check(noClasses().that()
			.resideInAPackage(ROOT + "..")
			.and()
			.doNotHaveSimpleName("BootHttpClientConfiguration")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("org.springframework.boot.http.client..", "org.springframework.boot.restclient.."));
	}

	@Test
	void everyPackageIsNullMarked() {
		// NullAway checks all of dev.ucare; @NullMarked is what Kotlin and other tools
		// read. The whole module: its Hibernate services live outside the root package.
		JavaClasses module = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
			.importPackages("dev.ucare.boot");
		classes().that()
			.resideInAPackage("dev.ucare.boot..")
			.should(new ArchCondition<>("reside in a @NullMarked package") {
				@Override
				public void check(JavaClass type, ConditionEvents events) {
					if (!type.getPackage().isAnnotatedWith(NullMarked.class)) {
						events.add(SimpleConditionEvent.violated(type, type.getName() + " is in package "
								+ type.getPackageName() + ", which has no @NullMarked package-info"));
					}
				}
			})
			.check(module);
		assertThat(module.stream().map(JavaClass::getPackageName).distinct()).hasSizeGreaterThanOrEqualTo(17);
	}

	private static void onlyIn(String home, String... packages) {
		check(noClasses().that()
			.resideInAPackage(ROOT + "..")
			.and()
			.resideOutsideOfPackage(home)
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage(packages));
	}

	private static void check(ArchRule rule) {
		rule.check(CLASSES);
	}

}
