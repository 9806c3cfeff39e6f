/**
 * Implementation of {@code dev.ucare.client.addons}; not API.
 */
@NullMarked
package dev.ucare.client.internal.addons;

import org.jspecify.annotations.NullMarked;
