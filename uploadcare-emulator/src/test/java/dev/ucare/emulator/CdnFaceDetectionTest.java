package dev.ucare.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import tools.jackson.databind.JsonNode;

/** {@code GET <cdn>/<uuid>/detect_faces/}: the image's info and a fixed face list. */
@ExtendWith(UploadcareEmulatorExtension.class)
class CdnFaceDetectionTest {

	@Test
	void anImageGetsItsInfoAndOneCentredFace(UploadcareEmulator emulator) throws Exception {
		TestHttp http = new TestHttp(emulator);
		String uuid = CdnImageInfoTest.seedWidePng(emulator);

		JsonNode json = CdnImageInfoTest.widePngJson(http, uuid, "/detect_faces/");

		assertThat(json.get("faces").toString()).isEqualTo("[[75,25,50,50]]");
		assertThat(http.get(emulator.cdnBaseUrl().resolve("/" + uuid + "/detect_faces")).json()).isEqualTo(json);
		// the file itself is still served
		assertThat(http.get(emulator.cdnBaseUrl().resolve("/" + uuid + "/")).headers().firstValue("Content-Type"))
			.hasValue("image/png");
	}

	@Test
	void itCannotBePipedToOtherOperationsLikeAtUploadcare(UploadcareEmulator emulator) throws Exception {
		TestHttp http = new TestHttp(emulator);
		String uuid = CdnImageInfoTest.seedWidePng(emulator);

		for (String path : List.of("/-/resize/100x/detect_faces/", "/-/resize/100x/-/detect_faces/", "/-/detect_faces/",
				"/detect_faces/-/resize/100x/", "/-/crop/10x10/-/detect_faces")) {
			TestHttp.Response response = http.get(emulator.cdnBaseUrl().resolve("/" + uuid + path));
			assertThat(response.status()).as(path).isEqualTo(400);
			assertThat(response.headers().firstValue("Content-Type")).as(path).hasValue("text/html; charset=utf-8");
			assertThat(response.body()).as(path)
				.isEqualTo("detect_faces can not be piped to other operations: request <uuid>/detect_faces/ alone.");
		}
		// other operations and the file itself are still served
		assertThat(http.get(emulator.cdnBaseUrl().resolve("/" + uuid + "/-/resize/100x/")).status()).isEqualTo(200);
		assertThat(http.get(emulator.cdnBaseUrl().resolve("/" + uuid + "/detect_faces/")).status()).isEqualTo(200);
	}

	@Test
	void aTinyImageHasNoFace(UploadcareEmulator emulator) throws Exception {
		TestHttp http = new TestHttp(emulator);
		String tiny = emulator.seedFile(null, "tiny.png", UploadApiTest.png(63, 400)).uuid();
		String smallest = emulator.seedFile(null, "smallest.png", UploadApiTest.png(64, 64)).uuid();

		assertThat(http.get(emulator.cdnBaseUrl().resolve("/" + tiny + "/detect_faces/")).json().get("faces"))
			.isEmpty();
		assertThat(http.get(emulator.cdnBaseUrl().resolve("/" + smallest + "/detect_faces/")).json().get("faces"))
			.hasToString("[[16,16,32,32]]");
	}

	@Test
	void aFileThatIsNotAnImageIsRefusedLikeByUploadcare(UploadcareEmulator emulator) {
		CdnImageInfoTest.assertRefusesFilesThatAreNotImages(emulator, "/detect_faces/");
	}

}
