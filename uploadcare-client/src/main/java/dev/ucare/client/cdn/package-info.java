/**
 * CDN URLs of files and groups on the configured base, with image operations
 * ({@link dev.ucare.client.cdn.ImageTransformation}) and face detection.
 */
@NullMarked
package dev.ucare.client.cdn;

import org.jspecify.annotations.NullMarked;
