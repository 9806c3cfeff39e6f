package dev.ucare.boot.autoconfigure.persistence;

import java.net.URL;
import java.util.ArrayList;
import java.util.List;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.orm.jpa.persistenceunit.PersistenceManagedTypes;

/**
 * Adds {@link FileReferenceConverter} and {@link GroupReferenceConverter} to the managed
 * types of Spring Boot's persistence unit, so that they apply to every reference
 * attribute without {@code @Convert}.
 */
final class ReferenceConvertersManagedTypes implements BeanPostProcessor {

	static final List<String> CONVERTERS = List.of(FileReferenceConverter.class.getName(),
			GroupReferenceConverter.class.getName());

	@Override
	public Object postProcessAfterInitialization(Object bean, String beanName) {
		if (bean instanceof PersistenceManagedTypes types && !types.getManagedClassNames().containsAll(CONVERTERS)) {
			return withConverters(types);
		}
		return bean;
	}

	static PersistenceManagedTypes withConverters(PersistenceManagedTypes types) {
		List<String> classNames = new ArrayList<>(types.getManagedClassNames());
		CONVERTERS.stream().filter((name) -> !classNames.contains(name)).forEach(classNames::add);
		List<String> packages = List.copyOf(types.getManagedPackages());
		URL root = types.getPersistenceUnitRootUrl();
		List<String> names = List.copyOf(classNames);
		return new PersistenceManagedTypes() {

			@Override
			public List<String> getManagedClassNames() {
				return names;
			}

			@Override
			public List<String> getManagedPackages() {
				return packages;
			}

			@Override
			public URL getPersistenceUnitRootUrl() {
				return root;
			}

		};
	}

}
