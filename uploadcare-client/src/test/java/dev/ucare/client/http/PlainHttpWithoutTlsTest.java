package dev.ucare.client.http;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import dev.ucare.client.UploadcareClient;
import dev.ucare.client.files.FileQuery;
import dev.ucare.client.upload.UploadOptions;
import dev.ucare.emulator.UploadcareEmulator;
import dev.ucare.emulator.UploadcareEmulatorExtension;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With {@code http://} base URLs (an emulator's) the client loads nothing of TLS: checked
 * in a fresh JVM, forked with the test's class path, that makes REST and Upload API calls
 * against the emulator and logs every class it loads.
 */
class PlainHttpWithoutTlsTest {

	@RegisterExtension
	static UploadcareEmulatorExtension uploadcare = UploadcareEmulatorExtension.builder().build();

	@Test
	void callsOverPlainHttpLoadNoTlsClass(@TempDir Path dir) throws Exception {
		UploadcareEmulator emulator = uploadcare.emulator();
		emulator.seedFile("c0ffee00-0000-4000-8000-000000000001", "a.txt", "a".getBytes(StandardCharsets.UTF_8));
		Path classes = dir.resolve("classes.log");
		List<String> command = new ArrayList<>(
				List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
						"-Xlog:class+load=info:file=" + classes, "-cp", System.getProperty("java.class.path"),
						Calls.class.getName(), emulator.uploadBaseUrl().toString(), emulator.restBaseUrl().toString(),
						emulator.publicKey(), emulator.secretKey()));
		Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();

		assertThat(output).contains("listed 1, uploaded 5 bytes");
		assertThat(process.exitValue()).isZero();
		List<String> loaded = Files.readAllLines(classes);
		assertThat(loaded).anyMatch(line -> line.contains("java.net.HttpURLConnection"))
			.anyMatch(line -> line.contains(UploadcareClient.class.getName()))
			.noneMatch(line -> line.contains(" javax.net.ssl.") || line.contains(" sun.security.ssl."));
		assertThat(emulator.requestLog().matching("^/base/")).hasSize(1);
	}

	/** The forked JVM: a listing and an upload. */
	static final class Calls {

		public static void main(String[] args) throws IOException {
			try (UploadcareClient client = UploadcareClient.builder()
				.uploadBaseUrl(java.net.URI.create(args[0]))
				.restBaseUrl(java.net.URI.create(args[1]))
				.publicKey(args[2])
				.secretKey(args[3])
				.build()) {
				int listed = client.files().list(FileQuery.builder().limit(10).build()).results().size();
				long uploaded = client.uploads()
					.upload("hello".getBytes(StandardCharsets.UTF_8), UploadOptions.builder().filename("h.txt").build())
					.size();
				System.out.println("listed " + listed + ", uploaded " + uploaded + " bytes");
			}
		}

	}

}
