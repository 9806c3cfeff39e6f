/**
 * The incoming webhook endpoint: signature verification, Spring application events,
 * metrics and publication.
 */
@NullMarked
package dev.ucare.boot.autoconfigure.webhooks;

import org.jspecify.annotations.NullMarked;
