/**
 * Implementation of {@code dev.ucare.client.metadata}; not API.
 */
@NullMarked
package dev.ucare.client.internal.metadata;

import org.jspecify.annotations.NullMarked;
