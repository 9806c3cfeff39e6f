package dev.ucare.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

/**
 * Forged and expired upload signatures are refused on every endpoint that takes one
 * ({@code /base/}, {@code /multipart/start/}, {@code /from_url/}, {@code /group/}), with
 * Uploadcare's statuses, texts and error codes.
 */
class SignedUploadsTest {

	static final long NOW = 1632470000L;

	/** Recorded by pyuploadcare against the real API (demosecretkey, 1632470819). */
	static final String VALID_EXPIRE = "1632470819";

	static final String VALID_SIGNATURE = "50af003e37631a54ec45a10ff21a57e8d8b1b73432597592a877a8c5bfee4eec";

	private static UploadcareEmulator start(boolean required) {
		return UploadcareEmulator.builder()
			.clock(Clock.fixed(Instant.ofEpochSecond(NOW), ZoneOffset.UTC))
			.project("otherpublickey", "othersecretkey")
			.signedUploadsRequired(required)
			.start();
	}

	/** Sends the same signed fields to every endpoint that takes a signature. */
	private static void assertEveryEndpoint(TestHttp http, String seededUuid, Map<String, String> signature, int status,
			String text, String code) {
		Map<String, Map<String, String>> endpoints = new LinkedHashMap<>();
		endpoints.put("/base/", TestHttp.map("UPLOADCARE_PUB_KEY", "demopublickey"));
		endpoints.put("/multipart/start/", TestHttp.map("UPLOADCARE_PUB_KEY", "demopublickey", "filename", "big.bin",
				"size", "11000000", "content_type", "application/octet-stream"));
		endpoints.put("/from_url/",
				TestHttp.map("pub_key", "demopublickey", "source_url", http.emulator.cdnBaseUrl() + seededUuid + "/"));
		endpoints.put("/group/", TestHttp.map("pub_key", "demopublickey", "files[0]", seededUuid));
		endpoints.forEach((path, fields) -> {
			TestHttp.Form form = new TestHttp.Form();
			fields.forEach(form::field);
			signature.forEach(form::field);
			if (path.equals("/base/")) {
				form.file("file", "a.txt", "text/plain", "a".getBytes());
			}
			TestHttp.Response plain = http.upload(path, form);
			assertThat(plain.status()).as(path).isEqualTo(status);
			assertThat(plain.body()).as(path).isEqualTo(text);
			JsonNode json = http.upload(path + "?jsonerrors=1", form).json().get("error");
			assertThat(json.get("status_code").asInt()).as(path).isEqualTo(status);
			assertThat(json.get("error_code").asString()).as(path).isEqualTo(code);
		});
	}

	@Test
	void forgedSignaturesAreRefused() {
		try (UploadcareEmulator emulator = start(false)) {
			TestHttp http = new TestHttp(emulator);
			String uuid = emulator.seedFile(null, "a.txt", "a".getBytes()).uuid();
			String otherProjects = TestHttp.hmac("HmacSHA256", "othersecretkey", VALID_EXPIRE);
			assertEveryEndpoint(http, uuid, TestHttp.map("expire", VALID_EXPIRE, "signature", otherProjects), 403,
					"Invalid signature.", "SignatureInvalidError");
			// a valid signature does not cover another expiry
			assertEveryEndpoint(http, uuid, TestHttp.map("expire", "1632470820", "signature", VALID_SIGNATURE), 403,
					"Invalid signature.", "SignatureInvalidError");
			assertEveryEndpoint(http, uuid, TestHttp.map("expire", VALID_EXPIRE, "signature", "not-hex"), 403,
					"Invalid signature.", "SignatureInvalidError");
		}
	}

	@Test
	void expiredSignaturesAreRefusedEvenWhenCorrectlySigned() {
		try (UploadcareEmulator emulator = start(false)) {
			TestHttp http = new TestHttp(emulator);
			String uuid = emulator.seedFile(null, "a.txt", "a".getBytes()).uuid();
			for (long expire : new long[] { NOW, NOW - 1, 60 }) {
				String signature = TestHttp.hmac("HmacSHA256", "demosecretkey", Long.toString(expire));
				assertEveryEndpoint(http, uuid, TestHttp.map("expire", Long.toString(expire), "signature", signature),
						403, "Expired signature.", "SignatureExpirationError");
			}
		}
	}

	@Test
	void projectsWithSignedUploadsRequireBothFields() {
		try (UploadcareEmulator emulator = start(true)) {
			TestHttp http = new TestHttp(emulator);
			String uuid = emulator.seedFile(null, "a.txt", "a".getBytes()).uuid();
			assertEveryEndpoint(http, uuid, Map.of(), 400, "`signature` is required.", "SignatureRequiredError");
			assertEveryEndpoint(http, uuid, TestHttp.map("signature", VALID_SIGNATURE), 400, "`expire` is required.",
					"SignatureExpirationRequiredError");
			assertEveryEndpoint(http, uuid, TestHttp.map("expire", "soon", "signature", VALID_SIGNATURE), 400,
					"`expire` must be a UNIX timestamp.", "SignatureExpirationInvalidError");

			TestHttp.Response ok = http.upload("/base/",
					new TestHttp.Form().field("UPLOADCARE_PUB_KEY", "demopublickey")
						.field("expire", VALID_EXPIRE)
						.field("signature", VALID_SIGNATURE)
						.file("file", "a.txt", "text/plain", "a".getBytes()));
			assertThat(ok.status()).isEqualTo(200);
		}
	}

}
