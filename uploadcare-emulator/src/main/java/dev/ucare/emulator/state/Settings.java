package dev.ucare.emulator.state;

import java.time.Clock;
import java.time.Duration;
import java.util.List;

import dev.ucare.emulator.Project;

/** Immutable options collected by {@link UploadcareEmulator.Builder}. */
public record Settings(List<Project> projects, String host, int uploadPort, int restPort, int cdnPort,
		Duration jobDelay, Duration unstoredTtl, Clock clock, boolean refuseSimpleAuthOverHttp,
		boolean signedUploadsRequired, int webhookAttempts, Duration webhookRetryDelay, boolean allowNonLoopbackUrls,
		int requestLogSize, long memoryBudget, long diskBudget, Duration readTimeout, int maxRequestHeaderSize) {
}
