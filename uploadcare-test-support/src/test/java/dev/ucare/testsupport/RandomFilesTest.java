package dev.ucare.testsupport;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class RandomFilesTest {

	@TempDir
	Path dir;

	@Test
	void writesTheSizeAskedForPastAChunk() throws IOException {
		Path file = RandomFiles.write(dir.resolve("a.bin"), 1024 * 1024 + 3, 1);

		assertThat(file).hasSize(1024 * 1024 + 3);
	}

	@Test
	void theSameSeedGivesTheSameBytesAndAnotherSeedOthers() throws IOException {
		byte[] first = Files.readAllBytes(RandomFiles.write(dir.resolve("a.bin"), 4096, 7));
		byte[] again = Files.readAllBytes(RandomFiles.write(dir.resolve("b.bin"), 4096, 7));
		byte[] other = Files.readAllBytes(RandomFiles.write(dir.resolve("c.bin"), 4096, 8));

		assertThat(again).isEqualTo(first);
		assertThat(other).isNotEqualTo(first);
	}

}
