/**
 * Data binding of file and group references from form fields, request parameters and
 * JSON.
 */
@NullMarked
package dev.ucare.boot.autoconfigure.binding;

import org.jspecify.annotations.NullMarked;
