/**
 * Uploadcare's Java client: {@link dev.ucare.client.UploadcareClient} and its builder,
 * the settings shared by its services and the exceptions they raise. One package per
 * capability holds that capability's public API; {@code internal} holds the
 * implementations and the HTTP plumbing.
 *
 * <p>
 * Null-marked (JSpecify): types are non-null unless annotated {@code @Nullable}.
 */
@NullMarked
package dev.ucare.client;

import org.jspecify.annotations.NullMarked;
