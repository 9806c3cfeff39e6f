/**
 * The CDN (internal): file bytes by UUID, with operations and filename, group members
 * ({@code ~N/nth/i/}) and {@code -/json/}.
 */
@NullMarked
package dev.ucare.emulator.cdn;

import org.jspecify.annotations.NullMarked;
