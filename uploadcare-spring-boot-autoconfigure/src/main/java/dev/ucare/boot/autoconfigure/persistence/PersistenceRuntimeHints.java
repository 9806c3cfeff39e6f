package dev.ucare.boot.autoconfigure.persistence;

import dev.ucare.boot.hibernate.ReferenceTypeContributor;
import org.jspecify.annotations.Nullable;

import org.springframework.aot.hint.MemberCategory;
import org.springframework.aot.hint.RuntimeHints;
import org.springframework.aot.hint.RuntimeHintsRegistrar;

/**
 * What Hibernate and the entity lifecycle reflect on, for Spring AOT and native images
 * (registered in {@code META-INF/spring/aot.factories}): the type contributor Hibernate
 * loads as a service, the converters it contributes (not among the scanned managed types
 * Spring's JPA processing registers), and the lifecycle annotations read from entity
 * classes.
 */
class PersistenceRuntimeHints implements RuntimeHintsRegistrar {

	@Override
	public void registerHints(RuntimeHints hints, @Nullable ClassLoader classLoader) {
		hints.resources().registerPattern("META-INF/services/org.hibernate.boot.model.TypeContributor");
		hints.reflection()
			.registerType(ReferenceTypeContributor.class, MemberCategory.INVOKE_PUBLIC_CONSTRUCTORS)
			.registerType(FileReferenceConverter.class, MemberCategory.INVOKE_PUBLIC_CONSTRUCTORS,
					MemberCategory.INVOKE_PUBLIC_METHODS)
			.registerType(GroupReferenceConverter.class, MemberCategory.INVOKE_PUBLIC_CONSTRUCTORS,
					MemberCategory.INVOKE_PUBLIC_METHODS)
			.registerType(ReferenceTypeContributor.AutoAppliedFileReferenceConverter.class,
					MemberCategory.INVOKE_PUBLIC_CONSTRUCTORS, MemberCategory.INVOKE_PUBLIC_METHODS)
			.registerType(ReferenceTypeContributor.AutoAppliedGroupReferenceConverter.class,
					MemberCategory.INVOKE_PUBLIC_CONSTRUCTORS, MemberCategory.INVOKE_PUBLIC_METHODS)
			.registerType(UploadcareStore.class, MemberCategory.INVOKE_PUBLIC_METHODS)
			.registerType(UploadcareDeleteOnRemove.class, MemberCategory.INVOKE_PUBLIC_METHODS);
	}

}
