package dev.ucare.testsupport;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The check itself: it passes a conforming API and reports each way of breaking it. */
class NullArgumentsTest {

	@Test
	void aParameterThatRefusesNullNamingItPasses() {
		NullArguments.Result result = NullArguments.of(List.of(Conforming.class))
			.instance(Conforming.class, new Conforming("x"))
			.sample(String.class, () -> "x")
			.check();
		assertThat(result.failures()).isEmpty();
		// named after the nearest enclosing type
		assertThat(result.checked()).containsExactlyInAnyOrder("NullArgumentsTest.Conforming(name)",
				"NullArgumentsTest.Conforming.rename(newName)", "NullArgumentsTest.Conforming.of(name)");
	}

	@Test
	void eachWayOfBreakingTheContractIsReported() {
		NullArguments.Result result = NullArguments.of(List.of(Broken.class))
			.instance(Broken.class, new Broken())
			.sample(String.class, () -> "x")
			.check();
		assertThat(result.failures()).hasSize(4)
			.anySatisfy(
					(failure) -> assertThat(failure).startsWith("NullArgumentsTest.Broken.accepts(value) threw null"))
			.anySatisfy((failure) -> assertThat(failure)
				.startsWith("NullArgumentsTest.Broken.dereferences(value) threw java.lang.NullPointerException"))
			.anySatisfy((failure) -> assertThat(failure).startsWith(
					"NullArgumentsTest.Broken.namesAnother(value) threw java.lang.IllegalArgumentException: other"))
			.anySatisfy((failure) -> assertThat(failure)
				.isEqualTo("NullArgumentsTest.Broken.needsASample(value): no sample value for java.lang.Thread"));
	}

	@Test
	void anExactMessageCanBeRequired() {
		NullArguments.Result exact = NullArguments.of(List.of(Conforming.class))
			.instance(Conforming.class, new Conforming("x"))
			.sample(String.class, () -> "x")
			.exactMessage((name) -> name + " must not be null")
			.check();
		assertThat(exact.failures()).isEmpty();
		assertThat(exact.checked()).hasSize(3);
		// naming the parameter is not enough then
		NullArguments.Result other = NullArguments.of(List.of(Conforming.class))
			.instance(Conforming.class, new Conforming("x"))
			.sample(String.class, () -> "x")
			.exactMessage((name) -> name + " is required")
			.check();
		assertThat(other.failures()).hasSize(3)
			.allSatisfy((failure) -> assertThat(failure).contains("threw java.lang.IllegalArgumentException"));
	}

	@Test
	void aMessageNamesAParameterAsWrittenInWordsOrByItsLastWord() {
		assertThat(NullArguments.namesParameter("secretKey must not be null", "secretKey")).isTrue();
		assertThat(NullArguments.namesParameter("signing secret must not be empty", "signingSecret")).isTrue();
		assertThat(NullArguments.namesParameter("stretch mode must not be null", "mode")).isTrue();
		assertThat(NullArguments.namesParameter("Not a file UUID: 'null'", "uuid")).isTrue();
		assertThat(NullArguments.namesParameter("ttl must not be null", "signatureTtl")).isTrue();
		assertThat(NullArguments.namesParameter("defaultStore is required", "store")).isFalse();
		assertThat(NullArguments.namesParameter(null, "value")).isFalse();
	}

	public static final class Conforming {

		private String name;

		public Conforming(String name) {
			this.name = notNull(name, "name");
		}

		public static Conforming of(String name) {
			return new Conforming(name);
		}

		public Conforming rename(String newName) {
			this.name = notNull(newName, "newName");
			return this;
		}

		public String describe(@Nullable String prefix, int times) {
			return (prefix != null ? prefix : "") + name.repeat(times);
		}

		private static String notNull(@Nullable String value, String name) {
			if (value == null) {
				throw new IllegalArgumentException(name + " must not be null");
			}
			return value;
		}

	}

	public static final class Broken {

		public void accepts(String value) {
		}

		public int dereferences(String value) {
			return value.length();
		}

		public void namesAnother(String value) {
			throw new IllegalArgumentException("other must not be null");
		}

		public void needsASample(String value, Thread thread) {
			if (value == null || thread == null) {
				throw new IllegalArgumentException((value == null ? "value" : "thread") + " must not be null");
			}
		}

	}

}
