package dev.ucare.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import tools.jackson.databind.JsonNode;

/**
 * {@code GET <cdn>/<uuid>/-/json/}: the CDN's image info, as Uploadcare documents it
 * ("File info as JSON"), not the Upload API's file info.
 */
@ExtendWith(UploadcareEmulatorExtension.class)
class CdnImageInfoTest {

	@Test
	void anImageGetsTheCdnsImageInfo(UploadcareEmulator emulator) throws Exception {
		TestHttp http = new TestHttp(emulator);
		String uuid = seedWidePng(emulator);

		JsonNode json = widePngJson(http, uuid, "/-/json/");

		assertThat(names(json)).containsExactly("id", "dpi", "width", "format", "height", "sequence", "color_mode",
				"orientation", "geo_location", "datetime_original");
		assertThat(json.get("color_mode").asString()).isEqualTo("RGB");
		assertThat(json.get("sequence").isBoolean()).isTrue();
		assertThat(json.get("sequence").asBoolean()).isFalse();
		for (String absent : List.of("dpi", "orientation", "geo_location", "datetime_original")) {
			assertThat(json.get(absent).isNull()).as(absent).isTrue();
		}
		// operations before it are ignored, as for every image operation
		assertThat(http.get(emulator.cdnBaseUrl().resolve("/" + uuid + "/-/resize/100x/-/json/")).json())
			.isEqualTo(json);
		assertThat(http.get(emulator.cdnBaseUrl().resolve("/" + uuid + "/-/json")).json()).isEqualTo(json);
	}

	@Test
	void aFileThatIsNotAnImageIsRefusedLikeByUploadcare(UploadcareEmulator emulator) {
		assertRefusesFilesThatAreNotImages(emulator, "/-/json/");
	}

	/** Seeds {@code wide.png}, a 200×100 PNG; its UUID. */
	static String seedWidePng(UploadcareEmulator emulator) throws Exception {
		return emulator.seedFile(null, "wide.png", UploadApiTest.png(200, 100)).uuid();
	}

	/**
	 * {@code GET <cdn>/<uuid><path>} of {@link #seedWidePng a wide PNG}: a 200 with JSON
	 * naming it, its size and format; the JSON.
	 */
	static JsonNode widePngJson(TestHttp http, String uuid, String path) throws Exception {
		TestHttp.Response response = http.get(http.emulator.cdnBaseUrl().resolve("/" + uuid + path));
		assertThat(response.status()).as(path).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type")).as(path).hasValue("application/json");
		JsonNode json = response.json();
		assertThat(json.get("id").asString()).isEqualTo(uuid);
		assertThat(json.get("width").asInt()).isEqualTo(200);
		assertThat(json.get("height").asInt()).isEqualTo(100);
		assertThat(json.get("format").asString()).isEqualTo("PNG");
		return json;
	}

	/**
	 * {@code GET <cdn>/<uuid><path>} is a 400 with Uploadcare's text for a file that is
	 * not an image, a 404 for an unknown UUID.
	 */
	static void assertRefusesFilesThatAreNotImages(UploadcareEmulator emulator, String path) {
		TestHttp http = new TestHttp(emulator);
		String text = emulator.seedFile(null, "notes.txt", "no pixels".getBytes()).uuid();

		TestHttp.Response response = http.get(emulator.cdnBaseUrl().resolve("/" + text + path));

		assertThat(response.status()).isEqualTo(400);
		assertThat(response.headers().firstValue("Content-Type")).hasValue("text/html; charset=utf-8");
		assertThat(response.body()).isEqualTo("Not supported for files that are not images.");
		assertThat(http.get(emulator.cdnBaseUrl().resolve("/c0ffee00-0000-4000-8000-000000000000" + path)).status())
			.isEqualTo(404);
	}

	private static List<String> names(JsonNode json) {
		List<String> names = new ArrayList<>();
		json.propertyNames().forEach(names::add);
		return names;
	}

}
