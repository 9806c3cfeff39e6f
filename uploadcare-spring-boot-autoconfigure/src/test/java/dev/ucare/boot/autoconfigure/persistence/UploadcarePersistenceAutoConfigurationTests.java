package dev.ucare.boot.autoconfigure.persistence;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import dev.ucare.boot.autoconfigure.EmulatorContextRunner;
import dev.ucare.boot.autoconfigure.metrics.UploadcareMeters;
import dev.ucare.boot.autoconfigure.metrics.UploadcareMetricsAutoConfiguration;
import dev.ucare.boot.entities.Picture;
import dev.ucare.boot.misplaced.Counter;
import dev.ucare.boot.autoconfigure.projects.UploadcareProjectsAutoConfiguration;
import dev.ucare.client.reference.FileReference;
import dev.ucare.emulator.SeedFile;
import dev.ucare.emulator.UploadcareEmulator;
import dev.ucare.emulator.UploadcareEmulatorExtension;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import jakarta.persistence.EntityManager;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.hibernate.autoconfigure.HibernateJpaAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.persistence.autoconfigure.EntityScan;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.task.TaskExecutor;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link UploadcarePersistenceAutoConfiguration}: what it contributes with and without
 * JPA and Hibernate, its options, and how it stops.
 */
@ExtendWith(OutputCaptureExtension.class)
class UploadcarePersistenceAutoConfigurationTests {

	@RegisterExtension
	static final UploadcareEmulatorExtension uploadcare = new UploadcareEmulatorExtension();

	private UploadcareEmulator emulator;

	private ApplicationContextRunner runner;

	private ApplicationContextRunner jpa;

	@BeforeEach
	void useTheEmulator() {
		emulator = uploadcare.emulator();
		runner = EmulatorContextRunner.of(emulator, UploadcareProjectsAutoConfiguration.class,
				UploadcarePersistenceAutoConfiguration.class);
		jpa = runner
			.withConfiguration(
					AutoConfigurations.of(DataSourceAutoConfiguration.class, HibernateJpaAutoConfiguration.class))
			.withUserConfiguration(Pictures.class)
			.withPropertyValues("spring.jpa.hibernate.ddl-auto=create-drop");
	}

	@Test
	void withJpaAndHibernateTheLifecycleListens() {
		jpa.run((context) -> assertThat(context).hasNotFailed()
			.hasSingleBean(EntityFileLifecycle.class)
			.hasSingleBean(EntityFileListenerRegistrar.class)
			.hasSingleBean(UnstoredFiles.class));
	}

	@Test
	void theEntityCountersExistAtZeroFromStart() {
		jpa.withConfiguration(AutoConfigurations.of(UploadcareMetricsAutoConfiguration.class))
			.withBean(SimpleMeterRegistry.class)
			.run((context) -> {
				SimpleMeterRegistry registry = context.getBean(SimpleMeterRegistry.class);
				context.getBean(EntityFileLifecycle.class);
				context.getBean(UploadcareMeters.class).bindTo(registry);
				assertThat(registry.get("uploadcare.entity.files").tags("project", "default").counters()).hasSize(4)
					.allSatisfy((counter) -> assertThat(counter.count()).isZero());
			});
	}

	@Test
	void withoutHibernateNoLifecycle() {
		runner.withClassLoader(new FilteredClassLoader(SessionFactoryImplementor.class))
			.run((context) -> assertThat(context).hasNotFailed()
				.doesNotHaveBean(EntityFileLifecycle.class)
				.doesNotHaveBean(EntityFileListenerRegistrar.class)
				.hasSingleBean(UnstoredFiles.class));
	}

	@Test
	void withoutJpaOnlyTheReconciliationHelper() {
		runner.withClassLoader(new FilteredClassLoader("jakarta.persistence."))
			.run((context) -> assertThat(context).hasNotFailed()
				.doesNotHaveBean(EntityFileLifecycle.class)
				.hasSingleBean(UnstoredFiles.class));
	}

