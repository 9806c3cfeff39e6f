package dev.ucare.testsupport;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;

/**
 * Checks a public API's null contract the way Kotlin and NullAway read its JSpecify
 * annotations: every parameter of a public constructor or method that is not
 * {@code @Nullable} must refuse {@code null} at once with an
 * {@link IllegalArgumentException} that names it (its message contains the parameter's
 * name, or the name in words: {@code "secretKey must not be null"},
 * {@code "signing secret must not be empty"}), never with a later
 * {@link NullPointerException} nor by accepting it.
 *
 * <p>
 * Each such parameter is tested once with {@code null} while the other arguments are
 * valid samples ({@code @Nullable} ones get {@code null}), so that only the {@code null}
 * can be refused. Instance methods are called on the instances given; constructors of
 * abstract types, compiler-written members ({@code valueOf} of enums, {@code equals}) and
 * members without a parameter to check are skipped.
 *
 * <pre>{@code
 * NullArguments.Result result = NullArguments.of(types)
 *         .instance(Builder.class, Client.builder())
 *         .sample(Duration.class, () -> Duration.ofSeconds(1))
 *         .check();
 * assertThat(result.failures()).isEmpty();
 * }</pre>
 */
public final class NullArguments {

	private final List<Class<?>> types;

	private final Map<Class<?>, Object> instances = new LinkedHashMap<>();

	private final Map<Class<?>, Function<Parameter, ?>> samples = new LinkedHashMap<>();

	private Predicate<Executable> ignored = (executable) -> false;

	private @Nullable Function<String, String> exactMessage;

	private NullArguments(List<Class<?>> types) {
		this.types = List.copyOf(types);
		sample(int.class, () -> 1);
		sample(long.class, () -> 1L);
		sample(double.class, () -> 1.0);
		sample(boolean.class, () -> false);
	}

	/**
	 * A check of {@code types}' public constructors and methods.
	 * @param types the types, e.g. from {@link #publicTypes(Class, Predicate)}
	 * @return the check, to be given instances and samples
	 */
	public static NullArguments of(List<Class<?>> types) {
		return new NullArguments(types);
	}

