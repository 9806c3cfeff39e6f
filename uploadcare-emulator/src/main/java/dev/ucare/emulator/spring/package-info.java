/**
 * Spring test glue: {@link dev.ucare.emulator.spring.AutoConfigureUploadcareEmulator}
 * starts an emulator for a test context, registers it as a bean and publishes its
 * {@code uploadcare.emulator.*} properties
 * ({@link dev.ucare.emulator.spring.UploadcareEmulatorProperties}).
 */
@NullMarked
package dev.ucare.emulator.spring;

import org.jspecify.annotations.NullMarked;
