/**
 * Implementation of {@code dev.ucare.client.files}; not API.
 */
@NullMarked
package dev.ucare.client.internal.files;

import org.jspecify.annotations.NullMarked;
