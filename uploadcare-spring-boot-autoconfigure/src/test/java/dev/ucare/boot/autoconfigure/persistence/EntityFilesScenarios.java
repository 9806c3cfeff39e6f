package dev.ucare.boot.autoconfigure.persistence;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import dev.ucare.boot.autoconfigure.MarketingProject;
import dev.ucare.boot.entities.Album;
import dev.ucare.boot.entities.Attachment;
import dev.ucare.boot.entities.Note;
import dev.ucare.boot.entities.Picture;
import dev.ucare.client.reference.FileReference;
import dev.ucare.client.reference.GroupReference;
import dev.ucare.emulator.EmulatedFile;
import dev.ucare.emulator.LoggedRequest;
import dev.ucare.emulator.SeedFile;
import dev.ucare.emulator.UploadcareEmulator;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.search.Search;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.opentest4j.TestAbortedException;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.persistence.autoconfigure.EntityScan;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The files-on-entities scenarios, run against each database by a subclass: a Spring Boot
 * application (JPA, Hibernate, the starter's auto-configuration) on the emulator, with a
 * second project "marketing". Each test commits (or rolls back) real transactions and
 * looks at the emulator's files and request log once the lifecycle is idle.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ExtendWith(OutputCaptureExtension.class)
abstract class EntityFilesScenarios {

	static final String MARKETING_PUBLIC_KEY = MarketingProject.PUBLIC_KEY;

	static final String MARKETING_SECRET_KEY = MarketingProject.SECRET_KEY;

	private static final String STORAGE = "^/files/storage/$";

	private UploadcareEmulator emulator;

	private ConfigurableApplicationContext context;

	private TransactionTemplate transactions;

	private EntityManager entityManager;

	private EntityFileLifecycle lifecycle;

	private Failures failures;

	private String skipped;

	/**
	 * The data source properties of the database under test.
	 * @throws TestAbortedException to skip every test, saying why
	 */
	abstract Map<String, Object> database();

	/** Called once the application has stopped. */
	void databaseDone() {
	}

	@BeforeAll
	void start() {
		Map<String, Object> properties;
		try {
			properties = new HashMap<>(database());
		}
		catch (TestAbortedException ex) {
			skipped = ex.getMessage();
			System.err.println(getClass().getSimpleName() + " skipped: " + skipped);
			return;
		}
		emulator = MarketingProject.known(UploadcareEmulator.builder()).start();
		properties.putAll(emulator.properties());
		properties.putAll(MarketingProject.properties());
		properties.put("uploadcare.retry.initial-delay", "5ms");
		properties.put("uploadcare.retry.max-delay", "20ms");
		properties.put("uploadcare.persistence.lifecycle.retry.initial-delay", "10ms");
		properties.put("uploadcare.persistence.lifecycle.retry.max-delay", "50ms");
		properties.put("spring.jpa.hibernate.ddl-auto", "create");
		properties.put("spring.jpa.properties.hibernate.jdbc.batch_size", "100");
		properties.put("spring.jpa.properties.hibernate.order_inserts", "true");
		properties.put("spring.main.banner-mode", "off");
		context = new SpringApplicationBuilder(TestApplication.class).web(WebApplicationType.NONE)
			.properties(properties)
			.run();
		transactions = new TransactionTemplate(
				context.getBean(org.springframework.transaction.PlatformTransactionManager.class));
		entityManager = context.getBean(EntityManager.class);
		lifecycle = context.getBean(EntityFileLifecycle.class);
		failures = context.getBean(Failures.class);
	}

	@AfterAll
	void stop() {
		if (context != null) {
			context.close();
		}
		if (emulator != null) {
			emulator.close();
		}
		databaseDone();
	}

	@BeforeEach
	void reset() throws InterruptedException {
		assumeTrue(skipped == null, skipped);
		assertThat(lifecycle.awaitIdle(Duration.ofSeconds(30))).isTrue();
		JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
		for (String table : List.of("picture", "album", "attachment", "note")) {
			jdbc.update("delete from " + table);
		}
		emulator.reset();
		failures.events.clear();
		context.getBean(MeterRegistry.class).clear();
	}

	@Test
	void referencesSurviveARoundTripWithTheirEffectsAndProject() {
		String uuid = UUID.randomUUID().toString();
		FileReference file = FileReference
			.parse(emulator.cdnBaseUrl() + uuid + "/-/crop/10x20/1,2/-/resize/5x/my%20photo.jpg")
			.withProject("marketing");
		GroupReference group = GroupReference.of(uuid + "~3").withCdnBase(emulator.cdnBaseUrl());
		Long id = query((em) -> {
			Note note = new Note(file, group);
			em.persist(note);
			return note.getId();
		});
		Note read = query((em) -> em.find(Note.class, id));
		assertThat(read.getFile()).isEqualTo(file);
		assertThat(read.getFile().operations()).containsExactly("crop/10x20/1,2", "resize/5x");
		assertThat(read.getPhotos()).isEqualTo(group);
		Map<String, Object> row = context.getBean(JdbcTemplate.class)
			.queryForMap("select file, photos from note where id = ?", id);
		assertThat(row.get("file")).isEqualTo(file + "#project=marketing");
		assertThat(row.get("photos")).isEqualTo(emulator.cdnBaseUrl() + uuid + "~3/");
		Long empty = query((em) -> {
			Note note = new Note(null, null);
			em.persist(note);
			return note.getId();
		});
		FileReference none = query((em) -> em.find(Note.class, empty).getFile());
		assertThat(none).isNull();
	}

	@Test
	void commitStoresTheFile() throws InterruptedException {
		String uuid = unstoredFile();
		transaction((em) -> em.persist(new Picture("a", reference(uuid))));
		awaitIdle();
		assertThat(file(uuid).isStored()).isTrue();
		assertThat(counted("store", "success", "default")).isEqualTo(1);
		assertThat(failures.events).isEmpty();
	}

	@Test
	void rollbackStoresNothing() throws InterruptedException {
		String uuid = unstoredFile();
		transactions.executeWithoutResult((status) -> {
			entityManager.persist(new Picture("a", reference(uuid)));
			entityManager.flush();
			status.setRollbackOnly();
		});
		awaitIdle();
		assertThat(file(uuid).isStored()).isFalse();
		assertThat(emulator.requestLog().count(STORAGE)).isZero();
		assertThat(pictures()).isZero();
	}

	@Test
	void replacingDeletesTheOldFileAfterCommitAndStoresTheNewOne() throws InterruptedException {
		String first = unstoredFile();
		String thumbnail = unstoredFile();
		Long id = query((em) -> {
			Picture picture = new Picture("a", reference(first));
			picture.setThumbnail(reference(thumbnail));
			em.persist(picture);
			return picture.getId();
		});
		awaitIdle();
		String second = unstoredFile();
		String secondThumbnail = unstoredFile();
		transaction((em) -> {
			Picture picture = em.find(Picture.class, id);
			picture.setImage(reference(second)
				.withTransformation(dev.ucare.client.cdn.ImageTransformation.of(List.of("grayscale"))));
			picture.setThumbnail(reference(secondThumbnail));
			assertThat(file(first).isRemoved()).as("nothing happens before the commit").isFalse();
		});
		awaitIdle();
		assertThat(file(first).isRemoved()).isTrue();
		assertThat(file(second).isStored()).isTrue();
		assertThat(file(thumbnail).isStored()).as("@UploadcareStore alone never deletes").isTrue();
		assertThat(file(secondThumbnail).isStored()).isTrue();
		// CDN operations changed only: same file, nothing to do
		emulator.requestLog().clear();
		transaction((em) -> em.find(Picture.class, id).setImage(reference(second)));
		awaitIdle();
		assertThat(emulator.requestLog().count(STORAGE)).isZero();
	}

	@Test
	void removalDeletesTheFile() throws InterruptedException {
		String uuid = unstoredFile();
		Long id = persistedPicture(uuid);
		awaitIdle();
		assertThat(file(uuid).isStored()).isTrue();
		transaction((em) -> em.remove(em.find(Picture.class, id)));
		awaitIdle();
		assertThat(file(uuid).isRemoved()).isTrue();
		assertThat(counted("delete", "success", "default")).isEqualTo(1);
	}

	@Test
	void aFileMovedToAnotherEntityInTheSameTransactionIsKept() throws InterruptedException {
		String uuid = unstoredFile();
		Long id = persistedPicture(uuid);
		awaitIdle();
		transaction((em) -> {
			em.remove(em.find(Picture.class, id));
			em.persist(new Picture("b", reference(uuid)));
		});
		awaitIdle();
		assertThat(file(uuid).isStored()).isTrue();
		assertThat(emulator.requestLog().matching(STORAGE).stream().map(LoggedRequest::method))
			.doesNotContain("DELETE");
	}

	@Test
	void aThousandEntitiesInOneTransactionStoreInTenRequests() throws InterruptedException {
		List<String> uuids = new ArrayList<>();
		for (int i = 0; i < 1000; i++) {
			uuids.add(unstoredFile());
		}
		transaction((em) -> {
			for (int i = 0; i < uuids.size(); i++) {
				em.persist(new Picture("p" + i, reference(uuids.get(i))));
			}
		});
		awaitIdle();
		List<LoggedRequest> requests = emulator.requestLog().matching(STORAGE);
		System.out.println(getClass().getSimpleName() + ": 1,000 entities in one transaction stored with "
				+ requests.size() + " storeAll requests");
		assertThat(requests).hasSizeLessThanOrEqualTo(10).allMatch((request) -> request.method().equals("PUT"));
		assertThat(uuids).allMatch((uuid) -> file(uuid).isStored());
		assertThat(counted("store", "success", "default")).isEqualTo(1000);
	}

	@Test
	void aStormOf429sDelaysButLosesNothing() throws InterruptedException {
		List<String> uuids = new ArrayList<>();
		for (int i = 0; i < 150; i++) {
			uuids.add(unstoredFile());
		}
		// more 429s than the client retries one request (1 + 3): the lifecycle retries on
		emulator.faults().throttle(10, 0).forPaths(STORAGE);
		transaction((em) -> uuids.forEach((uuid) -> em.persist(new Picture("p", reference(uuid)))));
		awaitIdle();
		assertThat(uuids).allMatch((uuid) -> file(uuid).isStored());
		assertThat(emulator.requestLog().matching(STORAGE).stream().filter((r) -> r.status() == 429)).hasSize(10);
		assertThat(failures.events).isEmpty();
	}

	@Test
	void twoProjectsEachGetTheirOwnFiles() throws InterruptedException {
		String own = unstoredFile();
		String marketing = unstoredFile(MARKETING_PUBLIC_KEY);
		String banner = unstoredFile(MARKETING_PUBLIC_KEY);
		transaction((em) -> {
			em.persist(new Picture("own", reference(own)));
			em.persist(new Picture("theirs", reference(marketing).withProject("marketing")));
			em.persist(new Attachment(null, reference(banner)));
		});
		awaitIdle();
		assertThat(List.of(own, marketing, banner)).allMatch((uuid) -> file(uuid).isStored());
		assertThat(emulator.requestLog().matching(STORAGE).stream().map((r) -> r.header("Authorization"))).hasSize(2)
			.anyMatch((auth) -> auth.contains(emulator.publicKey() + ":"))
			.anyMatch((auth) -> auth.contains(MARKETING_PUBLIC_KEY + ":"));
		assertThat(counted("store", "success", "marketing")).isEqualTo(2);
		assertThat(counted("store", "success", "default")).isEqualTo(1);
	}

	@Test
	void badInputIsLoggedCountedAndPublishedAndTheTransactionStays(CapturedOutput output) throws InterruptedException {
		String otherProjects = unstoredFile(MARKETING_PUBLIC_KEY);
		String unknown = UUID.randomUUID().toString();
		String deleted = unstoredFile();
		String good = unstoredFile();
		transaction((em) -> {
			em.persist(new Picture("other project", reference(otherProjects)));
			em.persist(new Picture("unknown", reference(unknown)));
			em.persist(new Picture("good", reference(good)));
		});
		awaitIdle();
		// deleted between its upload and the commit of the entity referring to it
		deleteNow(deleted);
		transaction((em) -> em.find(Picture.class, pictureId("good")).setThumbnail(reference(deleted)));
		transaction((em) -> em.persist(new Attachment("not a reference", null)));
		awaitIdle();
		assertThat(file(good).isStored()).isTrue();
		assertThat(file(otherProjects).isStored()).as("never with the wrong project's client").isFalse();
		assertThat(pictures()).isEqualTo(3);
		assertThat(failures.events)
			.extracting(EntityFileFailedEvent::location, EntityFileFailedEvent::fileId, EntityFileFailedEvent::reason)
			.containsExactlyInAnyOrder(
					org.assertj.core.groups.Tuple.tuple("Picture#" + pictureId("other project") + ".image",
							otherProjects, "Missing in the project"),
					org.assertj.core.groups.Tuple.tuple("Picture#" + pictureId("unknown") + ".image", unknown,
							"Missing in the project"),
					org.assertj.core.groups.Tuple.tuple("Picture#" + pictureId("good") + ".thumbnail", deleted,
							"Missing in the project"),
					org.assertj.core.groups.Tuple.tuple("Attachment#" + attachmentId() + ".file", "not a reference",
							"is not an Uploadcare file or group reference: 'not a reference' contains no Uploadcare file UUID"));
		assertThat(failures.events).allMatch((event) -> event.action() == EntityFileAction.STORE);
		assertThat(counted("store", "failure", "default")).isEqualTo(4);
		assertThat(output).contains("Uploadcare could not store file " + unknown + " of Picture#" + pictureId("unknown")
				+ ".image (project 'default'): Missing in the project");
		assertThat(output).doesNotContain(emulator.secretKey()).doesNotContain(MARKETING_SECRET_KEY);
	}

	@Test
	void groupsStoreAndDeleteTheirFiles() throws InterruptedException {
		String first = unstoredFile();
		String second = unstoredFile();
		String groupId = UUID.randomUUID() + "~2";
		emulator.seedGroup(groupId, List.of(first, second));
		Long id = query((em) -> {
			Album album = new Album(GroupReference.of(groupId).withCdnBase(emulator.cdnBaseUrl()));
			em.persist(album);
			return album.getId();
		});
		awaitIdle();
		assertThat(List.of(first, second)).allMatch((uuid) -> file(uuid).isStored());
		transaction((em) -> em.remove(em.find(Album.class, id)));
		awaitIdle();
		assertThat(List.of(first, second)).allMatch((uuid) -> file(uuid).isRemoved());
		assertThat(emulator.group(groupId)).isEmpty();
	}

	@Test
	void plainStringColumnsKeepWorking() throws InterruptedException {
		String uuid = unstoredFile();
		String url = reference(uuid) + "-/preview/";
		Long id = query((em) -> {
			Attachment attachment = new Attachment(url, null);
			em.persist(attachment);
			return attachment.getId();
		});
		awaitIdle();
		assertThat(file(uuid).isStored()).isTrue();
		String column = query((em) -> em.find(Attachment.class, id).getFile());
		assertThat(column).isEqualTo(url);
		transaction((em) -> em.find(Attachment.class, id).setFile(null));
		awaitIdle();
		assertThat(file(uuid).isRemoved()).isTrue();
	}

	@Test
	void transactionsOfAnEntityManagerOfYourOwnWorkToo() throws InterruptedException {
		String committed = unstoredFile();
		String rolledBack = unstoredFile();
		EntityManager own = context.getBean(EntityManagerFactory.class).createEntityManager();
		try {
			own.getTransaction().begin();
			own.persist(new Picture("committed", reference(committed)));
			own.getTransaction().commit();
			own.getTransaction().begin();
			own.persist(new Picture("rolled back", reference(rolledBack)));
			own.flush();
			own.getTransaction().rollback();
		}
		finally {
			own.close();
		}
		awaitIdle();
		assertThat(file(committed).isStored()).isTrue();
		assertThat(file(rolledBack).isStored()).isFalse();
	}

	private String unstoredFile() {
		return unstoredFile(null);
	}

	private String unstoredFile(String publicKey) {
		return emulator
			.seedFile(new SeedFile(null, "photo.png", "x".getBytes(StandardCharsets.UTF_8), "image/png", false, null,
					null, publicKey))
			.uuid();
	}

	/** Persists a picture of the file in its own transaction; its id. */
	private Long persistedPicture(String uuid) {
		return query((em) -> {
			Picture picture = new Picture("a", reference(uuid));
			em.persist(picture);
			return picture.getId();
		});
	}

	private FileReference reference(String uuid) {
		return FileReference.of(uuid).withCdnBase(emulator.cdnBaseUrl());
	}

	private EmulatedFile file(String uuid) {
		return emulator.file(uuid).orElseThrow();
	}

	private void deleteNow(String uuid) {
		context.getBean(dev.ucare.client.UploadcareClient.class).files().delete(uuid);
	}

	private Long pictureId(String title) {
		return query((em) -> em.createQuery("select p.id from Picture p where p.title = :t", Long.class)
			.setParameter("t", title)
			.getSingleResult());
	}

	private long pictures() {
		Long count = query((em) -> em.createQuery("select count(p) from Picture p", Long.class).getSingleResult());
		return count;
	}

	private Long attachmentId() {
		return query((em) -> em.createQuery("select a.id from Attachment a", Long.class).getResultList().get(0));
	}

	private double counted(String action, String outcome, String project) {
		Search search = context.getBean(MeterRegistry.class)
			.find("uploadcare.entity.files")
			.tags("action", action, "outcome", outcome, "project", project);
		return (search.counter() != null) ? search.counter().count() : 0;
	}

	private void awaitIdle() throws InterruptedException {
		assertThat(lifecycle.awaitIdle(Duration.ofSeconds(30))).isTrue();
	}

	private void transaction(Consumer<EntityManager> work) {
		transactions.executeWithoutResult((status) -> work.accept(entityManager));
	}

	private <T> T query(java.util.function.Function<EntityManager, T> work) {
		return transactions.execute((status) -> work.apply(entityManager));
	}

	/** Collects the failure events. */
	static final class Failures {

		final List<EntityFileFailedEvent> events = new CopyOnWriteArrayList<>();

		@EventListener
		void on(EntityFileFailedEvent event) {
			events.add(event);
		}

	}

	@SpringBootConfiguration(proxyBeanMethods = false)
	@EnableAutoConfiguration
	@EntityScan(basePackageClasses = Picture.class)
	static class TestApplication {

		@Bean
		Failures failures() {
			return new Failures();
		}

	}

}
