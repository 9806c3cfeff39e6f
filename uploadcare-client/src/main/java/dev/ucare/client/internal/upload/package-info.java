/**
 * Implementation of {@code dev.ucare.client.upload}; not API.
 */
@NullMarked
package dev.ucare.client.internal.upload;

import org.jspecify.annotations.NullMarked;