	@Test
	void theLifecycleCanBeTurnedOff() {
		String uuid = unstoredFile();
		jpa.withPropertyValues("uploadcare.persistence.lifecycle.enabled=false").run((context) -> {
			assertThat(context).doesNotHaveBean(EntityFileLifecycle.class)
				.doesNotHaveBean(EntityFileListenerRegistrar.class);
			persist(context, new Picture("a", reference(uuid)));
			assertThat(emulator.requestLog().count("^/files/storage/$")).isZero();
		});
	}

	@Test
	void synchronousExecutionStoresBeforeTheCommittingCallReturns() {
		String uuid = unstoredFile();
		jpa.withPropertyValues("uploadcare.persistence.lifecycle.execution=sync").run((context) -> {
			persist(context, new Picture("a", reference(uuid)));
			assertThat(emulator.file(uuid).orElseThrow().isStored()).isTrue();
		});
	}

	@Test
	void aTaskExecutorOfYourOwnRunsTheWork() {
		String uuid = unstoredFile();
		AtomicInteger tasks = new AtomicInteger();
		TaskExecutor executor = (task) -> {
			tasks.incrementAndGet();
			task.run();
		};
		jpa.withBean(UploadcarePersistenceAutoConfiguration.TASK_EXECUTOR_BEAN_NAME, TaskExecutor.class, () -> executor)
			.run((context) -> {
				persist(context, new Picture("a", reference(uuid)));
				assertThat(tasks).hasValue(1);
				assertThat(emulator.file(uuid).orElseThrow().isStored()).isTrue();
			});
	}

	@Test
	void aMisplacedAnnotationStopsStartUpNamingTheAttribute() {
		runner
			.withConfiguration(
					AutoConfigurations.of(DataSourceAutoConfiguration.class, HibernateJpaAutoConfiguration.class))
			.withUserConfiguration(Counters.class)
			.run((context) -> assertThat(context).getFailure()
				.rootCause()
				.hasMessage("Counter.count is a java.lang.Integer: @UploadcareStore and @UploadcareDeleteOnRemove "
						+ "apply to FileReference, GroupReference and String attributes"));
	}

	@Test
	void badLifecycleOptionsStopStartUp() {
		runner.withPropertyValues("uploadcare.persistence.lifecycle.retry.multiplier=0.5")
			.run((context) -> assertThat(context).getFailure()
				.rootCause()
				.hasMessageContaining("uploadcare.persistence.lifecycle.retry.multiplier must be 1.0 or more"));
	}

	@Test
	void workLeftWhenTheApplicationStopsIsReported(CapturedOutput output) {
		String slow = unstoredFile();
		String queued = unstoredFile();
		emulator.faults().latency(Duration.ofSeconds(3)).forPaths("^/files/storage/$");
		jpa.withPropertyValues("uploadcare.persistence.lifecycle.await-termination=10ms").run((context) -> {
			persist(context, new Picture("slow", reference(slow)));
			persist(context, new Picture("queued", reference(queued)));
		});
		assertThat(output).contains("Uploadcare could not store file " + queued + " of Picture#")
			.contains("(project 'default'): the application stopped before the work was done");
	}

	private void persist(org.springframework.context.ApplicationContext context, Object entity) {
		new TransactionTemplate(context.getBean(PlatformTransactionManager.class))
			.executeWithoutResult((status) -> context.getBean(EntityManager.class).persist(entity));
	}

	private String unstoredFile() {
		return emulator
			.seedFile(new SeedFile(null, "photo.png", "x".getBytes(StandardCharsets.UTF_8), "image/png", false, null,
					null, null))
			.uuid();
	}

	private FileReference reference(String uuid) {
		return FileReference.of(uuid).withCdnBase(emulator.cdnBaseUrl());
	}

	@Configuration(proxyBeanMethods = false)
	@EntityScan(basePackageClasses = Picture.class)
	static class Pictures {

	}

	@Configuration(proxyBeanMethods = false)
	@EntityScan(basePackageClasses = Counter.class)
	static class Counters {

	}

}
