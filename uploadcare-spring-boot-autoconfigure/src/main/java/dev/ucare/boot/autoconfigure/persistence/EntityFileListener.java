package dev.ucare.boot.autoconfigure.persistence;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.WeakHashMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.engine.spi.SharedSessionContractImplementor;
import org.hibernate.engine.spi.TransactionCompletionCallbacks;
import org.hibernate.event.spi.EventType;
import org.hibernate.event.spi.PostDeleteEvent;
import org.hibernate.event.spi.PostDeleteEventListener;
import org.hibernate.event.spi.PostInsertEvent;
import org.hibernate.event.spi.PostInsertEventListener;
import org.hibernate.event.spi.PostUpdateEvent;
import org.hibernate.event.spi.PostUpdateEventListener;
import org.hibernate.persister.entity.EntityPersister;
import org.jspecify.annotations.Nullable;

/**
 * The entity listener of the lifecycle, registered with each Hibernate session factory:
 * after each insert, update and delete of an entity with {@link UploadcareStore} or
 * {@link UploadcareDeleteOnRemove} attributes it records the attributes' old and new
 * values in the transaction's {@link TransactionFiles}, and hands them to the lifecycle
 * once the transaction has committed (dropping them on rollback). It reads Hibernate's
 * own before and after states, so replaced references are seen whatever the entity's
 * {@code equals}, for entities loaded, merged or created in the transaction. Bulk queries
 * and native SQL bypass it.
 */
final class EntityFileListener implements PostInsertEventListener, PostUpdateEventListener, PostDeleteEventListener {

	private final Map<String, List<TrackedAttribute>> attributes;

	private final Consumer<TransactionFiles> committed;

	private final Map<SharedSessionContractImplementor, TransactionFiles> open = Collections
		.synchronizedMap(new WeakHashMap<>());

	/**
	 * @param attributes the tracked attributes by entity name
	 * @param committed receives each committed transaction's files
	 */
	EntityFileListener(Map<String, List<TrackedAttribute>> attributes, Consumer<TransactionFiles> committed) {
		this.attributes = Map.copyOf(attributes);
		this.committed = committed;
	}

	/**
	 * Scans the entities of a session factory and registers a listener for those with
	 * tracked attributes.
	 * @param sessionFactory the session factory
	 * @param committed receives each committed transaction's files
	 * @return whether a listener was registered (some entity has tracked attributes)
	 * @throws IllegalStateException when an annotation is misplaced
	 */
	static boolean register(SessionFactoryImplementor sessionFactory, Consumer<TransactionFiles> committed) {
		Map<String, List<TrackedAttribute>> attributes = new ConcurrentHashMap<>();
		sessionFactory.getMappingMetamodel().forEachEntityDescriptor((persister) -> {
			Class<?> type = persister.getMappedClass();
			if (type != null && type != Map.class) {
				List<TrackedAttribute> tracked = TrackedAttribute.of(type, persister.getJpaEntityName(),
						persister.getPropertyNames());
				if (!tracked.isEmpty()) {
					attributes.put(persister.getEntityName(), tracked);
				}
			}
		});
		if (attributes.isEmpty()) {
			return false;
		}
		EntityFileListener listener = new EntityFileListener(attributes, committed);
		var registry = sessionFactory.getEventListenerRegistry();
		registry.appendListeners(EventType.POST_INSERT, listener);
		registry.appendListeners(EventType.POST_UPDATE, listener);
		registry.appendListeners(EventType.POST_DELETE, listener);
		return true;
	}

	@Override
	public void onPostInsert(PostInsertEvent event) {
		record(event.getPersister(), event.getSession(), event.getId(), event.getState(), TransactionFiles::inserted);
	}

	@Override
	public void onPostUpdate(PostUpdateEvent event) {
		List<TrackedAttribute> tracked = tracked(event.getPersister());
		if (tracked.isEmpty()) {
			return;
		}
		Object[] oldState = event.getOldState();
		Object[] state = event.getState();
		TransactionFiles files = null;
		String entity = event.getPersister().getJpaEntityName();
		for (TrackedAttribute attribute : tracked) {
			Object oldValue = (oldState != null) ? oldState[attribute.index()] : null;
			Object newValue = state[attribute.index()];
			if (oldState != null && Objects.equals(oldValue, newValue)) {
				continue;
			}
			files = (files != null) ? files : files(event.getSession());
			files.updated(entity, event.getId(), attribute, oldValue, newValue);
		}
	}

	@Override
	public void onPostDelete(PostDeleteEvent event) {
		record(event.getPersister(), event.getSession(), event.getId(), event.getDeletedState(),
				TransactionFiles::deleted);
	}

	/** Hands the value in {@code state} of each tracked attribute to {@code change}. */
	private void record(EntityPersister persister, SharedSessionContractImplementor session, Object id,
			Object @Nullable [] state, Change change) {
		List<TrackedAttribute> tracked = tracked(persister);
		if (tracked.isEmpty()) {
			return;
		}
		TransactionFiles files = files(session);
		String entity = persister.getJpaEntityName();
		for (TrackedAttribute attribute : tracked) {
			change.record(files, entity, id, attribute, (state != null) ? state[attribute.index()] : null);
		}
	}

	@Override
	public boolean requiresPostCommitHandling(EntityPersister persister) {
		return false;
	}

	private List<TrackedAttribute> tracked(EntityPersister persister) {
		return attributes.getOrDefault(persister.getEntityName(), List.of());
	}

	/** The files of the session's current transaction; registers its completion. */
	private TransactionFiles files(SharedSessionContractImplementor session) {
		TransactionFiles files = open.get(session);
		if (files == null) {
			TransactionFiles created = new TransactionFiles();
			open.put(session, created);
			session.getTransactionCompletionCallbacks()
				.registerCallback((TransactionCompletionCallbacks.AfterCompletionCallback) (success, completed) -> {
					open.remove(session);
					if (success && !created.isEmpty()) {
						committed.accept(created);
					}
				});
			files = created;
		}
		return files;
	}

	/** An insert's or a delete's record in the transaction's files. */
	@FunctionalInterface
	private interface Change {

		void record(TransactionFiles files, String entity, Object id, TrackedAttribute attribute,
				@Nullable Object value);

	}

}
