/**
 * Value types for what web forms and the File Uploader post: {@link FileReference} (a
 * file UUID with optional CDN operations) and {@link GroupReference} (a group id), parsed
 * from ids or CDN URLs with {@link InvalidReferenceException} naming the bad part.
 */
@NullMarked
package dev.ucare.client.reference;

import org.jspecify.annotations.NullMarked;
