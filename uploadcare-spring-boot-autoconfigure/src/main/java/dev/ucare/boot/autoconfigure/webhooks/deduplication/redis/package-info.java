/**
 * The webhook de-duplication store in Redis.
 */
@NullMarked
package dev.ucare.boot.autoconfigure.webhooks.deduplication.redis;

import org.jspecify.annotations.NullMarked;
