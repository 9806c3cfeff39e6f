package dev.ucare.client.cdn;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

import javax.imageio.ImageIO;

import dev.ucare.client.UploadcareClient;
import dev.ucare.client.UploadcareInvalidRequestException;
import dev.ucare.client.UploadcareNotFoundException;
import dev.ucare.client.testing.EmulatorClients;
import dev.ucare.client.upload.UploadOptions;
import dev.ucare.emulator.UploadcareEmulatorExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * {@code cdn().detectFaces(uuid)} over real HTTP against the emulator's CDN, whose face
 * list follows a fixed rule (see the emulator's README): none when a side is under 64 px,
 * else one centred square half the shorter side wide.
 */
class CdnFaceDetectionEmulatorTest {

	@RegisterExtension
	static UploadcareEmulatorExtension uploadcare = UploadcareEmulatorExtension.builder().build();

	private UploadcareClient client;

	@BeforeEach
	void start() {
		client = EmulatorClients.builderFor(uploadcare.emulator()).build();
	}

	@AfterEach
	void stop() {
		client.close();
	}

	@Test
	void readsTheFacesAndTheImageSizeOfAnUploadedImage() throws IOException {
		String uuid = upload("portrait.png", png(300, 400));

		DetectedFaces detected = client.cdn().detectFaces(uuid);

		assertThat(detected.width()).isEqualTo(300);
		assertThat(detected.height()).isEqualTo(400);
		assertThat(detected.format()).isEqualTo("PNG");
		assertThat(detected.faces()).containsExactly(new DetectedFaces.Face(75, 125, 150, 150));
		assertThat(uploadcare.emulator().requestLog().matching("/detect_faces/$")).singleElement()
			.satisfies((request) -> assertThat(request.path()).isEqualTo("/" + uuid + "/detect_faces/"));
	}

	@Test
	void aTinyImageHasNoFaces() throws IOException {
		DetectedFaces detected = client.cdn().detectFaces(upload("icon.png", png(32, 32)));

		assertThat(detected.hasFaces()).isFalse();
		assertThat(detected.width()).isEqualTo(32);
	}

	@Test
	void aFileThatIsNotAnImageOrDoesNotExistIsRefusedTyped() {
		String text = upload("notes.txt", "no face here".getBytes(StandardCharsets.UTF_8));

		assertThatThrownBy(() -> client.cdn().detectFaces(text)).isInstanceOf(UploadcareInvalidRequestException.class)
			.hasMessageContaining("/" + text + "/detect_faces/")
			.hasMessageContaining("not images");
		assertThatThrownBy(() -> client.cdn().detectFaces("c0ffee00-0000-4000-8000-000000000000"))
			.isInstanceOf(UploadcareNotFoundException.class);
	}

	private String upload(String filename, byte[] content) {
		return client.uploads().upload(content, UploadOptions.builder().filename(filename).build()).uuid();
	}

	private static byte[] png(int width, int height) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ImageIO.write(new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB), "png", out);
		return out.toByteArray();
	}

}
