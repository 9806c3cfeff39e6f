/**
 * The emulator's state (internal): projects, files, groups, webhook subscriptions, jobs
 * and in-progress multipart uploads ({@code State}, {@code Backend}), file content within
 * memory and disk budgets ({@code BlobStore}), and the wire representations of files and
 * groups shared by the protocols ({@code FileJson}). File events go out through
 * {@code FileEvents}; the state knows no protocol.
 */
@NullMarked
package dev.ucare.emulator.state;

import org.jspecify.annotations.NullMarked;
