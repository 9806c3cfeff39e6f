package dev.ucare.emulator;

/**
 * How much file content the emulator holds, against its budgets (see
 * {@link UploadcareEmulator.Builder#memoryBudget(long)} and
 * {@link UploadcareEmulator.Builder#diskBudget(long)}).
 *
 * @param memoryBytes bytes of content kept in memory
 * @param memoryBudget most bytes kept in memory
 * @param diskBytes bytes of content kept in the temp directory
 * @param diskBudget most bytes kept on disk ({@link Long#MAX_VALUE}: up to the free
 * space)
 */
public record StorageUsage(long memoryBytes, long memoryBudget, long diskBytes, long diskBudget) {
}
