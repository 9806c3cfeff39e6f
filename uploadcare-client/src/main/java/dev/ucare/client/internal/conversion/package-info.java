/**
 * Implementation of {@code dev.ucare.client.conversion}; not API.
 */
@NullMarked
package dev.ucare.client.internal.conversion;

import org.jspecify.annotations.NullMarked;
