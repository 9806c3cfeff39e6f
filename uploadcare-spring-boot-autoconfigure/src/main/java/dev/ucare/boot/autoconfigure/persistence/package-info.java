/**
 * Files on entities: JPA converters of file and group references, and the entity
 * lifecycle that stores ({@code @UploadcareStore}) and deletes
 * ({@code @UploadcareDeleteOnRemove}) the files an entity refers to after its transaction
 * commits.
 */
@NullMarked
package dev.ucare.boot.autoconfigure.persistence;

import org.jspecify.annotations.NullMarked;
