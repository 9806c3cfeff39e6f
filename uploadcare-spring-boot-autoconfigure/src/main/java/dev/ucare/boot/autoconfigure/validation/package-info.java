/**
 * Bean Validation of Uploadcare files ({@code @UploadcareFile}) and storing them once the
 * whole object is valid.
 */
@NullMarked
package dev.ucare.boot.autoconfigure.validation;

import org.jspecify.annotations.NullMarked;
