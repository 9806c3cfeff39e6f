/**
 * Webhook delivery (internal): v0.7 payloads for the state's file events, signed with
 * {@code X-Uc-Signature}, posted asynchronously with retries and recorded.
 */
package dev.ucare.emulator.webhook;
