package dev.ucare.client.addons;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;

import dev.ucare.client.RetrySettings;
import dev.ucare.client.UploadcareClient;
import dev.ucare.client.WaitSettings;
import dev.ucare.client.testing.ReplayServer;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/**
 * Add-on calls over real HTTP against the reference SDK's recordings: same requests, same
 * parsed answers.
 */
class AddonReplayTest {

	static final String TARGET = "485f5c0e-3567-46b1-a5c9-96a8ffc45713";

	static final WaitSettings FAST = new WaitSettings(Duration.ofMillis(5), Duration.ofMillis(20), 2.0,
			Duration.ofSeconds(10));

	static UploadcareClient client(String baseUrl) {
		return UploadcareClient.builder()
			.publicKey("demopublickey")
			.secretKey("demosecretkey")
			.restBaseUrl(URI.create(baseUrl))
			.retry(RetrySettings.NONE)
			.jobWait(FAST)
			.build();
	}

	static AddonParams params(String recordingPrefix) {
		return switch (recordingPrefix) {
			case "test_aws_rekognition_detect_labels" -> AddonParams.awsRekognitionLabels();
			case "test_aws_rekognition_detect_moderation_labels" -> AddonParams.awsRekognitionModerationLabels();
			case "test_clam_av" -> AddonParams.clamAv(false);
			case "test_remove_bg" -> AddonParams.removeBg(RemoveBgParams.builder().crop(true).addShadow(true).build());
			default -> throw new IllegalArgumentException(recordingPrefix);
		};
	}

	@ParameterizedTest
	@CsvSource({
			"test_aws_rekognition_detect_labels, AWS_REKOGNITION_DETECT_LABELS, 6e8424be-749a-4eee-bc1e-05393a7b6938",
			"test_aws_rekognition_detect_moderation_labels, AWS_REKOGNITION_DETECT_MODERATION_LABELS, 6666a652-a79d-4991-9c4b-3f7705ed7c6c",
			"test_clam_av, UC_CLAMAV_VIRUS_SCAN, 865e5d23-f602-4338-8d3c-fb22f599aa27",
			"test_remove_bg, REMOVE_BG, 53930d55-8ecb-4b2b-ab9e-3c3b1ffe53cb" })
	void executeSendsTheRecordedRequest(String recording, Addon addon, String requestId) {
		try (ReplayServer server = ReplayServer.start(recording + "_execute")) {
			AddonJob job = client(server.baseUrl()).addons().execute(TARGET, params(recording));

			assertThat(job).isEqualTo(new AddonJob(addon, requestId));
			server.assertReplayed();
		}
	}

	@ParameterizedTest
	@CsvSource({
			"test_aws_rekognition_detect_labels, AWS_REKOGNITION_DETECT_LABELS, 6e8424be-749a-4eee-bc1e-05393a7b6938",
			"test_aws_rekognition_detect_moderation_labels, AWS_REKOGNITION_DETECT_MODERATION_LABELS, 6666a652-a79d-4991-9c4b-3f7705ed7c6c",
			"test_clam_av, UC_CLAMAV_VIRUS_SCAN, 865e5d23-f602-4338-8d3c-fb22f599aa27" })
	void statusOfAppdataAddonsIsDone(String recording, Addon addon, String requestId) {
		try (ReplayServer server = ReplayServer.start(recording + "_status")) {
			AddonStatus status = client(server.baseUrl()).addons().status(addon, requestId);

			assertThat(status.status()).isEqualTo(AddonStatus.State.DONE);
			assertThat(status.result()).isNull();
			assertThat(status.removeBgFileId()).isEmpty();
			server.assertReplayed();
		}
	}

	@Test
	void removeBgStatusNamesTheNewFile() {
		try (ReplayServer server = ReplayServer.start("test_remove_bg_status")) {
			AddonStatus status = client(server.baseUrl()).addons()
				.status(new AddonJob(Addon.REMOVE_BG, "53930d55-8ecb-4b2b-ab9e-3c3b1ffe53cb"));

			assertThat(status.status()).isEqualTo(AddonStatus.State.DONE);
			assertThat(status.removeBgFileId()).contains("d2a90661-a813-452d-9a38-a3cb7b168548");
			assertThat(status.result().path("file_id").asString()).isEqualTo("d2a90661-a813-452d-9a38-a3cb7b168548");
			server.assertReplayed();
		}
	}

	@ParameterizedTest
	@CsvSource({ "test_aws_rekognition_detect_labels", "test_aws_rekognition_detect_moderation_labels", "test_clam_av",
			"test_remove_bg" })
	void executeAndWaitReplaysExecuteThenStatus(String recording) {
		try (ReplayServer server = ReplayServer.start(recording + "_execute", recording + "_status")) {
			AddonStatus status = client(server.baseUrl()).addons().executeAndWait(TARGET, params(recording));

			assertThat(status.status()).isEqualTo(AddonStatus.State.DONE);
			assertThat(status.removeBgFileId().isPresent()).isEqualTo(recording.equals("test_remove_bg"));
			server.assertReplayed();
		}
	}

}