	/**
	 * The public types (top-level and nested, not anonymous, every enclosing type public)
	 * compiled next to {@code anchor}: those in the same class directory or jar root.
	 * @param anchor a class of the module whose types are wanted
	 * @param filter which of them to keep
	 * @return the types, sorted by name
	 */
	public static List<Class<?>> publicTypes(Class<?> anchor, Predicate<Class<?>> filter) {
		Path classes;
		try {
			classes = Path.of(anchor.getProtectionDomain().getCodeSource().getLocation().toURI());
		}
		catch (URISyntaxException ex) {
			throw new IllegalStateException("Cannot locate the classes of " + anchor, ex);
		}
		List<Class<?>> types = new ArrayList<>();
		try (Stream<Path> files = Files.walk(classes)) {
			for (Path file : files.filter((f) -> f.toString().endsWith(".class")).toList()) {
				String name = classes.relativize(file).toString().replace(File.separatorChar, '.');
				name = name.substring(0, name.length() - ".class".length());
				if (name.endsWith("package-info") || name.equals("module-info")) {
					continue;
				}
				Class<?> type = Class.forName(name, false, anchor.getClassLoader());
				if (isPublic(type) && !type.isAnonymousClass() && filter.test(type)) {
					types.add(type);
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (ClassNotFoundException ex) {
			throw new IllegalStateException(ex);
		}
		types.sort(Comparator.comparing(Class::getName));
		return types;
	}

	/**
	 * Calls {@code type}'s instance methods on {@code instance}.
	 * @param type the type
	 * @param instance an instance of it
	 * @return this check
	 */
	public NullArguments instance(Class<?> type, Object instance) {
		instances.put(type, instance);
		return this;
	}

	/**
	 * A valid value for parameters of {@code type}.
	 * @param type the parameter type
	 * @param sample makes a value
	 * @return this check
	 */
	public NullArguments sample(Class<?> type, Supplier<?> sample) {
		samples.put(type, (parameter) -> sample.get());
		return this;
	}

	/**
	 * A valid value for parameters of {@code type}, by parameter (e.g. by its name).
	 * @param type the parameter type
	 * @param sample makes a value for a parameter
	 * @return this check
	 */
	public NullArguments sampleFor(Class<?> type, Function<Parameter, ?> sample) {
		samples.put(type, sample);
		return this;
	}

	/**
	 * Leaves out constructors and methods, e.g. those only a framework calls.
	 * @param executables which to leave out
	 * @return this check
	 */
	public NullArguments ignore(Predicate<Executable> executables) {
		this.ignored = this.ignored.or(executables);
		return this;
	}

	/**
	 * Requires each refusal's message to be exactly the one {@code message} gives for the
	 * parameter's name, rather than only {@linkplain #namesParameter naming it}.
	 * @param message the expected message for a parameter name, e.g.
	 * {@code name -> name + " must not be null"}
	 * @return this check
	 */
	public NullArguments exactMessage(Function<String, String> message) {
		this.exactMessage = message;
		return this;
	}

	/**
	 * Runs the check.
	 * @return every parameter checked and every one that broke the contract
	 */
	public Result check() {
		List<String> checked = new ArrayList<>();
		List<String> failures = new ArrayList<>();
		for (Class<?> type : types) {
			for (Executable executable : executables(type)) {
				if (ignored.test(executable)
						|| Stream.of(executable.getParameters()).noneMatch(NullArguments::needsCheck)) {
					continue;
				}
				boolean isStatic = executable instanceof Constructor<?> || Modifier.isStatic(executable.getModifiers());
				Object target = isStatic ? null : instances.get(type);
				if (!isStatic && target == null) {
					failures.add("no instance of " + type.getName() + " to call " + executable);
					continue;
				}
				Parameter[] parameters = executable.getParameters();
				for (int i = 0; i < parameters.length; i++) {
					if (!needsCheck(parameters[i])) {
						continue;
					}
					String name = describe(executable, parameters[i]);
					checked.add(name);
					@Nullable Object[] args = new Object[parameters.length];
					try {
						for (int j = 0; j < parameters.length; j++) {
							args[j] = (j == i || isNullable(parameters[j])) ? null : sample(parameters[j]);
						}
					}
					catch (IllegalStateException ex) {
						failures.add(name + ": " + ex.getMessage());
						continue;
					}
					Throwable thrown = call(executable, target, args);
					if (!(thrown instanceof IllegalArgumentException)
							|| !isRefusalMessage(thrown.getMessage(), parameters[i].getName())) {
						failures.add(name + " threw " + thrown);
					}
				}
			}
		}
		return new Result(checked, failures);
	}

	/**
	 * Whether {@code message} names {@code parameter}: as written ({@code cdnBase}), in
	 * words ({@code "cdn base"}), or by its last word ({@code "base"}), case aside.
	 * @param message an exception's message
	 * @param parameter a parameter's name
	 * @return whether the message names it
	 */
	public static boolean namesParameter(@Nullable String message, String parameter) {
		if (message == null) {
			return false;
		}
		String words = parameter.replaceAll("([a-z0-9])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
		String last = words.substring(words.lastIndexOf(' ') + 1);
		return Pattern
			.compile("\\b(" + Pattern.quote(parameter.toLowerCase(Locale.ROOT)) + "|" + Pattern.quote(words) + "|"
					+ Pattern.quote(last) + ")\\b")
			.matcher(message.toLowerCase(Locale.ROOT))
			.find();
	}

	private boolean isRefusalMessage(@Nullable String message, String parameter) {
		Function<String, String> exact = this.exactMessage;
		return (exact != null) ? exact.apply(parameter).equals(message) : namesParameter(message, parameter);
	}

	private static boolean needsCheck(Parameter parameter) {
		return !parameter.getType().isPrimitive() && !isNullable(parameter);
	}

	private static boolean isNullable(Parameter parameter) {
		return parameter.getAnnotatedType().isAnnotationPresent(Nullable.class);
	}

	private static boolean isPublic(Class<?> type) {
		for (Class<?> c = type; c != null; c = c.getEnclosingClass()) {
			if (!Modifier.isPublic(c.getModifiers())) {
				return false;
			}
		}
		return true;
	}

	private static List<Executable> executables(Class<?> type) {
		List<Executable> executables = new ArrayList<>();
		if (!Modifier.isAbstract(type.getModifiers()) && !type.isEnum()) {
			executables.addAll(List.of(type.getConstructors()));
		}
		for (Method method : type.getDeclaredMethods()) {
			if (Modifier.isPublic(method.getModifiers()) && !method.isSynthetic() && !method.isBridge()
					&& !method.getName().equals("equals") && !(type.isEnum() && method.getName().equals("valueOf"))) {
				executables.add(method);
			}
		}
		executables.sort(Comparator.comparing(Executable::toString));
		return executables;
	}

	private Object sample(Parameter parameter) {
		Function<Parameter, ?> sample = samples.get(parameter.getType());
		if (sample == null) {
			throw new IllegalStateException("no sample value for " + parameter.getType().getName());
		}
		return sample.apply(parameter);
	}

	private static String describe(Executable executable, Parameter parameter) {
		Class<?> type = executable.getDeclaringClass();
		String owner = (type.getEnclosingClass() != null)
				? type.getEnclosingClass().getSimpleName() + "." + type.getSimpleName() : type.getSimpleName();
		return owner + ((executable instanceof Method) ? "." + executable.getName() : "") + "(" + parameter.getName()
				+ ")";
	}

	/** What {@code executable} threw, or {@code null}. */
	private static @Nullable Throwable call(Executable executable, @Nullable Object target, @Nullable Object[] args) {
		try {
			if (executable instanceof Constructor<?> constructor) {
				constructor.newInstance(args);
			}
			else {
				((Method) executable).invoke(target, args);
			}
			return null;
		}
		catch (InvocationTargetException ex) {
			return ex.getCause();
		}
		catch (ReflectiveOperationException ex) {
			return ex;
		}
	}

	/**
	 * The outcome of a check.
	 *
	 * @param checked every parameter checked, as {@code Type.method(parameter)} or
	 * {@code Type(parameter)} for a constructor
	 * @param failures every parameter that broke the contract, with what happened
	 */
	public record Result(List<String> checked, List<String> failures) {
	}

}
