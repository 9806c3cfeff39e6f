/**
 * Implementation of {@code dev.ucare.client.webhooks}; not API.
 */
@NullMarked
package dev.ucare.client.internal.webhooks;

import org.jspecify.annotations.NullMarked;
