/**
 * Browser uploads with Uploadcare's File Uploader: its resolved configuration and the
 * upload signature endpoint with its policy, rate limit and metrics.
 */
@NullMarked
package dev.ucare.boot.autoconfigure.uploader;

import org.jspecify.annotations.NullMarked;
