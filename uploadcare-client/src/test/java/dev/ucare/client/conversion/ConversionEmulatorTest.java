package dev.ucare.client.conversion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

import dev.ucare.client.Store;
import dev.ucare.client.UploadcareClient;
import dev.ucare.client.UploadcareInvalidRequestException;
import dev.ucare.client.WaitSettings;
import dev.ucare.client.files.FileInfo;
import dev.ucare.client.groups.GroupInfo;
import dev.ucare.client.testing.EmulatorClients;
import dev.ucare.emulator.SeedFile;
import dev.ucare.emulator.UploadcareEmulator;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Conversions end to end against the emulator, whose jobs finish after a short delay. */
class ConversionEmulatorTest {

	static final WaitSettings WAIT = EmulatorClients.FAST_WAIT;

	static final byte[] PDF = "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

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

	private static String seedPdf() {
		return emulator.seedFile(SeedFile.of(null, "report.pdf", PDF).withStored(true)).uuid();
	}

	@Test
	void documentConversionWaitsForTheStoredOutputFile() {
		String source = seedPdf();

		FileInfo output = client.conversions()
			.convertAndWait(source, DocumentTransformation.builder().format(DocumentFormat.TXT).build(),
					ConversionOptions.store(Store.TRUE));

		assertThat(output.uuid()).isNotEqualTo(source);
		assertThat(output.isReady()).isTrue();
		assertThat(output.stored()).isTrue();
		assertThat(output.originalFilename()).isEqualTo("report.txt");
		assertThat(emulator.file(output.uuid())).hasValueSatisfying(f -> assertThat(f.isStored()).isTrue());
	}

	@Test
	void videoConversionReportsItsThumbnailsGroup() throws Exception {
		String source = emulator
			.seedFile(SeedFile.of(null, "clip.mp4", new byte[] { 0, 0, 0, 24, 'f', 't', 'y', 'p' }).withStored(true))
			.uuid();
		ConversionOperations conversions = client.conversions();

		ConversionJob job = conversions.convert(source,
				VideoTransformation.builder().format(VideoFormat.WEBM).thumbs(3).build());
		FileInfo output = conversions.awaitAsync(ConversionKind.VIDEO, job.token(), WAIT).get(10, TimeUnit.SECONDS);
		ConversionStatus status = conversions.videoStatus(job.token());

		assertThat(job.originalSource()).isEqualTo(source + "/video/-/format/webm/-/thumbs~3/");
		assertThat(job.thumbnailsGroupUuid()).endsWith("~3");
		assertThat(output.uuid()).isEqualTo(job.uuid());
		assertThat(output.originalFilename()).isEqualTo("clip.webm");
		assertThat(status.status()).isEqualTo(ConversionStatus.State.FINISHED);
		assertThat(status.thumbnailsGroupUuid()).contains(job.thumbnailsGroupUuid());
		assertThat(client.groups().get(job.thumbnailsGroupUuid()).filesCount()).isEqualTo(3);
	}

	@Test
	void pagesSavedInAGroupAreFoundThroughDocumentInfo() {
		String source = seedPdf();
		ConversionOperations conversions = client.conversions();
		assertThat(conversions.convertedDocumentGroup(source, DocumentFormat.PNG)).isEmpty();

		conversions.convertAndWait(source, DocumentTransformation.builder().format(DocumentFormat.PNG).build(),
				ConversionOptions.saveInGroup(true));
		DocumentInfo info = conversions.documentInfo(source);
		GroupInfo group = conversions.convertedDocumentGroup(source, DocumentFormat.PNG).orElseThrow();

		assertThat(info.formatName()).isEqualTo("pdf");
		assertThat(info.conversionFormats()).contains("png", "docx").doesNotContain("pdf");
		assertThat(info.convertedGroup(DocumentFormat.PNG)).contains(group.id());
		assertThat(group.filesCount()).isEqualTo(1);
	}

	@Test
	void unknownSourceIsRejectedWithTheServersReason() {
		String missing = "11111111-2222-4333-8444-555555555555";

		assertThatThrownBy(() -> client.conversions()
			.convert(missing, DocumentTransformation.builder().format(DocumentFormat.PDF).build()))
			.isInstanceOf(UploadcareInvalidRequestException.class)
			.hasMessageContaining(missing + "/document/-/format/pdf/")
			.hasMessageContaining("Bad path");
	}

	@Test
	void batchConversionReportsProblemsPerPath() {
		String source = seedPdf();

		ConversionResult result = client.conversions()
			.convertDocuments(java.util.List.of(source + "/document/-/format/docx/",
					"11111111-2222-4333-8444-555555555555/document/"));

		assertThat(result.result()).singleElement().satisfies(job -> assertThat(job.token()).isPositive());
		assertThat(result.problems()).containsOnlyKeys("11111111-2222-4333-8444-555555555555/document/");
		assertThat(client.conversions().documentStatus(result.result().get(0).token()).status())
			.isIn(ConversionStatus.State.PENDING, ConversionStatus.State.PROCESSING, ConversionStatus.State.FINISHED);
	}

}
