package dev.ucare.boot.autoconfigure.persistence;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Stores the Uploadcare file (or the files of the group) an entity attribute refers to,
 * once the transaction that set or changed it has committed; nothing happens when it
 * rolls back. Uploadcare deletes files left unstored after 24 hours, so this keeps what
 * the entity refers to. Goes on a persistent attribute of type
 * {@link dev.ucare.client.reference.FileReference},
 * {@link dev.ucare.client.reference.GroupReference} or {@code String} (a UUID, group id
 * or CDN URL) of an entity or its mapped superclass.
 * <p>
 * All files of one transaction are stored with one batch request per 100 files per
 * project, after the commit, on a task executor (or synchronously with
 * {@code uploadcare.persistence.lifecycle.execution=sync}), retrying throttling and
 * network errors. A file that cannot be stored is logged with the entity and attribute,
 * counted in {@code uploadcare.entity.files{outcome=failure}} and published as an
 * {@link EntityFileFailedEvent}; the committed transaction is never affected.
 *
 * @see UploadcareDeleteOnRemove
 */
@Target({ ElementType.FIELD, ElementType.METHOD })
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface UploadcareStore {

	/**
	 * The project of the file when the reference does not name one (a {@code String}
	 * attribute never does): a name from {@code uploadcare.projects.<name>}; empty for
	 * the default project.
	 * @return the project name
	 */
	String project() default "";

}
