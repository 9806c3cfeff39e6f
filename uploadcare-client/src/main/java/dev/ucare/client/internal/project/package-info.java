/**
 * Implementation of {@code dev.ucare.client.project}; not API.
 */
@NullMarked
package dev.ucare.client.internal.project;

import org.jspecify.annotations.NullMarked;
