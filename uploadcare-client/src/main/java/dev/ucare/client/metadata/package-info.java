/**
 * A file's user metadata and the rules its keys and values follow.
 */
@NullMarked
package dev.ucare.client.metadata;

import org.jspecify.annotations.NullMarked;
