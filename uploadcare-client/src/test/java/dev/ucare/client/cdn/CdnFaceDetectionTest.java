package dev.ucare.client.cdn;

import java.net.URI;
import java.time.Duration;
import java.util.Map;

import dev.ucare.client.RetrySettings;
import dev.ucare.client.UploadcareClient;
import dev.ucare.client.UploadcareInvalidRequestException;
import dev.ucare.client.UploadcareNotFoundException;
import dev.ucare.testsupport.Request;
import dev.ucare.testsupport.StubServer;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * {@code cdn().detectFaces(uuid)} over HTTP against a scripted CDN: answers with several
 * faces, a 503 and unreadable JSON, which the emulator does not give
 * ({@link CdnFaceDetectionEmulatorTest} runs against the emulator).
 */
class CdnFaceDetectionTest {

	private static final String UUID = "52da3bfc-7cd8-4861-8b05-126fef7a6994";

	private StubServer cdnServer;

	private UploadcareClient client;

	@BeforeEach
	void start() {
		cdnServer = StubServer.start();
		client = UploadcareClient.builder()
			.publicKey("demopublickey")
			.cdnBaseUrl(URI.create(cdnServer.baseUrl() + "cdn/"))
			.retry(new RetrySettings(2, Duration.ofMillis(5), 2.0, Duration.ofMillis(20)))
			.build();
	}

	@AfterEach
	void stop() {
		client.close();
		cdnServer.close();
	}

	@Test
	void readsTheFacesAndTheImageSize() {
		cdnServer.enqueueJson(200, """
				{"id":"%s","dpi":[72,72],"width":1200,"height":800,"format":"JPEG","color_mode":"RGB",
				 "orientation":null,"geo_location":null,"datetime_original":null,
				 "faces":[[120,40,200,260],[700,80,180,240]]}""".formatted(UUID));

		DetectedFaces detected = client.cdn().detectFaces(UUID.toUpperCase());

		assertThat(detected.width()).isEqualTo(1200);
		assertThat(detected.height()).isEqualTo(800);
		assertThat(detected.format()).isEqualTo("JPEG");
		assertThat(detected.hasFaces()).isTrue();
		assertThat(detected.faces()).containsExactly(new DetectedFaces.Face(120, 40, 200, 260),
				new DetectedFaces.Face(700, 80, 180, 240));
		Request request = cdnServer.takeRequest();
		assertThat(request.method()).isEqualTo("GET");
		assertThat(request.rawPath()).isEqualTo("/cdn/" + UUID + "/detect_faces/");
		assertThat(request.header("Authorization")).isNull();
		assertThat(request.header("User-Agent")).startsWith("UploadcareJava/");
	}

	@Test
	void anImageWithoutFacesHasAnEmptyList() {
		cdnServer.enqueueJson(200, "{\"width\":10,\"height\":10,\"faces\":[]}");
		assertThat(client.cdn().detectFaces(UUID).faces()).isEmpty();
	}

	@Test
	void serverErrorsAreRetriedAndRefusalsAreTyped() {
		cdnServer.enqueue(503, Map.of(), "busy").enqueueJson(200, "{\"faces\":[[1,2,3,4]]}");
		assertThat(client.cdn().detectFaces(UUID).faces()).hasSize(1);

		cdnServer.enqueue(400, Map.of("Content-Type", "text/html; charset=utf-8"),
				"Not supported for files that are not images.");
		assertThatThrownBy(() -> client.cdn().detectFaces(UUID)).isInstanceOf(UploadcareInvalidRequestException.class)
			.hasMessageContaining("/" + UUID + "/detect_faces/")
			.hasMessageContaining("not images");

		cdnServer.enqueue(404, Map.of(), "Not found");
		assertThatThrownBy(() -> client.cdn().detectFaces(UUID)).isInstanceOf(UploadcareNotFoundException.class);
		assertThat(cdnServer.requestCount()).isEqualTo(4);
	}

	@Test
	void aBadUuidOrAnUnreadableAnswerIsNamed() {
		assertThatThrownBy(() -> client.cdn().detectFaces("../project")).isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("'../project'");
		assertThat(cdnServer.requestCount()).isZero();

		cdnServer.enqueueJson(200, "{\"faces\":[[1,2,3]]}");
		assertThatThrownBy(() -> client.cdn().detectFaces(UUID)).hasMessageContaining("Face #0");
	}

}
