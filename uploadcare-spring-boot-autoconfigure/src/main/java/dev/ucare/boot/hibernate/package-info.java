/**
 * Hibernate services of the starter, loaded by Hibernate itself: the auto-applied
 * reference converters. Outside {@code dev.ucare.boot.autoconfigure} so that no entity
 * scan lists them twice.
 */
@NullMarked
package dev.ucare.boot.hibernate;

import org.jspecify.annotations.NullMarked;
