/**
 * Webhook subscriptions, delivery payloads and their signatures.
 */
@NullMarked
package dev.ucare.client.webhooks;

import org.jspecify.annotations.NullMarked;
