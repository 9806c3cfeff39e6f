/**
 * The Uploadcare emulator's public API: {@link dev.ucare.emulator.UploadcareEmulator} and
 * its builder, the test views of its state ({@link dev.ucare.emulator.EmulatedFile},
 * {@link dev.ucare.emulator.EmulatedGroup}, {@link dev.ucare.emulator.WebhookDelivery},
 * {@link dev.ucare.emulator.StorageUsage}), seeding
 * ({@link dev.ucare.emulator.SeedFile}), fault injection
 * ({@link dev.ucare.emulator.Faults}), the request log
 * ({@link dev.ucare.emulator.RequestLog}), the JUnit 5 extension and the standalone
 * {@link dev.ucare.emulator.Main}. Spring test glue is in
 * {@code dev.ucare.emulator.spring}.
 *
 * <p>
 * Everything else is internal, one room per concern: {@code upload} (Upload API),
 * {@code rest} (REST API v0.7), {@code cdn} (CDN), {@code webhook} (webhook delivery),
 * {@code http} (HTTP plumbing shared by the three listeners) and {@code state} (projects,
 * files, groups, jobs and blob storage). Protocol rooms never depend on each other
 * ({@code EmulatorArchitectureTest}).
 */
@NullMarked
package dev.ucare.emulator;

import org.jspecify.annotations.NullMarked;
