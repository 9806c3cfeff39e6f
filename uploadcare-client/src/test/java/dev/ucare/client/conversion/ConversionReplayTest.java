package dev.ucare.client.conversion;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.List;

import dev.ucare.client.RetrySettings;
import dev.ucare.client.UploadcareClient;
import dev.ucare.client.testing.ReplayServer;

import org.junit.jupiter.api.Test;

/**
 * Conversion calls over real HTTP against the reference SDK's recordings: same requests,
 * same parsed answers.
 */
class ConversionReplayTest {

	static UploadcareClient client(String baseUrl) {
		return UploadcareClient.builder()
			.publicKey("demopublickey")
			.secretKey("demosecretkey")
			.restBaseUrl(URI.create(baseUrl))
			.uploadBaseUrl(URI.create(baseUrl))
			.retry(RetrySettings.NONE)
			.build();
	}

	@Test
	void convertDocumentAndReadItsStatus() {
		try (ReplayServer server = ReplayServer.start("test_convert_document")) {
			ConversionOperations conversions = client(server.baseUrl()).conversions();

			ConversionJob job = conversions.convert("0e1cac48-1296-417f-9e7f-9bf13e330dcf",
					DocumentTransformation.builder().format(DocumentFormat.PDF).build());
			ConversionStatus status = conversions.documentStatus(job.token());

			assertThat(job).isEqualTo(new ConversionJob("0e1cac48-1296-417f-9e7f-9bf13e330dcf/document/-/format/pdf/",
					"90a65f54-1ff7-4b35-8f5d-7fa359d4950f", 22450034L, null));
			assertThat(status.status()).isEqualTo(ConversionStatus.State.PENDING);
			assertThat(status.error()).isNull();
			assertThat(status.resultUuid()).contains("90a65f54-1ff7-4b35-8f5d-7fa359d4950f");
			assertThat(status.thumbnailsGroupUuid()).isEmpty();
			server.assertReplayed();
		}
	}

	@Test
	void batchDocumentConversionSendsTheSameRequest() {
		try (ReplayServer server = ReplayServer.start("test_convert_document")) {
			ConversionOperations conversions = client(server.baseUrl()).conversions();

			ConversionResult result = conversions
				.convertDocuments(List.of("0e1cac48-1296-417f-9e7f-9bf13e330dcf/document/-/format/pdf/"));
			ConversionStatus status = conversions.status(ConversionKind.DOCUMENT, result.result().get(0).token());

			assertThat(result.hasProblems()).isFalse();
			assertThat(result.result()).extracting(ConversionJob::uuid)
				.containsExactly("90a65f54-1ff7-4b35-8f5d-7fa359d4950f");
			assertThat(status.status()).isEqualTo(ConversionStatus.State.PENDING);
			server.assertReplayed();
		}
	}

	@Test
	void convertDocumentSavingPagesInAGroup() {
		try (ReplayServer server = ReplayServer.start("test_convert_document_with_save_in_group")) {
			ConversionOperations conversions = client(server.baseUrl()).conversions();

			ConversionJob job = conversions.convert("da288a95-3029-4044-b902-5107e8579c5c",
					DocumentTransformation.builder().format(DocumentFormat.JPG).build(),
					ConversionOptions.saveInGroup(true));
			ConversionStatus status = conversions.documentStatus(job.token());

			assertThat(job.token()).isEqualTo(39498673L);
			assertThat(job.uuid()).isEqualTo("482e9d07-08ee-4c6d-875f-216aabc561c9");
			assertThat(job.originalSource()).isEqualTo("da288a95-3029-4044-b902-5107e8579c5c/document/-/format/jpg/");
			assertThat(status.status()).isEqualTo(ConversionStatus.State.PENDING);
			assertThat(status.resultUuid()).contains("482e9d07-08ee-4c6d-875f-216aabc561c9");
			server.assertReplayed();
		}
	}

	@Test
	void convertVideoWithThumbnails() {
		try (ReplayServer server = ReplayServer.start("test_convert_video")) {
			ConversionOperations conversions = client(server.baseUrl()).conversions();

			ConversionJob job = conversions.convert("740e1b8c-1ad8-4324-b7ec-112c79d8eac2",
					VideoTransformation.builder().format(VideoFormat.WEBM).thumbs(2).build());
			ConversionStatus status = conversions.videoStatus(job.token());

			assertThat(job)
				.isEqualTo(new ConversionJob("740e1b8c-1ad8-4324-b7ec-112c79d8eac2/video/-/format/webm/-/thumbs~2/",
						"bc607978-b348-4585-bcc1-bde10528457c", 944136226L, "1449e50e-35fc-4945-a0d4-4fffefe4345d~2"));
			assertThat(status.status()).isEqualTo(ConversionStatus.State.PROCESSING);
			assertThat(status.result()).isEqualTo(new ConversionStatus.Result("bc607978-b348-4585-bcc1-bde10528457c",
					"1449e50e-35fc-4945-a0d4-4fffefe4345d~2"));
			server.assertReplayed();
		}
	}

	@Test
	void batchVideoConversionSendsTheSameRequest() {
		try (ReplayServer server = ReplayServer.start("test_convert_video")) {
			ConversionOperations conversions = client(server.baseUrl()).conversions();

			ConversionResult result = conversions.convertVideos(
					List.of("740e1b8c-1ad8-4324-b7ec-112c79d8eac2/video/-/format/webm/-/thumbs~2/"),
					ConversionOptions.defaults());
			ConversionStatus status = conversions.videoStatus(944136226L);

			assertThat(result.result()).singleElement()
				.extracting(ConversionJob::thumbnailsGroupUuid)
				.isEqualTo("1449e50e-35fc-4945-a0d4-4fffefe4345d~2");
			assertThat(status.thumbnailsGroupUuid()).contains("1449e50e-35fc-4945-a0d4-4fffefe4345d~2");
			server.assertReplayed();
		}
	}

	@Test
	void documentInfoReadsConvertedGroupsInsideFormat() {
		try (ReplayServer server = ReplayServer.start("test_convert_document_get_group_info")) {
			DocumentInfo info = client(server.baseUrl()).conversions()
				.documentInfo("da288a95-3029-4044-b902-5107e8579c5c");

			assertThat(info.error()).isNull();
			assertThat(info.formatName()).isEqualTo("pdf");
			assertThat(info.conversionFormats()).hasSize(38)
				.startsWith("bmp", "csv", "doc")
				.contains("enhanced.jpg", "html5-1page")
				.endsWith("xlsx");
			assertThat(info.convertedGroups())
				.containsExactly(java.util.Map.entry("jpg", "f56f1e80-31f8-426e-9213-690861252070~4"));
			assertThat(info.convertedGroup(DocumentFormat.JPG)).contains("f56f1e80-31f8-426e-9213-690861252070~4");
			assertThat(info.convertedGroup(DocumentFormat.PNG)).isEmpty();
			server.assertReplayed();
		}
	}

}
