package dev.ucare.client.testing;

import java.util.Iterator;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Supplier;

import dev.ucare.client.Page;
import dev.ucare.client.files.FileInfo;
import dev.ucare.client.internal.Json;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Assertions that a reading gives what the client's JSON mapper gives: equal values of
 * the same classes (trees compared node by node, {@code IntNode} is not
 * {@code LongNode}), or the same exception with the same message.
 */
public final class SameAsMapper {

	private SameAsMapper() {
	}

	/**
	 * {@code actual} gives what {@code mapper} gives: values that {@code same} accepts,
	 * or an exception of the same class and message.
	 */
	public static <T> void assertSameOutcome(String what, Supplier<@Nullable T> mapper, Supplier<@Nullable T> actual,
			BiConsumer<@Nullable T, @Nullable T> same) {
		Object expected = outcome(mapper);
		Object got = outcome(actual);
		if (expected instanceof RuntimeException failure) {
			assertThat(got).as("%s: the mapper failed with %s", what, failure).isInstanceOf(failure.getClass());
			assertThat(((RuntimeException) got).getMessage()).as(what).isEqualTo(failure.getMessage());
			return;
		}
		assertThat(got).as("%s: the mapper read %s", what, expected).isNotInstanceOf(RuntimeException.class);
		@SuppressWarnings("unchecked")
		T expectedValue = (T) ((Value) expected).value();
		@SuppressWarnings("unchecked")
		T gotValue = (T) ((Value) got).value();
		same.accept(expectedValue, gotValue);
	}

	private static Object outcome(Supplier<?> reading) {
		try {
			return new Value(reading.get());
		}
		catch (RuntimeException ex) {
			return ex;
		}
	}

	private record Value(@Nullable Object value) {
	}

	/**
	 * {@link Json#tree} reads {@code body} as {@code mapper.readTree} does: the same tree
	 * or the same error.
	 */
	public static void assertSameTreeAsMapper(String what, byte[] body) {
		assertSameOutcome(what, () -> Json.mapper().readTree(body), () -> Json.tree(body),
				SameAsMapper::assertSameTree);
	}

	/** Equal trees whose nodes have the same classes, all the way down. */
	public static void assertSameTree(@Nullable JsonNode expected, @Nullable JsonNode actual) {
		assertSameTree("$", expected, actual);
	}

	private static void assertSameTree(String path, @Nullable JsonNode expected, @Nullable JsonNode actual) {
		if (expected == null || actual == null) {
			assertThat(actual).as(path).isSameAs(expected);
			return;
		}
		assertThat(actual.getClass()).as(path).isEqualTo(expected.getClass());
		assertThat(actual).as(path).isEqualTo(expected);
		assertThat(actual.size()).as(path).isEqualTo(expected.size());
		if (expected.isObject()) {
			Iterator<Map.Entry<String, JsonNode>> expectedFields = expected.properties().iterator();
			Iterator<Map.Entry<String, JsonNode>> actualFields = actual.properties().iterator();
			while (expectedFields.hasNext()) {
				Map.Entry<String, JsonNode> field = expectedFields.next();
				assertThat(actualFields.next().getKey()).as(path + " order").isEqualTo(field.getKey());
				assertSameTree(path + "." + field.getKey(), field.getValue(), actual.get(field.getKey()));
			}
		}
		else if (expected.isArray()) {
			for (int i = 0; i < expected.size(); i++) {
				assertSameTree(path + "[" + i + "]", expected.get(i), actual.get(i));
			}
		}
	}

	/** Equal files whose trees are the same (classes included). */
	public static void assertSameFile(@Nullable FileInfo expected, @Nullable FileInfo actual) {
		assertThat(actual).isEqualTo(expected);
		if (expected != null && actual != null) {
			assertSameTree(expected.variations(), actual.variations());
			assertSameTree(expected.contentInfo(), actual.contentInfo());
			assertSameTree(expected.appdata(), actual.appdata());
			assertThat(actual.metadata()).containsExactlyEntriesOf(expected.metadata());
		}
	}

	/** Equal pages of files whose files are the same. */
	public static void assertSamePage(@Nullable Page<FileInfo> expected, @Nullable Page<FileInfo> actual) {
		assertThat(actual).isEqualTo(expected);
		if (expected != null && actual != null) {
			for (int i = 0; i < expected.results().size(); i++) {
				assertSameFile(expected.results().get(i), actual.results().get(i));
			}
		}
	}

}
