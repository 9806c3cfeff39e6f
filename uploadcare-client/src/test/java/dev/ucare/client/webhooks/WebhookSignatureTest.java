package dev.ucare.client.webhooks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import dev.ucare.client.internal.Hashing;

class WebhookSignatureTest {

	private static final String BODY_A = ""
			+ "{\"payload_hash\":\"1844671900\",\"data\":{\"uuid\":\"f08d7c8a-2971-42e0-ab01-780d9039b40b\",\"image"
			+ "_info\":{\"color_mode\":\"RGB\",\"format\":\"JPEG\",\"height\":168,\"width\":300,\"orientation\":nul"
			+ "l,\"dpi\":null,\"geo_location\":null,\"datetime_original\":null,\"sequence\":false},\"video_info\":n"
			+ "ull,\"content_info\":{\"mime\":{\"mime\":\"image/jpeg\",\"type\":\"image\",\"subtype\":\"jpeg\"},\"v"
			+ "ideo\":null,\"image\":{\"color_mode\":\"RGB\",\"format\":\"JPEG\",\"height\":168,\"width\":300,\"ori"
			+ "entation\":null,\"dpi\":null,\"geo_location\":null,\"datetime_original\":null,\"sequence\":false}},\""
			+ "mime_type\":\"image/jpeg\",\"original_filename\":\"download.jpeg\",\"size\":10603,\"is_image\":true,"
			+ "\"is_ready\":true,\"datetime_removed\":null,\"datetime_stored\":null,\"datetime_uploaded\":null,\"or"
			+ "iginal_file_url\":\"https://ucarecdn.com/f08d7c8a-2971-42e0-ab01-780d9039b40b/download.jpeg\",\"url\""
			+ ":\"\",\"source\":null,\"variations\":null,\"rekognition_info\":null},\"hook\":{\"id\":889783,\"proje"
			+ "ct_id\":123681,\"target\":\"https://6f48-188-232-175-230.ngrok.io/posts\",\"event\":\"file.uploaded\""
			+ ",\"is_active\":true,\"created_at\":\"2021-11-18T06:17:42.730459Z\",\"updated_at\":\"2021-11-18T06:17"
			+ ":42.730459Z\"},\"file\":\"https://ucarecdn.com/f08d7c8a-2971-42e0-ab01-780d9039b40b/download.jpeg\"}";

	private static final String SIG_A = "v1=9b31c7dd83fdbf4a2e12b19d7f2b9d87d547672a325b9492457292db4f513c70";

	private static final byte[] BODY_B = "{\"hook\":{\"event\":\"file.uploaded\"},\"data\":{\"uuid\":\"03ccf9ab-f266-43fb-973d-a6529c55c2ae\"}}"
		.getBytes(StandardCharsets.UTF_8);

	private static final String SIG_B = "v1=e1791aede5deb3f332e8c15ad3c60832413b4f76f11992dcb789fe800f41deaa";

	private static byte[] bodyA() {
		return BODY_A.getBytes(StandardCharsets.UTF_8);
	}

	@Test
	void vectorABodyIsExact() {
		assertThat(bodyA()).hasSize(1163);
		assertThat(Hashing.md5Hex(bodyA())).isEqualTo("cac66d39c79a82943037de79bbda29ab");
	}

	@Test
	void signsVectorA() {
		assertThat(WebhookSignatures.sign(bodyA(), "12345X")).isEqualTo(SIG_A);
	}

	@Test
	void verifiesVectorA() {
		assertThat(new WebhookSignatureVerifier("12345X").verify(bodyA(), SIG_A)).isTrue();
	}

	@Test
	void vectorAFailsWithWrongSecret() {
		assertThat(new WebhookSignatureVerifier("12345").verify(bodyA(), SIG_A)).isFalse();
	}

	@Test
	void vectorB() {
		assertThat(WebhookSignatures.sign(BODY_B, "my-signing-secret")).isEqualTo(SIG_B);
		assertThat(new WebhookSignatureVerifier("my-signing-secret").verify(BODY_B, SIG_B)).isTrue();
	}

	@Test
	void hexIsComparedCaseInsensitively() {
		WebhookSignatureVerifier verifier = new WebhookSignatureVerifier("my-signing-secret");
		String hex = SIG_B.substring(WebhookSignatures.V1_PREFIX.length());
		assertThat(verifier.verify(BODY_B, "v1=" + hex.toUpperCase(java.util.Locale.ROOT))).isTrue();
		StringBuilder mixed = new StringBuilder(hex);
		for (int i = 0; i < mixed.length(); i += 2) {
			mixed.setCharAt(i, Character.toUpperCase(mixed.charAt(i)));
		}
		assertThat(verifier.verify(BODY_B, "v1=" + mixed)).isTrue();
		assertThat(verifier.verify(BODY_B, "v1=" + hex.toUpperCase(java.util.Locale.ROOT).replace('A', 'B'))).isFalse();
	}

	@Test
	void tamperedBodyFails() {
		byte[] body = BODY_B.clone();
		body[10] ^= 1;
		assertThat(new WebhookSignatureVerifier("my-signing-secret").verify(body, SIG_B)).isFalse();
	}

	@ParameterizedTest
	@NullAndEmptySource
	@ValueSource(strings = { "v1=", "v1", "v2=e1791aede5deb3f332e8c15ad3c60832413b4f76f11992dcb789fe800f41deaa",
			"e1791aede5deb3f332e8c15ad3c60832413b4f76f11992dcb789fe800f41deaa",
			"V1=e1791aede5deb3f332e8c15ad3c60832413b4f76f11992dcb789fe800f41deaa",
			" v1=e1791aede5deb3f332e8c15ad3c60832413b4f76f11992dcb789fe800f41deaa",
			"v1=e1791aede5deb3f332e8c15ad3c60832413b4f76f11992dcb789fe800f41deaa ",
			"v1=e1791aede5deb3f332e8c15ad3c60832413b4f76f11992dcb789fe800f41dea", "v1=zzzz",
			"v1=e1791aede5deb3f332e8c15ad3c60832413b4f76f11992dcb789fe800f41deaa,v2=xx", "\u0000\uffff\ud83d",
			"v1=\ud83d\ude00" })
	void garbageHeadersFailWithoutThrowing(String header) {
		assertThat(new WebhookSignatureVerifier("my-signing-secret").verify(BODY_B, header)).isFalse();
	}

	@Test
	void nullBodyFails() {
		assertThat(new WebhookSignatureVerifier("my-signing-secret").verify(null, SIG_B)).isFalse();
	}

	@Test
	void toStringHidesSecret() {
		assertThat(new WebhookSignatureVerifier("my-signing-secret").toString()).doesNotContain("my-signing-secret");
	}

	@Test
	void rejectsEmptySecret() {
		assertThatThrownBy(() -> new WebhookSignatureVerifier("")).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> WebhookSignatures.sign(BODY_B, null)).isInstanceOf(IllegalArgumentException.class);
	}

}
