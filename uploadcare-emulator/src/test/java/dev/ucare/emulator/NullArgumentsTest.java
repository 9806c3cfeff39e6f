package dev.ucare.emulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.fail;

import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import dev.ucare.emulator.spring.UploadcareEmulatorProperties;

/**
 * The public API's null contract: a parameter that is not {@code @Nullable} rejects
 * {@code null} at once with an {@link IllegalArgumentException} naming it, as Kotlin and
 * NullAway read the annotations.
 */
class NullArgumentsTest {

	@Test
	void everyNonNullableParameterOfThePublicApiRejectsNullNamingIt() throws Exception {
		try (UploadcareEmulator emulator = UploadcareEmulator.start()) {
			Map<Class<?>, @Nullable Object> targets = new LinkedHashMap<>();
			targets.put(UploadcareEmulator.class, emulator);
			targets.put(UploadcareEmulator.Builder.class, UploadcareEmulator.builder());
			targets.put(Faults.class, emulator.faults());
			targets.put(FaultRule.class, emulator.faults().fail(503, 0));
			targets.put(RequestLog.class, emulator.requestLog());
			targets.put(UploadcareEmulatorExtension.ExtensionBuilder.class, UploadcareEmulatorExtension.builder());
			targets.put(SeedFile.class, SeedFile.of(null, "a.txt", new byte[0]));
			targets.put(LoggedRequest.class, new LoggedRequest("rest", "GET", "/files/", null, Map.of(), 200, 1, 2));
			targets.put(UploadcareEmulatorProperties.class, null);
			List<String> checked = new ArrayList<>();
			for (Map.Entry<Class<?>, @Nullable Object> target : targets.entrySet()) {
				// users build seeds; the other records are the emulator's answers
				List<Executable> executables = new ArrayList<>(
						(target.getKey() == SeedFile.class) ? List.of(SeedFile.class.getConstructors()) : List.of());
				for (Method method : target.getKey().getDeclaredMethods()) {
					if (Modifier.isPublic(method.getModifiers()) && !method.isSynthetic()
							&& !method.getName().equals("equals")) {
						executables.add(method);
					}
				}
				for (Executable executable : executables) {
					Parameter[] parameters = executable.getParameters();
					for (int i = 0; i < parameters.length; i++) {
						if (parameters[i].getType().isPrimitive()
								|| parameters[i].getAnnotatedType().isAnnotationPresent(Nullable.class)) {
							continue;
						}
						String type = executable.getDeclaringClass().getSimpleName();
						String name = type + "." + ((executable instanceof Method) ? executable.getName() : type) + "("
								+ parameters[i].getName() + ")";
						Object[] args = new Object[parameters.length];
						for (int j = 0; j < parameters.length; j++) {
							args[j] = (j == i) ? null : sample(parameters[j].getType());
						}
						assertThatIllegalArgumentException().as(name)
							.isThrownBy(() -> call(executable, target.getValue(), args))
							.withMessage(parameters[i].getName() + " must not be null");
						checked.add(name);
					}
				}
			}
			// the check ran over the API, not over nothing
			assertThat(checked).contains("Builder.host(value)", "Builder.keys(secretKey)",
					"UploadcareEmulator.seedFile(seed)", "UploadcareEmulator.seedFile(content)",
					"UploadcareEmulator.group(id)", "Faults.latency(delay)", "FaultRule.forPaths(regex)",
					"RequestLog.count(pathRegex)", "SeedFile.SeedFile(content)", "ExtensionBuilder.keys(publicKey)",
					"LoggedRequest.header(name)", "UploadcareEmulatorProperties.asMap(emulator)");
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

	private static void call(Executable executable, @Nullable Object target, Object[] args) throws Throwable {
		try {
			if (executable instanceof Constructor<?> constructor) {
				constructor.newInstance(args);
			}
			else {
				Method method = (Method) executable;
				method.invoke(Modifier.isStatic(method.getModifiers()) ? null : target, args);
			}
		}
		catch (InvocationTargetException e) {
			throw e.getCause();
		}
	}

	private static Object sample(Class<?> type) {
		if (type == int.class) {
			return 1;
		}
		if (type == long.class) {
			return 1L;
		}
		if (type == boolean.class) {
			return true;
		}
		if (type == String.class) {
			return "x";
		}
		if (type == byte[].class) {
			return new byte[1];
		}
		if (type == Duration.class) {
			return Duration.ofSeconds(1);
		}
		if (type == Instant.class) {
			return Instant.EPOCH;
		}
		if (type == Clock.class) {
			return Clock.systemUTC();
		}
		if (type == Pattern.class) {
			return Pattern.compile("x");
		}
		if (type == List.class) {
			return List.of("x");
		}
		if (type == Map.class) {
			return Map.of();
		}
		if (type == SeedFile.class) {
			return SeedFile.of(null, "a.txt", new byte[1]);
		}
		if (type == UnaryOperator.class) {
			return UnaryOperator.identity();
		}
		if (type == Function.class) {
			return Function.identity();
		}
		return fail("no sample value for " + type);
	}

}
