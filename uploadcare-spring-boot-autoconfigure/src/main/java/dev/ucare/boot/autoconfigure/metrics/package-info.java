/**
 * Micrometer meters of uploads, retries, webhook deliveries and de-duplication.
 */
@NullMarked
package dev.ucare.boot.autoconfigure.metrics;

import org.jspecify.annotations.NullMarked;
