/**
 * Implementation of {@code dev.ucare.client.cdn}; not API.
 */
@NullMarked
package dev.ucare.client.internal.cdn;

import org.jspecify.annotations.NullMarked;
