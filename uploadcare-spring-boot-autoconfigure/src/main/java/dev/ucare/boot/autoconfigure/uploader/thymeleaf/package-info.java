/**
 * Thymeleaf dialect rendering the File Uploader.
 */
@NullMarked
package dev.ucare.boot.autoconfigure.uploader.thymeleaf;

import org.jspecify.annotations.NullMarked;
