package dev.ucare.emulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.lang.reflect.Constructor;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

import dev.ucare.testsupport.NullArguments;
import org.junit.jupiter.api.Test;

import dev.ucare.emulator.spring.UploadcareEmulatorProperties;

/**
 * The public API's null contract: a parameter that is not {@code @Nullable} rejects
 * {@code null} at once with an {@link IllegalArgumentException} naming it, as Kotlin and
 * NullAway read the annotations.
 */
class NullArgumentsTest {

	@Test
	void everyNonNullableParameterOfThePublicApiRejectsNullNamingIt() {
		try (UploadcareEmulator emulator = UploadcareEmulator.start()) {
			NullArguments.Result result = NullArguments
				.of(List.of(UploadcareEmulator.class, UploadcareEmulator.Builder.class, Faults.class, FaultRule.class,
						RequestLog.class, UploadcareEmulatorExtension.ExtensionBuilder.class, SeedFile.class,
						LoggedRequest.class, UploadcareEmulatorProperties.class))
				.instance(UploadcareEmulator.class, emulator)
				.instance(UploadcareEmulator.Builder.class, UploadcareEmulator.builder())
				.instance(Faults.class, emulator.faults())
				.instance(FaultRule.class, emulator.faults().fail(503, 0))
				.instance(RequestLog.class, emulator.requestLog())
				.instance(UploadcareEmulatorExtension.ExtensionBuilder.class, UploadcareEmulatorExtension.builder())
				.instance(SeedFile.class, SeedFile.of(null, "a.txt", new byte[0]))
				.instance(LoggedRequest.class, new LoggedRequest("rest", "GET", "/files/", null, Map.of(), 200, 1, 2))
				// users build seeds; the other records are the emulator's answers
				.ignore((executable) -> executable instanceof Constructor<?>
						&& executable.getDeclaringClass() != SeedFile.class)
				.sample(boolean.class, () -> true)
				.sample(String.class, () -> "x")
				.sample(byte[].class, () -> new byte[1])
				.sample(Duration.class, () -> Duration.ofSeconds(1))
				.sample(Instant.class, () -> Instant.EPOCH)
				.sample(Clock.class, Clock::systemUTC)
				.sample(Pattern.class, () -> Pattern.compile("x"))
				.sample(List.class, () -> List.of("x"))
				.sample(Map.class, Map::of)
				.sample(SeedFile.class, () -> SeedFile.of(null, "a.txt", new byte[1]))
				.sample(UnaryOperator.class, UnaryOperator::identity)
				.sample(Function.class, Function::identity)
				.exactMessage((name) -> name + " must not be null")
				.check();
			assertThat(result.failures()).isEmpty();
			// the check ran over the API, not over nothing
			assertThat(result.checked()).contains("UploadcareEmulator.Builder.host(value)",
					"UploadcareEmulator.Builder.keys(secretKey)", "UploadcareEmulator.seedFile(seed)",
					"UploadcareEmulator.seedFile(content)", "UploadcareEmulator.group(id)", "Faults.latency(delay)",
					"FaultRule.forPaths(regex)", "RequestLog.count(pathRegex)", "SeedFile(content)",
					"UploadcareEmulatorExtension.ExtensionBuilder.keys(publicKey)", "LoggedRequest.header(name)",
					"UploadcareEmulatorProperties.asMap(emulator)");
		}
	}

	@Test
	void aSeedOfAnUnknownProjectIsRefusedNamingIt() {
		try (UploadcareEmulator emulator = UploadcareEmulator.start()) {
			assertThatIllegalArgumentException()
				.isThrownBy(() -> emulator.seedFile(SeedFile.of(null, "a.txt", new byte[1]).withPublicKey("nobody")))
				.withMessageContaining("nobody");
			assertThat(emulator.files()).isEmpty();
		}
	}

	@Test
	void nullableSeedPartsTakeTheirDefaults() {
		SeedFile seed = new SeedFile(null, null, new byte[1], null, true, null, null, null);
		assertThat(seed.filename()).isEqualTo("file");
		assertThat(seed.metadata()).isEmpty();
	}

}
