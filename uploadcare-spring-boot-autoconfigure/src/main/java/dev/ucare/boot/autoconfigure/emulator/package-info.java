/**
 * Connection details from an embedded Uploadcare emulator bean.
 */
@NullMarked
package dev.ucare.boot.autoconfigure.emulator;

import org.jspecify.annotations.NullMarked;
