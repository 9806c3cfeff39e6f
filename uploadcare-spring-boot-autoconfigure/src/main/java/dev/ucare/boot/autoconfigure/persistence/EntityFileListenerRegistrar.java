package dev.ucare.boot.autoconfigure.persistence;

import java.util.Collections;
import java.util.Set;
import java.util.WeakHashMap;

import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceException;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.hibernate.engine.spi.SessionFactoryImplementor;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;

/**
 * Registers the {@link EntityFileListener} with every Hibernate
 * {@link EntityManagerFactory} of the context as soon as it is created, so that no entity
 * change is missed. Entity classes are checked then: a misplaced lifecycle annotation
 * stops start-up with a message naming the attribute. The lifecycle bean is looked up on
 * the first committed transaction.
 */
final class EntityFileListenerRegistrar implements BeanPostProcessor {

	private static final Log logger = LogFactory.getLog(EntityFileListenerRegistrar.class);

	private final ObjectProvider<EntityFileLifecycle> lifecycle;

	private final Set<SessionFactoryImplementor> registered = Collections.newSetFromMap(new WeakHashMap<>());

	EntityFileListenerRegistrar(ObjectProvider<EntityFileLifecycle> lifecycle) {
		this.lifecycle = lifecycle;
	}

	@Override
	public Object postProcessAfterInitialization(Object bean, String beanName) {
		if (bean instanceof EntityManagerFactory factory) {
			register(factory, beanName);
		}
		return bean;
	}

	private void register(EntityManagerFactory factory, String beanName) {
		SessionFactoryImplementor sessionFactory;
		try {
			sessionFactory = factory.unwrap(SessionFactoryImplementor.class);
		}
		catch (PersistenceException | IllegalArgumentException ex) {
			logger.debug("Entity manager factory '" + beanName
					+ "' is not Hibernate's: @UploadcareStore and @UploadcareDeleteOnRemove are not processed there");
			return;
		}
		synchronized (registered) {
			if (!registered.add(sessionFactory)) {
				return;
			}
		}
		boolean tracked = EntityFileListener.register(sessionFactory, (files) -> {
			EntityFileLifecycle target = lifecycle.getIfAvailable();
			if (target != null) {
				target.committed(files);
			}
			else {
				logger.warn("Uploadcare: no EntityFileLifecycle bean to process the files of a committed transaction");
			}
		});
		if (tracked && logger.isDebugEnabled()) {
			logger.debug("Uploadcare entity lifecycle listens to entity manager factory '" + beanName + "'");
		}
	}

}
