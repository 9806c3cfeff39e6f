package dev.ucare.client;

import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.domain.JavaType;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import org.jspecify.annotations.NullMarked;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The client's architecture as ArchUnit rules over a package root (the client's
 * {@code dev.ucare.client}, or a fixture root that breaks each rule on purpose).
 *
 * <p>
 * Layout: {@code <root>} holds the entry point, errors and settings; each capability has
 * a public package {@code <root>.<capability>} (interfaces, records, builders,
 * exceptions) and, when it has an implementation, {@code <root>.internal.<capability>};
 * {@code <root>.internal} itself holds the shared HTTP plumbing.
 */
final class ArchitectureRules {

	private final String root;

	private final String internal;

	ArchitectureRules(String root) {
		this.root = root;
		this.internal = root + ".internal";
	}

	/** The client runs without Spring Boot: nothing under the root uses it. */
	ArchRule noSpringBoot() {
		return noClasses().that()
			.resideInAPackage(root + "..")
			.should()
			.dependOnClassesThat()
			.resideInAPackage("org.springframework.boot..")
			.because("the client is plain Java on Spring Framework; Boot support lives in the starter");
	}

	/**
	 * What a user can see of a public package (public and protected members of public
	 * types: supertypes, fields, parameters, return and thrown types, type arguments)
	 * never mentions an internal type.
	 */
	ArchRule noInternalTypesInPublicSignatures() {
		return classes().that(publicApi())
			.should(new ArchCondition<>("expose no " + internal + " type in a public signature") {
				@Override
				public void check(JavaClass type, ConditionEvents events) {
					if (!type.getModifiers().contains(JavaModifier.PUBLIC)) {
						return;
					}
					Stream<Exposure> exposures = Stream.concat(supertypes(type), members(type));
					exposures.filter(exposure -> isInternal(exposure.type()))
						.forEach(exposure -> events.add(SimpleConditionEvent.violated(type,
								type.getName() + " exposes " + exposure.type().getName() + " in " + exposure.where())));
				}
			});
	}

	/**
	 * Capabilities meet only through public types: code of one capability (its public
	 * package or its implementation) never uses another capability's implementation.
	 */
	ArchRule capabilitiesMeetThroughPublicTypes() {
		return classes().that()
			.resideInAPackage(root + "..")
			.should(new ArchCondition<>("use other capabilities only through their public types") {
				@Override
				public void check(JavaClass type, ConditionEvents events) {
					Optional<String> own = capability(type);
					if (own.isEmpty()) {
						return; // the entry point and the shared plumbing: see the other
								// rules
					}
					for (Dependency dependency : type.getDirectDependenciesFromSelf()) {
						JavaClass target = dependency.getTargetClass();
						Optional<String> other = capability(target);
						if (other.isEmpty() || other.equals(own) || !target.getPackageName().startsWith(root)) {
							continue;
						}
						if (isInternal(target) || !target.getModifiers().contains(JavaModifier.PUBLIC)) {
							events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
						}
					}
				}
			});
	}

	/**
	 * Capability implementations ({@code internal.<capability>}) are wired by the root
	 * package (the entry point) only; neither public packages nor the shared plumbing
	 * reach into them.
	 */
	ArchRule implementationsAreWiredByTheEntryPointOnly() {
		return noClasses()
			.that(new DescribedPredicate<>("are under " + root + ", outside its root package and the implementations") {
				@Override
				public boolean test(JavaClass type) {
					String pkg = type.getPackageName();
					return pkg.startsWith(root + ".") && !isImplementation(type);
				}
			})
			.should()
			.dependOnClassesThat(new DescribedPredicate<>("are capability implementations in " + internal + ".*") {
				@Override
				public boolean test(JavaClass type) {
					return isImplementation(type);
				}
			});
	}

	/**
	 * Every package is {@code @NullMarked} (JSpecify): its types are non-null unless
	 * annotated {@code @Nullable}, as Kotlin and NullAway read them.
	 */
	ArchRule everyPackageIsNullMarked() {
		return classes().that()
			.resideInAPackage(root + "..")
			.should(new ArchCondition<>("reside in a @NullMarked package") {
				@Override
				public void check(JavaClass type, ConditionEvents events) {
					if (!type.getPackage().isAnnotatedWith(NullMarked.class)) {
						events.add(SimpleConditionEvent.violated(type, type.getName() + " is in package "
								+ type.getPackageName() + ", which has no @NullMarked package-info"));
					}
				}
			});
	}

	private DescribedPredicate<JavaClass> publicApi() {
		return new DescribedPredicate<>("are in a public package under " + root) {
			@Override
			public boolean test(JavaClass type) {
				String pkg = type.getPackageName();
				return (pkg.equals(root) || pkg.startsWith(root + ".")) && !isInternal(type);
			}
		};
	}

	private boolean isInternal(JavaClass type) {
		String pkg = type.getPackageName();
		return pkg.equals(internal) || pkg.startsWith(internal + ".");
	}

	private boolean isImplementation(JavaClass type) {
		return type.getPackageName().startsWith(internal + ".");
	}

	/**
	 * The capability of a type: {@code files} for {@code <root>.files..} and
	 * {@code <root>.internal.files..}; empty for the root and the shared plumbing.
	 */
	private Optional<String> capability(JavaClass type) {
		String pkg = type.getPackageName();
		String rest = pkg.startsWith(internal + ".") ? pkg.substring(internal.length() + 1)
				: pkg.startsWith(root + ".") && !pkg.equals(internal) ? pkg.substring(root.length() + 1) : null;
		if (rest == null) {
			return Optional.empty();
		}
		int dot = rest.indexOf('.');
		return Optional.of(dot < 0 ? rest : rest.substring(0, dot));
	}

	private record Exposure(JavaClass type, String where) {
	}

	private static Stream<Exposure> supertypes(JavaClass type) {
		Stream<JavaType> supers = Stream.concat(type.getSuperclass().stream(), type.getInterfaces().stream());
		return supers.flatMap(t -> t.getAllInvolvedRawTypes().stream()).map(t -> new Exposure(t, "a supertype"));
	}

	private static Stream<Exposure> members(JavaClass type) {
		Stream<Exposure> fields = type.getFields()
			.stream()
			.filter(field -> visible(field.getModifiers()))
			.flatMap(field -> field.getType()
				.getAllInvolvedRawTypes()
				.stream()
				.map(t -> new Exposure(t, "field " + field.getName())));
		Stream<Exposure> codeUnits = type.getCodeUnits()
			.stream()
			.filter(unit -> visible(unit.getModifiers()) && !unit.getModifiers().contains(JavaModifier.SYNTHETIC))
			.flatMap(unit -> signature(unit).map(t -> new Exposure(t, unit.getFullName())));
		return Stream.concat(fields, codeUnits);
	}

	private static Stream<JavaClass> signature(JavaCodeUnit unit) {
		Stream<JavaType> types = Stream.concat(Stream.of(unit.getReturnType()),
				Stream.concat(unit.getParameterTypes().stream(), unit.getExceptionTypes().stream()));
		return types.flatMap(t -> t.getAllInvolvedRawTypes().stream());
	}

	private static boolean visible(Set<JavaModifier> modifiers) {
		return modifiers.contains(JavaModifier.PUBLIC) || modifiers.contains(JavaModifier.PROTECTED);
	}

}
