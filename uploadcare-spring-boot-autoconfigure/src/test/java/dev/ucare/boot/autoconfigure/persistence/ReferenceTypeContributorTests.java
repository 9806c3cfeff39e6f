package dev.ucare.boot.autoconfigure.persistence;

import dev.ucare.boot.hibernate.ReferenceTypeContributor;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.UUID;

import dev.ucare.boot.entities.Note;
import dev.ucare.client.reference.FileReference;
import dev.ucare.client.reference.GroupReference;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import org.hibernate.boot.model.TypeContributor;
import org.junit.jupiter.api.Test;

import org.springframework.jdbc.datasource.embedded.EmbeddedDatabase;
import org.springframework.jdbc.datasource.embedded.EmbeddedDatabaseBuilder;
import org.springframework.jdbc.datasource.embedded.EmbeddedDatabaseType;
import org.springframework.orm.jpa.LocalContainerEntityManagerFactoryBean;
import org.springframework.orm.jpa.vendor.HibernateJpaVendorAdapter;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link ReferenceTypeContributor}: Hibernate finds it as a service, so the converters
 * map reference attributes of any persistence unit, one built without Spring Boot
 * included.
 */
class ReferenceTypeContributorTests {

	@Test
	void hibernateLoadsItAsAService() {
		assertThat(ServiceLoader.load(TypeContributor.class))
			.hasAtLeastOneElementOfType(ReferenceTypeContributor.class);
	}

	@Test
	void referencesRoundTripInAPersistenceUnitOfYourOwn() {
		roundTrip();
	}

	@Test
	void aPersistenceUnitThatAlsoListsTheConvertersWorksToo() {
		roundTrip(FileReferenceConverter.class.getName(), GroupReferenceConverter.class.getName());
	}

	private void roundTrip(String... managedClasses) {
		EmbeddedDatabase database = new EmbeddedDatabaseBuilder().setType(EmbeddedDatabaseType.H2)
			.generateUniqueName(true)
			.build();
		LocalContainerEntityManagerFactoryBean factory = new LocalContainerEntityManagerFactoryBean();
		factory.setDataSource(database);
		factory.setPackagesToScan(Note.class.getPackageName());
		factory.setPersistenceUnitPostProcessors(
				(unit) -> java.util.Arrays.stream(managedClasses).forEach(unit::addManagedClassName));
		factory.setJpaVendorAdapter(new HibernateJpaVendorAdapter());
		factory.setJpaPropertyMap(Map.of("hibernate.hbm2ddl.auto", "create-drop"));
		factory.afterPropertiesSet();
		try {
			EntityManagerFactory entityManagers = factory.getObject();
			String uuid = UUID.randomUUID().toString();
			FileReference file = FileReference.parse(uuid + "/-/preview/").withProject("eu");
			GroupReference group = GroupReference.of(uuid + "~2");
			EntityManager em = entityManagers.createEntityManager();
			em.getTransaction().begin();
			Note note = new Note(file, group);
			em.persist(note);
			em.getTransaction().commit();
			em.clear();
			Note read = em.find(Note.class, note.getId());
			assertThat(read.getFile()).isEqualTo(file);
			assertThat(read.getPhotos()).isEqualTo(group);
			em.close();
		}
		finally {
			factory.destroy();
			database.shutdown();
		}
	}

}
