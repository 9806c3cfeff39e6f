package dev.ucare.boot.autoconfigure.persistence;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Deletes the Uploadcare file (or the group's files and the group) an entity attribute
 * refers to once the transaction that removed the entity has committed, and, unless
 * {@link #onReplace()} is {@code false}, the previous file once a transaction that
 * replaced or cleared the reference has committed. Nothing happens on rollback, and a
 * file that another attribute changed in the same transaction refers to afterwards is
 * kept. Use it only where the file belongs to this attribute alone: other rows that refer
 * to the same file are not consulted.
 * <p>
 * The work runs after the commit like {@link UploadcareStore}'s, batched per transaction
 * and project, with the same retries, logging, metrics and
 * {@link EntityFileFailedEvent}s.
 */
@Target({ ElementType.FIELD, ElementType.METHOD })
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface UploadcareDeleteOnRemove {

	/**
	 * Whether replacing the reference, or setting it to {@code null}, deletes the
	 * previous file.
	 * @return {@code true} by default
	 */
	boolean onReplace() default true;

	/**
	 * The project of the file when the reference does not name one: a name from
	 * {@code uploadcare.projects.<name>}; empty for the default project. Must agree with
	 * {@link UploadcareStore#project()} when both are set.
	 * @return the project name
	 */
	String project() default "";

}
