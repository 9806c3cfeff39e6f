/**
 * Files through the REST API v0.7: {@link dev.ucare.client.files.FileInfo}, queries,
 * batch store and delete, local and remote copies.
 */
@NullMarked
package dev.ucare.client.files;

import org.jspecify.annotations.NullMarked;
