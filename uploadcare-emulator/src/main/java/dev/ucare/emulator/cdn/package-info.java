/**
 * The CDN (internal): file bytes by UUID, with operations and filename, group members
 * ({@code ~N/nth/i/}) and {@code -/json/}.
 */
package dev.ucare.emulator.cdn;
