/**
 * The CDN (internal): file bytes by UUID, with operations and filename, group members
 * ({@code ~N/nth/i/}), the image info of {@code -/json/} and {@code detect_faces/}.
 */
@NullMarked
package dev.ucare.emulator.cdn;

import org.jspecify.annotations.NullMarked;
