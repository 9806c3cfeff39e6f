package dev.ucare.boot.hibernate;

import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.WeakHashMap;

import dev.ucare.boot.autoconfigure.persistence.FileReferenceConverter;
import dev.ucare.boot.autoconfigure.persistence.GroupReferenceConverter;
import jakarta.persistence.Converter;
import org.hibernate.boot.model.TypeContributions;
import org.hibernate.boot.model.TypeContributor;
import org.hibernate.service.ServiceRegistry;
import org.hibernate.type.spi.TypeConfiguration;

/**
 * Applies {@link FileReferenceConverter} and {@link GroupReferenceConverter} to every
 * {@code FileReference} and {@code GroupReference} attribute of every Hibernate
 * persistence unit, without {@code @Convert} (listed in
 * {@code META-INF/services/org.hibernate.boot.model.TypeContributor}, which Hibernate
 * reads when it starts): Spring Boot's, one of your own, and the ones Spring Data JPA
 * builds ahead of time for its AOT repositories. An attribute's own {@code @Convert}
 * still wins. It contributes auto-applied subclasses of the two converters, kept in this
 * package outside the auto-configuration's: Hibernate refuses a converter class
 * registered twice, so they must never be among the classes an entity scan lists, and a
 * persistence unit may still list the converters themselves.
 */
public class ReferenceTypeContributor implements TypeContributor {

	/** The converter classes it contributes. */
	public static final List<Class<?>> CONVERTERS = List.of(AutoAppliedFileReferenceConverter.class,
			AutoAppliedGroupReferenceConverter.class);

	/**
	 * Hibernate's JPA bootstrap asks type contributors twice for one persistence unit
	 * (for the metadata builder's options, then while building the metadata), and refuses
	 * a converter registered twice: contribute once per type configuration.
	 */
	private static final Set<TypeConfiguration> CONTRIBUTED = Collections
		.synchronizedSet(Collections.newSetFromMap(new WeakHashMap<>()));

	@Override
	public void contribute(TypeContributions typeContributions, ServiceRegistry serviceRegistry) {
		if (CONTRIBUTED.add(typeContributions.getTypeConfiguration())) {
			typeContributions.contributeAttributeConverter(AutoAppliedFileReferenceConverter.class);
			typeContributions.contributeAttributeConverter(AutoAppliedGroupReferenceConverter.class);
		}
	}

	/**
	 * {@link FileReferenceConverter}, applied to every {@code FileReference} attribute.
	 */
	@Converter(autoApply = true)
	public static class AutoAppliedFileReferenceConverter extends FileReferenceConverter {

	}

	/**
	 * {@link GroupReferenceConverter}, applied to every {@code GroupReference} attribute.
	 */
	@Converter(autoApply = true)
	public static class AutoAppliedGroupReferenceConverter extends GroupReferenceConverter {

	}

}
