package dev.ucare.boot.autoconfigure.persistence;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import dev.ucare.boot.autoconfigure.EmulatorContextRunner;
import dev.ucare.boot.autoconfigure.MarketingProject;
import dev.ucare.boot.autoconfigure.projects.UploadcareProjectsAutoConfiguration;
import dev.ucare.client.files.FileInfo;
import dev.ucare.emulator.SeedFile;
import dev.ucare.emulator.UploadcareEmulator;
import dev.ucare.emulator.UploadcareEmulatorExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

/** {@link UnstoredFiles}: the reconciliation helper, per project, against an emulator. */
class UnstoredFilesTests {

	@RegisterExtension
	static final UploadcareEmulatorExtension uploadcare = MarketingProject.emulatorExtension();

	@Test
	void unstoredFilesOlderThanTheAgeOldestFirstPerProject() {
		UploadcareEmulator emulator = uploadcare.emulator();
		Instant now = Instant.now();
		String oldest = seed(emulator, now.minus(20, ChronoUnit.HOURS), false, null);
		String old = seed(emulator, now.minus(7, ChronoUnit.HOURS), false, null);
		seed(emulator, now.minus(5, ChronoUnit.HOURS), false, null);
		seed(emulator, now.minus(10, ChronoUnit.HOURS), true, null);
		String marketing = seed(emulator, now.minus(8, ChronoUnit.HOURS), false, MarketingProject.PUBLIC_KEY);
		EmulatorContextRunner
			.of(emulator, UploadcareProjectsAutoConfiguration.class, UploadcarePersistenceAutoConfiguration.class)
			.withPropertyValues(MarketingProject.propertyValues())
			.run((context) -> {
				UnstoredFiles unstored = context.getBean(UnstoredFiles.class);
				assertThat(unstored.olderThan(Duration.ofHours(6))).extracting(FileInfo::uuid)
					.containsExactly(oldest, old);
				assertThat(unstored.olderThan("marketing", Duration.ofHours(6))).extracting(FileInfo::uuid)
					.containsExactly(marketing);
				assertThat(unstored.olderThan(Duration.ofHours(21))).isEmpty();
			});
	}

	private static String seed(UploadcareEmulator emulator, Instant uploaded, boolean stored, String publicKey) {
		return emulator.seedFile(new SeedFile(null, "f.bin", new byte[] { 1 }, null, stored, null, uploaded, publicKey))
			.uuid();
	}

}
