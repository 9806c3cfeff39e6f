package dev.ucare.emulator;

import static org.assertj.core.api.Assertions.assertThat;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import java.util.List;

import org.jspecify.annotations.NullMarked;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/**
 * The emulator's rooms: its own wire representation (never the client's), protocol rooms
 * independent of each other, plumbing and state below the protocols, test glue kept out
 * of the internals.
 */
class EmulatorArchitectureTest {

	static final List<String> PROTOCOLS = List.of("upload", "rest", "cdn", "webhook");

	static JavaClasses emulator;

	@BeforeAll
	static void importClasses() {
		emulator = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
			.importPackages("dev.ucare.emulator");
		// the rules below would pass on nothing: make sure every room was imported
		for (String type : List.of("upload.UploadApi", "rest.RestFiles", "cdn.Cdn", "webhook.WebhookDispatcher",
				"http.Listener", "state.State", "UploadcareEmulator")) {
			assertThat(emulator.contain("dev.ucare.emulator." + type)).as(type).isTrue();
		}
	}

	private static String room(String name) {
		return "dev.ucare.emulator." + name + "..";
	}

	@Test
	void theEmulatorDoesNotDependOnTheClient() {
		noClasses().should().dependOnClassesThat().resideInAPackage("dev.ucare.client..").check(emulator);
	}

	@Test
	void protocolRoomsDoNotDependOnEachOther() {
		for (String protocol : PROTOCOLS) {
			String[] others = PROTOCOLS.stream()
				.filter(p -> !p.equals(protocol))
				.map(p -> room(p))
				.toArray(String[]::new);
			noClasses().that()
				.resideInAPackage(room(protocol))
				.should()
				.dependOnClassesThat()
				.resideInAnyPackage(others)
				.because("each protocol room stands alone; what they share lives in http or state")
				.check(emulator);
		}
	}

	@Test
	void plumbingAndStateKnowNoProtocol() {
		String[] protocols = PROTOCOLS.stream().map(p -> room(p)).toArray(String[]::new);
		noClasses().that()
			.resideInAnyPackage(room("http"), room("state"))
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage(protocols)
			.check(emulator);
		noClasses().that()
			.resideInAPackage(room("http"))
			.should()
			.dependOnClassesThat()
			.resideInAPackage(room("state"))
			.because("the HTTP plumbing serves any listener and holds no emulator state")
			.check(emulator);
	}

	@Test
	void internalsNeedNeitherJUnitNorSpring() {
		String[] internals = { room("http"), room("state"), room("upload"), room("rest"), room("cdn"),
				room("webhook") };
		noClasses().that()
			.resideInAnyPackage(internals)
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("org.junit..", "org.springframework..", "dev.ucare.emulator.spring..")
			.because("JUnit and Spring are optional dependencies: the emulator runs without them")
			.check(emulator);
	}

	@Test
	void everyPackageIsNullMarked() {
		// NullAway checks all of dev.ucare; @NullMarked is what Kotlin and other tools
		// read
		java.util.Map<String, Package> packages = new java.util.TreeMap<>();
		emulator.forEach(type -> packages.put(type.getPackageName(), type.reflect().getPackage()));
		assertThat(packages).hasSizeGreaterThanOrEqualTo(8);
		packages.forEach((name, pkg) -> assertThat(pkg.isAnnotationPresent(NullMarked.class)).as(name).isTrue());
	}

}
