/**
 * De-duplication of webhook deliveries: the store contract and the in-memory store.
 */
@NullMarked
package dev.ucare.boot.autoconfigure.webhooks.deduplication;

import org.jspecify.annotations.NullMarked;
