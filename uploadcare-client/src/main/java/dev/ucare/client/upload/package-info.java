/**
 * Uploads through the Upload API: sources, options, settings, progress and outcomes.
 */
@NullMarked
package dev.ucare.client.upload;

import org.jspecify.annotations.NullMarked;
