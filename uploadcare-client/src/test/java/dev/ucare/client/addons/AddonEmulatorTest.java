package dev.ucare.client.addons;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import javax.imageio.ImageIO;

import dev.ucare.client.RetrySettings;
import dev.ucare.client.UploadcareClient;
import dev.ucare.client.WaitSettings;
import dev.ucare.client.files.FileInfo;
import dev.ucare.client.testing.EmulatorClients;
import dev.ucare.emulator.SeedFile;
import dev.ucare.emulator.UploadcareEmulator;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Add-ons end to end against the emulator: results land in appdata, ClamAV flags EICAR.
 */
class AddonEmulatorTest {

	static final WaitSettings WAIT = EmulatorClients.FAST_WAIT;

	static final String EICAR = "X5O!P%@AP[4\\PZX54(P^)7CC)7}$EICAR-STANDARD-ANTIVIRUS-TEST-FILE!$H+H*";

	private static UploadcareEmulator emulator;

	private static UploadcareClient client;

	@BeforeAll
	static void start() {
		emulator = EmulatorClients.startForJobs();
		client = EmulatorClients.jobsClient(emulator);
	}

	@AfterAll
	static void stop() {
		emulator.close();
	}

	private static String seed(String name, byte[] content) {
		return emulator.seedFile(SeedFile.of(null, name, content).withStored(true)).uuid();
	}

	private static byte[] png() throws IOException {
		BufferedImage image = new BufferedImage(8, 6, BufferedImage.TYPE_INT_RGB);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ImageIO.write(image, "png", out);
		return out.toByteArray();
	}

	@Test
	void clamAvFlagsTheEicarTestFile() {
		String infected = seed("eicar.txt", EICAR.getBytes(StandardCharsets.US_ASCII));
		String clean = seed("clean.txt", "hello".getBytes(StandardCharsets.US_ASCII));

		assertThat(client.addons().executeAndWait(infected, AddonParams.clamAv(false)).status())
			.isEqualTo(AddonStatus.State.DONE);
		assertThat(client.addons().executeAndWait(clean, AddonParams.clamAv(false)).status())
			.isEqualTo(AddonStatus.State.DONE);

		Appdata.ClamAvResult flagged = client.files().get(infected, true).addons().clamAv().orElseThrow();
		assertThat(flagged.infected()).isTrue();
		assertThat(flagged.infectedWith()).isEqualTo("Win.Test.EICAR_HDB-1");
		assertThat(flagged.section().version()).isEqualTo("1.0.1");
		Appdata.ClamAvResult passed = client.files().get(clean, true).addons().clamAv().orElseThrow();
		assertThat(passed.infected()).isFalse();
		assertThat(passed.infectedWith()).isNull();
		assertThat(client.files().get(clean, false).addons().isEmpty()).isTrue();
	}

	@Test
	void clamAvPurgesAnInfectedFileWhenAsked() {
		String infected = seed("eicar.com", EICAR.getBytes(StandardCharsets.US_ASCII));

		client.addons().executeAndWait(infected, AddonParams.clamAv(true));

		assertThat(client.files().get(infected).removed()).isTrue();
	}

	@Test
	void rekognitionLabelsAndModerationLabelsLandInAppdata() throws IOException {
		String image = seed("photo.png", png());

		AddonJob labels = client.addons().execute(image, AddonParams.awsRekognitionLabels());
		AddonJob moderation = client.addons().execute(image, AddonParams.awsRekognitionModerationLabels());
		client.addons().await(labels, WAIT);
		client.addons().await(moderation, WAIT);

		Appdata appdata = client.files().get(image, true).addons();
		assertThat(appdata.labels().orElseThrow().labels()).extracting(Appdata.Label::name).containsExactly("Image");
		assertThat(appdata.labels().orElseThrow().labels().get(0).confidence()).isEqualTo(99.9);
		assertThat(appdata.moderationLabels().orElseThrow().moderationModelVersion()).isEqualTo("6.0");
		assertThat(appdata.moderationLabels().orElseThrow().labels()).isEmpty();
		assertThat(client.addons().status(labels).status()).isEqualTo(AddonStatus.State.DONE);
	}

	@Test
	void removeBgCreatesANewFileAndRecordsTheForegroundType() throws Exception {
		String image = seed("product.png", png());

		AddonStatus status = client.addons()
			.executeAsync(image,
					AddonParams.removeBg(
							RemoveBgParams.builder().typeLevel(RemoveBgParams.TypeLevel.LATEST).crop(true).build()))
			.get(10, java.util.concurrent.TimeUnit.SECONDS);

		String output = status.removeBgFileId().orElseThrow();
		FileInfo file = client.files().get(output);
		assertThat(file.mimeType()).isEqualTo("image/png");
		assertThat(client.files().get(image, true).addons().removeBg().orElseThrow().foregroundType())
			.isEqualTo("product");
	}

	@Test
	void removeBgOnANonImageEndsInError() {
		String text = seed("notes.txt", "not an image".getBytes(StandardCharsets.US_ASCII));

		assertThatThrownBy(() -> client.addons().executeAndWait(text, AddonParams.removeBg())).isInstanceOfSatisfying(
				AddonFailedException.class, ex -> assertThat(ex.state()).isEqualTo(AddonStatus.State.ERROR));
	}

	@Test
	void secondExecutionWhileTheFirstRunsIsAConcurrentCall() {
		try (UploadcareEmulator slow = UploadcareEmulator.builder().jobDelay(Duration.ofSeconds(30)).start()) {
			AddonOperations addons = UploadcareClient.builder()
				.publicKey(slow.publicKey())
				.secretKey(slow.secretKey())
				.restBaseUrl(slow.restBaseUrl())
				.retry(RetrySettings.NONE)
				.build()
				.addons();
			String file = slow.seedFile(SeedFile.of(null, "twice.txt", "twice".getBytes(StandardCharsets.US_ASCII)))
				.uuid();
			AddonJob first = addons.execute(file, AddonParams.clamAv(false));

			assertThatThrownBy(() -> addons.execute(file, AddonParams.clamAv(false)))
				.isInstanceOfSatisfying(AddonConcurrentCallException.class, ex -> {
					assertThat(ex.status()).isEqualTo(409);
					assertThat(ex.detail()).isEqualTo("Concurrent call attempted");
				});
			assertThat(addons.status(first).status()).isEqualTo(AddonStatus.State.IN_PROGRESS);
		}
	}

	@Test
	void unknownRequestIdReadsAsUnknown() {
		assertThat(client.addons().status(Addon.REMOVE_BG, "6e8424be-749a-4eee-bc1e-05393a7b6938").status())
			.isEqualTo(AddonStatus.State.UNKNOWN);
	}

}
