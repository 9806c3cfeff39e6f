package dev.ucare.emulator;

import java.util.Objects;
import java.util.function.Supplier;

import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

import org.jspecify.annotations.Nullable;

/**
 * JUnit 5 extension: starts one emulator per test class (closed after the class), resets
 * it before each test and injects it into parameters of type {@link UploadcareEmulator}.
 *
 * <pre>{@code
 * &#64;ExtendWith(UploadcareEmulatorExtension.class)
 * class MyTest {

 *     &#64;Test void uploads(UploadcareEmulator emulator) { ... }
 * }
 *
 * class MyOtherTest {
 *     &#64;RegisterExtension
 *     static UploadcareEmulatorExtension uploadcare = UploadcareEmulatorExtension.builder()
 *             .jobDelay(Duration.ZERO).build();
 *
&#64;Test void converts() { uploadcare.emulator().restBaseUrl(); }
 * }
 * }</pre>
 */
public final class UploadcareEmulatorExtension implements BeforeEachCallback, ParameterResolver {

	private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace
		.create(UploadcareEmulatorExtension.class);

	private final Supplier<UploadcareEmulator.Builder> builder;

	private volatile @Nullable UploadcareEmulator emulator;

	/** Used by {@code @ExtendWith}: default settings. */
	public UploadcareEmulatorExtension() {
		this(UploadcareEmulator::builder);
	}

	private UploadcareEmulatorExtension(Supplier<UploadcareEmulator.Builder> builder) {
		this.builder = builder;
	}

	/**
	 * @return an extension builder wrapping {@link UploadcareEmulator.Builder}; finish
	 * with {@link UploadcareEmulator.Builder} options then
	 * {@link ExtensionBuilder#build()}
	 */
	public static ExtensionBuilder builder() {
		return new ExtensionBuilder();
	}

	/**
	 * @return the emulator of the current test class (started on first use)
	 */
	public UploadcareEmulator emulator() {
		UploadcareEmulator current = emulator;
		if (current == null) {
			throw new IllegalStateException("The emulator starts before the first test of the class");
		}
		return current;
	}

	private UploadcareEmulator emulator(ExtensionContext context) {
		ExtensionContext classContext = context.getTestClass().isPresent() && context.getParent().isPresent()
				&& context.getTestMethod().isPresent() ? context.getParent().get() : context;
		// getOrComputeIfAbsent works with JUnit 5 and 6 (computeIfAbsent is JUnit 6
		// only); it is @Nullable because a stored value may be null, which ours never is
		UploadcareEmulator started = Objects.requireNonNull(
				classContext.getStore(NAMESPACE)
					.getOrComputeIfAbsent("emulator", key -> builder.get().start(), UploadcareEmulator.class),
				"emulator");
		emulator = started;
		return started;
	}

	@Override
	public void beforeEach(ExtensionContext context) {
		emulator(context).reset();
	}

	@Override
	public boolean supportsParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
		return parameterContext.getParameter().getType() == UploadcareEmulator.class;
	}

	@Override
	public Object resolveParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
		return emulator(extensionContext);
	}

	/** Builds an extension with custom emulator options. */
	public static final class ExtensionBuilder {

		private java.util.function.UnaryOperator<UploadcareEmulator.Builder> customizer = b -> b;

		private ExtensionBuilder() {
		}

		/**
		 * Applies options to the emulator builder, e.g.
		 * {@code b -> b.jobDelay(Duration.ZERO)}.
		 */
		public ExtensionBuilder configure(java.util.function.UnaryOperator<UploadcareEmulator.Builder> options) {
			Arguments.notNull(options, "options");
			java.util.function.UnaryOperator<UploadcareEmulator.Builder> previous = customizer;
			customizer = b -> options.apply(previous.apply(b));
			return this;
		}

		/** Shorthand for the job delay option. */
		public ExtensionBuilder jobDelay(java.time.Duration delay) {
			Arguments.notNull(delay, "delay");
			return configure(b -> b.jobDelay(delay));
		}

		/** Shorthand for the keys option. */
		public ExtensionBuilder keys(String publicKey, String secretKey) {
			Arguments.notNull(publicKey, "publicKey");
			Arguments.notNull(secretKey, "secretKey");
			return configure(b -> b.keys(publicKey, secretKey));
		}

		/**
		 * @return the extension
		 */
		public UploadcareEmulatorExtension build() {
			java.util.function.UnaryOperator<UploadcareEmulator.Builder> options = customizer;
			return new UploadcareEmulatorExtension(() -> options.apply(UploadcareEmulator.builder()));
		}

	}

}
