/**
 * Masks the starter's secrets in Actuator's {@code env} and {@code configprops}.
 */
@NullMarked
package dev.ucare.boot.autoconfigure.actuate;

import org.jspecify.annotations.NullMarked;
