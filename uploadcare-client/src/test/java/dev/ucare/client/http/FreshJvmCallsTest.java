package dev.ucare.client.http;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import dev.ucare.client.UploadcareClient;
import dev.ucare.client.files.FileQuery;
import dev.ucare.client.upload.UploadOptions;
import dev.ucare.emulator.UploadcareEmulator;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the client's most frequent calls load in a fresh JVM, forked with the test's class
 * path and {@code -Xlog:class+load}: a listing, a file get, a direct upload (as a file
 * and for its UUID) and a multipart upload against the emulator. With {@code http://}
 * base URLs (an emulator's) nothing of TLS is loaded; and these calls read their answers
 * with jackson-core's streaming parser alone, so Jackson's mapper and its bean
 * deserializers are never built.
 */
class FreshJvmCallsTest {

	private static final String SEEDED = "c0ffee00-0000-4000-8000-000000000001";

	/** Just above the server's (and the emulator's) smallest multipart upload. */
	private static final int MULTIPART_BYTES = 10 * 1024 * 1024 + 1;

	@TempDir
	static Path dir;

	private static UploadcareEmulator emulator;

	private static String output;

	private static int exitValue;

	/** The classes the forked JVM loaded. */
	private static Set<String> loaded;

	@BeforeAll
	static void runCallsInAFreshJvm() throws Exception {
		emulator = UploadcareEmulator.start();
		emulator.seedFile(SEEDED, "a.txt", "a".getBytes(StandardCharsets.UTF_8));
		Path classes = dir.resolve("classes.log");
		List<String> command = new ArrayList<>(
				List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
						"-Xlog:class+load=info:file=" + classes, "-cp", System.getProperty("java.class.path"),
						Calls.class.getName(), emulator.uploadBaseUrl().toString(), emulator.restBaseUrl().toString(),
						emulator.publicKey(), emulator.secretKey(), SEEDED));
		Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
		output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
		exitValue = process.exitValue();
		Pattern name = Pattern.compile("\\[class,load\\] (\\S+) ");
		loaded = Files.readAllLines(classes)
			.stream()
			.map(name::matcher)
			.filter(Matcher::find)
			.map((m) -> m.group(1))
			.collect(Collectors.toSet());
	}

	@AfterAll
	static void stopEmulator() {
		if (emulator != null) {
			emulator.close();
		}
	}

	@Test
	void callsAnswerInTheFreshJvm() {
		assertThat(output).contains(
				"listed 1, got a.txt, uploaded 5 bytes, uuid of 5 bytes, multipart " + MULTIPART_BYTES + " bytes");
		assertThat(exitValue).isZero();
		assertThat(emulator.requestLog().matching("^/base/")).hasSize(2);
		assertThat(emulator.requestLog().matching("^/multipart/complete/")).hasSize(1);
		assertThat(loaded).contains("java.net.HttpURLConnection", UploadcareClient.class.getName());
	}

	@Test
	void callsOverPlainHttpLoadNoTlsClass() {
		assertThat(loaded).isNotEmpty()
			.noneMatch((name) -> name.startsWith("javax.net.ssl.") || name.startsWith("sun.security.ssl."));
	}

	/**
	 * {@code ObjectMapper} itself is loaded (not built): Spring's message converters
	 * check whether it is on the class path.
	 */
	@Test
	void frequentCallsNeverBuildTheJsonMapper() {
		assertThat(loaded).contains("tools.jackson.core.json.JsonFactory", "tools.jackson.databind.node.ObjectNode")
			.doesNotContain("tools.jackson.databind.json.JsonMapper", "tools.jackson.databind.cfg.MapperBuilder",
					"tools.jackson.databind.DeserializationContext", "tools.jackson.databind.deser.BeanDeserializer",
					"tools.jackson.databind.deser.jackson.JsonNodeDeserializer")
			.noneMatch((name) -> name.startsWith("tools.jackson.databind.deser.")
					|| name.startsWith("tools.jackson.databind.introspect."));
	}

	/** The forked JVM: a listing, a file get, and direct and multipart uploads. */
	static final class Calls {

		public static void main(String[] args) throws IOException {
			try (UploadcareClient client = UploadcareClient.builder()
				.uploadBaseUrl(java.net.URI.create(args[0]))
				.restBaseUrl(java.net.URI.create(args[1]))
				.publicKey(args[2])
				.secretKey(args[3])
				.build()) {
				int listed = client.files().list(FileQuery.builder().limit(10).build()).results().size();
				String got = client.files().get(args[4]).originalFilename();
				byte[] hello = "hello".getBytes(StandardCharsets.UTF_8);
				long uploaded = client.uploads()
					.upload(hello, UploadOptions.builder().filename("h.txt").build())
					.size();
				String uuid = client.uploads()
					.uploadForUuid(dev.ucare.client.upload.UploadSource.of(hello, "u.txt"), UploadOptions.defaults());
				long forUuid = client.files().get(uuid).size();
				long multipart = client.uploads()
					.upload(new byte[MULTIPART_BYTES], UploadOptions.builder().filename("big.bin").build())
					.size();
				System.out.println("listed " + listed + ", got " + got + ", uploaded " + uploaded + " bytes, uuid of "
						+ forUuid + " bytes, multipart " + multipart + " bytes");
			}
		}

	}

}
