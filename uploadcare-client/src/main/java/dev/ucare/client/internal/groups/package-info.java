/**
 * Implementation of {@code dev.ucare.client.groups}; not API.
 */
@NullMarked
package dev.ucare.client.internal.groups;

import org.jspecify.annotations.NullMarked;
