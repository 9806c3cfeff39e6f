package dev.ucare.boot.autoconfigure.persistence;

import org.springframework.aot.hint.MemberCategory;
import org.springframework.aot.hint.RuntimeHints;
import org.springframework.aot.hint.RuntimeHintsRegistrar;

/**
 * What Hibernate and the entity lifecycle reflect on, for Spring AOT and native images
 * (registered in {@code META-INF/spring/aot.factories}): the converters, which the
 * auto-configuration adds to the persistence unit at run time (after Spring's JPA
 * processing registered the scanned managed types), and the lifecycle annotations read
 * from entity classes.
 */
class PersistenceRuntimeHints implements RuntimeHintsRegistrar {

	@Override
	public void registerHints(RuntimeHints hints, ClassLoader classLoader) {
		hints.reflection()
			.registerType(FileReferenceConverter.class, MemberCategory.INVOKE_PUBLIC_CONSTRUCTORS,
					MemberCategory.INVOKE_PUBLIC_METHODS)
			.registerType(GroupReferenceConverter.class, MemberCategory.INVOKE_PUBLIC_CONSTRUCTORS,
					MemberCategory.INVOKE_PUBLIC_METHODS)
			.registerType(UploadcareStore.class, MemberCategory.INVOKE_PUBLIC_METHODS)
			.registerType(UploadcareDeleteOnRemove.class, MemberCategory.INVOKE_PUBLIC_METHODS);
	}

}
