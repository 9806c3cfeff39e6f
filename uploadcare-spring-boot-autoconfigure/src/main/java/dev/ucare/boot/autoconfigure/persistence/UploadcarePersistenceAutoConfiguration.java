package dev.ucare.boot.autoconfigure.persistence;

import java.time.Clock;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import dev.ucare.boot.autoconfigure.projects.UploadcareClients;
import dev.ucare.boot.autoconfigure.projects.UploadcareProjectsAutoConfiguration;
import jakarta.persistence.EntityManagerFactory;
import org.hibernate.engine.spi.SessionFactoryImplementor;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.task.TaskExecutor;
import org.springframework.core.task.support.TaskExecutorAdapter;
import org.springframework.scheduling.concurrent.CustomizableThreadFactory;

/**
 * Files on entities: with Hibernate, the entity lifecycle that stores and deletes the
 * files of {@link UploadcareStore} and {@link UploadcareDeleteOnRemove} attributes after
 * commits ({@code uploadcare.persistence.lifecycle.*}); and the {@link UnstoredFiles}
 * reconciliation helper. The JPA converters of file and group references need no bean:
 * {@link dev.ucare.boot.hibernate.ReferenceTypeContributor} contributes them to every
 * Hibernate persistence unit.
 */
@AutoConfiguration(after = UploadcareProjectsAutoConfiguration.class)
@ConditionalOnBean(UploadcareClients.class)
public final class UploadcarePersistenceAutoConfiguration {

	/** Name of the task executor bean the lifecycle uses when there is one. */
	public static final String TASK_EXECUTOR_BEAN_NAME = "uploadcareEntityFilesTaskExecutor";

	@Bean
	@ConditionalOnMissingBean
	UnstoredFiles uploadcareUnstoredFiles(UploadcareClients clients) {
		return new UnstoredFiles(clients, Clock.systemUTC());
	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnClass({ EntityManagerFactory.class, SessionFactoryImplementor.class })
	@ConditionalOnBooleanProperty(name = "uploadcare.persistence.lifecycle.enabled", matchIfMissing = true)
	@EnableConfigurationProperties(UploadcarePersistenceProperties.class)
	static class LifecycleConfiguration {

		@Bean
		static EntityFileListenerRegistrar uploadcareEntityFileListenerRegistrar(
				ObjectProvider<EntityFileLifecycle> lifecycle) {
			return new EntityFileListenerRegistrar(lifecycle);
		}

		@Bean
		@ConditionalOnMissingBean
		EntityFileLifecycle uploadcareEntityFileLifecycle(UploadcareClients clients,
				UploadcarePersistenceProperties properties,
				@Qualifier(TASK_EXECUTOR_BEAN_NAME) ObjectProvider<TaskExecutor> taskExecutor,
				ObjectProvider<EntityFileMetrics> metrics, ApplicationEventPublisher events) {
			UploadcarePersistenceProperties.Lifecycle lifecycle = properties.lifecycle();
			UploadcarePersistenceProperties.Retry retry = lifecycle.retry();
			TaskExecutor executor = null;
			ExecutorService owned = null;
			if (lifecycle.execution() == UploadcarePersistenceProperties.Execution.ASYNC) {
				executor = taskExecutor.getIfAvailable();
				if (executor == null) {
					owned = Executors.newSingleThreadExecutor(threads());
					executor = new TaskExecutorAdapter(owned);
				}
			}
			return new EntityFileLifecycle(
					clients, executor, owned, lifecycle.awaitTermination(), EntityFileLifecycle
						.retryPolicy(retry.maxRetries(), retry.initialDelay(), retry.multiplier(), retry.maxDelay()),
					metrics(metrics.orderedStream().toList()), events);
		}

		private static EntityFileMetrics metrics(List<EntityFileMetrics> all) {
			all.forEach(EntityFileMetrics::lifecycleCreated);
			return (all.size() == 1) ? all.get(0) : (action, project, success, count) -> all
				.forEach((metrics) -> metrics.record(action, project, success, count));
		}

		private static CustomizableThreadFactory threads() {
			CustomizableThreadFactory threads = new CustomizableThreadFactory("uploadcare-entity-files-");
			threads.setDaemon(true);
			return threads;
		}

	}

}
