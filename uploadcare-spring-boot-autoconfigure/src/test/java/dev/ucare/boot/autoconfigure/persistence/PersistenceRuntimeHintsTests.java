package dev.ucare.boot.autoconfigure.persistence;

import dev.ucare.boot.hibernate.ReferenceTypeContributor;
import org.junit.jupiter.api.Test;

import org.springframework.aot.hint.MemberCategory;
import org.springframework.aot.hint.RuntimeHints;
import org.springframework.aot.hint.RuntimeHintsRegistrar;
import org.springframework.aot.hint.predicate.RuntimeHintsPredicates;
import org.springframework.core.io.support.SpringFactoriesLoader;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link PersistenceRuntimeHints}: Hibernate can create the converters the
 * auto-configuration adds at run time, and the lifecycle can read its annotations, in a
 * native image.
 */
class PersistenceRuntimeHintsTests {

	private final RuntimeHints hints = new RuntimeHints();

	PersistenceRuntimeHintsTests() {
		new PersistenceRuntimeHints().registerHints(hints, getClass().getClassLoader());
	}

	@Test
	void theHintsAreRegisteredThroughAotFactories() {
		assertThat(SpringFactoriesLoader.forResourceLocation("META-INF/spring/aot.factories")
			.load(RuntimeHintsRegistrar.class)).hasAtLeastOneElementOfType(PersistenceRuntimeHints.class);
	}

	@Test
	void theConvertersCanBeCreatedAndCalled() throws NoSuchMethodException {
		for (Class<?> converter : new Class<?>[] { FileReferenceConverter.class, GroupReferenceConverter.class,
				ReferenceTypeContributor.AutoAppliedFileReferenceConverter.class,
				ReferenceTypeContributor.AutoAppliedGroupReferenceConverter.class }) {
			assertThat(RuntimeHintsPredicates.reflection().onConstructorInvocation(converter.getConstructor()))
				.accepts(hints);
			assertThat(RuntimeHintsPredicates.reflection()
				.onType(converter)
				.withMemberCategory(MemberCategory.INVOKE_PUBLIC_METHODS)).accepts(hints);
		}
		assertThat(RuntimeHintsPredicates.reflection()
			.onConstructorInvocation(ReferenceTypeContributor.class.getConstructor())).accepts(hints);
		assertThat(RuntimeHintsPredicates.resource()
			.forResource("META-INF/services/org.hibernate.boot.model.TypeContributor")).accepts(hints);
	}

	@Test
	void theLifecycleAnnotationsCanBeRead() {
		assertThat(RuntimeHintsPredicates.reflection().onType(UploadcareStore.class)).accepts(hints);
		assertThat(RuntimeHintsPredicates.reflection().onType(UploadcareDeleteOnRemove.class)).accepts(hints);
	}

}
