/**
 * Health indicators of the Uploadcare project and of the webhook de-duplication store.
 */
@NullMarked
package dev.ucare.boot.autoconfigure.health;

import org.jspecify.annotations.NullMarked;
