package dev.ucare.client.internal;

import java.nio.charset.StandardCharsets;
import java.util.List;

import dev.ucare.client.testing.Cassette;
import dev.ucare.client.testing.SameAsMapper;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.NullNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link Json#tree} (every Upload API answer, REST error bodies) builds without the
 * mapper exactly the tree {@code mapper.readTree} builds, and leaves to the mapper what
 * it does not reproduce, errors included.
 */
class StreamingJsonTest {

	/** {@code body} is read without the mapper, into the mapper's tree. */
	private static void assertReadWithoutTheMapper(String what, byte[] body) {
		assertThat(StreamingJson.tree(body)).as(what).isNotNull();
		SameAsMapper.assertSameTreeAsMapper(what, body);
	}

	/** {@code body} is left to the mapper, which reads or rejects it as before. */
	private static void assertLeftToTheMapper(String what, byte[] body) {
		assertThat(StreamingJson.tree(body)).as(what).isNull();
		SameAsMapper.assertSameTreeAsMapper(what, body);
	}

	private static byte[] utf8(String json) {
		return json.getBytes(StandardCharsets.UTF_8);
	}

	@Test
	void everyRecordedJsonBodyReadsAsTheMappersTree() {
		List<Cassette> recordings = Cassette.loadAll();
		int read = 0;
		for (Cassette cassette : recordings) {
			for (Cassette.Interaction interaction : cassette.interactions()) {
				String text = interaction.body().strip();
				if (text.startsWith("{") || text.startsWith("[")) {
					byte[] body = utf8(interaction.body());
					assertReadWithoutTheMapper(interaction.describe(), body);
					read++;
				}
			}
		}
		assertThat(read).as("recorded JSON bodies").isGreaterThanOrEqualTo(25);
		assertThat(recordings).extracting(Cassette::name)
			.contains("test_upload_file", "test_multipart_upload", "test_file_info_has_new_structure");
	}

	@ParameterizedTest
	@ValueSource(strings = { "{}", "[]", "  {\"a\":1}\n\t ", "[[[]],{},[{}]]",
			"{\"int\":1,\"negative\":-2147483648,\"long\":2147483648,\"min long\":-9223372036854775808,"
					+ "\"big\":9223372036854775808,\"bigger\":-123456789012345678901234567890}",
			"[1.5,-0.0,0.1,1e3,1E-7,1e400,-1e400,4.9e-324,123456789012345678901234567890.5]",
			"{\"s\":\"\",\"escapes\":\"\\u00e9\\ud83d\\ude00\\\"\\\\\\/\\b\\f\\n\\r\\t\",\"raw\":\"żółw 🐢\"}",
			"{\"t\":true,\"f\":false,\"n\":null,\"a\":[true,false,null]}",
			"{\"dup\":1,\"other\":2,\"dup\":{\"dup\":[1],\"dup\":[2]},\"dup\":null}",
			"{\"\":\"empty key\",\"nested\":{\"deep\":{\"er\":[{\"est\":[]}]}}}" })
	void objectsAndArraysReadWithoutTheMapperAsTheMapperReadsThem(String json) {
		assertReadWithoutTheMapper(json, utf8(json));
	}

	@Test
	void duplicateKeysLastWinsAtTheFirstOnesPlace() {
		JsonNode tree = Json.tree(utf8("{\"a\":1,\"b\":2,\"a\":3}"));

		assertThat(tree.propertyNames()).containsExactly("a", "b");
		assertThat(tree.get("a").intValue()).isEqualTo(3);
	}

	/**
	 * Top-level scalars, trailing tokens, malformed or truncated bodies and very deep
	 * trees go to the mapper, which reads or rejects them as before.
	 */
	@ParameterizedTest
	@ValueSource(strings = { "null", "5", "\"text\"", "true", " ", "{}{}", "{} {\"a\":1}", "[] 5", "{} x", "{\"a\":",
			"{\"a\":1", "[1,2", "[1 2]", "{\"a\":1,}", "[1,]", "{a:1}", "{'a':1}", "[NaN]", "[01]", "{\"a\":\"\\x\"}",
			"{\"a\":1}}" })
	void whatItDoesNotReproduceGoesToTheMapper(String json) {
		assertLeftToTheMapper(json, utf8(json));
	}

	@Test
	void veryDeepTreesGoToTheMapper() {
		String deep = "[".repeat(300) + "]".repeat(300);
		String shallow = "[".repeat(150) + "]".repeat(150);

		assertLeftToTheMapper("300 levels", utf8(deep));
		assertReadWithoutTheMapper("150 levels", utf8(shallow));
	}

	@Test
	void anEmptyBodyIsTheNullNode() {
		assertThat(Json.tree(new byte[0])).isSameAs(NullNode.getInstance());
	}

	@Test
	void invalidUtf8GoesToTheMapper() {
		byte[] body = { '{', '"', 'a', '"', ':', '"', (byte) 0xC3, '"', '}' };

		assertLeftToTheMapper("invalid UTF-8", body);
	}

	@Test
	void aByteOrderMarkReadsAsTheMapperReadsIt() {
		SameAsMapper.assertSameTreeAsMapper("BOM", utf8("\uFEFF{\"a\":[1]}"));
	}

}
