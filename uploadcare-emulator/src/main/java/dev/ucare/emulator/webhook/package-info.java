/**
 * Webhook delivery (internal): v0.7 payloads for the state's file events, signed with
 * {@code X-Uc-Signature}, posted asynchronously with retries and recorded.
 */
@NullMarked
package dev.ucare.emulator.webhook;

import org.jspecify.annotations.NullMarked;
