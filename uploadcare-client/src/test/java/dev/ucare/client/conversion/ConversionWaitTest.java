package dev.ucare.client.conversion;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

import dev.ucare.client.RetrySettings;
import dev.ucare.client.Store;
import dev.ucare.client.UploadcareClient;
import dev.ucare.client.UploadcareInvalidRequestException;
import dev.ucare.client.UploadcareTimeoutException;
import dev.ucare.client.WaitSettings;
import dev.ucare.client.files.FileInfo;
import dev.ucare.client.groups.GroupInfo;
import dev.ucare.testsupport.Request;
import dev.ucare.testsupport.StubServer;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * Waiting for conversions, errors and options over real HTTP against scripted answers.
 */
class ConversionWaitTest {

	static final WaitSettings FAST = new WaitSettings(Duration.ofMillis(5), Duration.ofMillis(20), 2.0,
			Duration.ofSeconds(10));

	static final String SOURCE = "0e1cac48-1296-417f-9e7f-9bf13e330dcf";

	static final String RESULT = "90a65f54-1ff7-4b35-8f5d-7fa359d4950f";

	static final DocumentTransformation PDF = DocumentTransformation.builder().format(DocumentFormat.PDF).build();

	static final String ACCEPTED = """
			{"result":[{"original_source":"%s/document/-/format/pdf/","token":22450034,"uuid":"%s"}],"problems":{}}"""
		.formatted(SOURCE, RESULT);

	private StubServer server;

	private ConversionOperations conversions;

	@BeforeEach
	void start() {
		server = StubServer.start();
		conversions = UploadcareClient.builder()
			.publicKey("demopublickey")
			.secretKey("demosecretkey")
			.restBaseUrl(URI.create(server.baseUrl()))
			.retry(RetrySettings.NONE)
			.jobWait(FAST)
			.build()
			.conversions();
	}

	@AfterEach
	void stop() {
		server.close();
	}

	static String status(String state, String error) {
		return "{\"status\":\"" + state + "\",\"error\":" + (error == null ? "null" : "\"" + error + "\"")
				+ ",\"result\":{\"uuid\":\"" + RESULT + "\"}}";
	}

	static String file(String uuid) {
		return """
				{"uuid":"%s","datetime_uploaded":"2021-10-01T08:50:21.000000Z","datetime_stored":null,
				 "datetime_removed":null,"is_image":false,"is_ready":true,"mime_type":"application/pdf",
				 "original_filename":"doc.pdf","original_file_url":"https://ucarecdn.com/%s/doc.pdf","size":12345,
				 "url":"https://api.uploadcare.com/files/%s/","metadata":{},"variations":null,"content_info":null}"""
			.formatted(uuid, uuid, uuid);
	}

	@Test
	void convertAndWaitWithoutWaitSettingsSendsNothing() {
		// the wait used to be checked only once the conversion was started: the job ran
		// and the call failed with a NullPointerException
		server.enqueueJson(200, ACCEPTED);
		assertThatIllegalArgumentException()
			.isThrownBy(() -> conversions.convertAndWait(SOURCE, PDF, ConversionOptions.defaults(), null))
			.withMessage("wait must not be null");
		assertThat(server.requestCount()).isZero();
	}

	@Test
	void convertAndWaitPollsUntilFinishedAndReturnsTheOutputFile() {
		server.enqueueJson(200, ACCEPTED)
			.enqueueJson(200, status("pending", null))
			.enqueueJson(200, status("processing", null))
			.enqueueJson(200, status("finished", null))
			.enqueueJson(200, file(RESULT));

		FileInfo result = conversions.convertAndWait(SOURCE, PDF, ConversionOptions.store(Store.TRUE));

		assertThat(result.uuid()).isEqualTo(RESULT);
		assertThat(result.mimeType()).isEqualTo("application/pdf");
		assertThat(result.size()).isEqualTo(12345L);
		Request convert = server.takeRequest();
		assertThat(convert.method()).isEqualTo("POST");
		assertThat(convert.path()).isEqualTo("/convert/document/");
		assertThat(convert.bodyAsString())
			.isEqualTo("{\"paths\":[\"" + SOURCE + "/document/-/format/pdf/\"],\"store\":\"true\"}");
		for (int i = 0; i < 3; i++) {
			assertThat(server.takeRequest().path()).isEqualTo("/convert/document/status/22450034/");
		}
		assertThat(server.takeRequest().path()).isEqualTo("/files/" + RESULT + "/");
		server.assertNoFailures();
	}

	@Test
	void videoWaitPollsTheVideoStatusEndpoint() {
		server
			.enqueueJson(200,
					"""
							{"result":[{"original_source":"%s/video/","token":7,"uuid":"%s","thumbnails_group_uuid":"1449e50e-35fc-4945-a0d4-4fffefe4345d~1"}],"problems":{}}"""
						.formatted(SOURCE, RESULT))
			.enqueueJson(200, status("finished", null))
			.enqueueJson(200, file(RESULT));

		FileInfo result = conversions.convertAndWait(SOURCE, VideoTransformation.builder().build(),
				ConversionOptions.store(Store.FALSE), FAST);

		assertThat(result.uuid()).isEqualTo(RESULT);
		assertThat(server.takeRequest().bodyAsString())
			.isEqualTo("{\"paths\":[\"" + SOURCE + "/video/\"],\"store\":\"false\"}");
		assertThat(server.takeRequest().path()).isEqualTo("/convert/video/status/7/");
	}

	@Test
	void failedConversionThrowsWithTheServersMessage() {
		server.enqueueJson(200, ACCEPTED)
			.enqueueJson(200, status("processing", null))
			.enqueueJson(200, status("failed", "Source file is corrupted"));

		assertThatThrownBy(() -> conversions.convertAndWait(SOURCE, PDF))
			.isInstanceOfSatisfying(ConversionFailedException.class, ex -> {
				assertThat(ex.state()).isEqualTo(ConversionStatus.State.FAILED);
				assertThat(ex.detail()).isEqualTo("Source file is corrupted");
				assertThat(ex.token()).isEqualTo(22450034L);
				assertThat(ex).hasMessageContaining("failed: Source file is corrupted");
			});
		assertThat(server.requestCount()).isEqualTo(3);
	}

	@Test
	void cancelledConversionThrowsWhicheverSpelling() {
		server.enqueueJson(200, ACCEPTED)
			.enqueueJson(200, status("canceled", "Cancelled by the user"))
			.enqueueJson(200, ACCEPTED)
			.enqueueJson(200, status("cancelled", null));

		for (int i = 0; i < 2; i++) {
			assertThatThrownBy(() -> conversions.convertAndWait(SOURCE, PDF)).isInstanceOfSatisfying(
					ConversionFailedException.class,
					ex -> assertThat(ex.state()).isEqualTo(ConversionStatus.State.CANCELLED));
		}
		server.assertNoFailures();
	}

	@Test
	void deadlineEndsTheWaitWithATimeout() {
		server.enqueueJson(200, ACCEPTED);
		for (int i = 0; i < 200; i++) {
			server.enqueueJson(200, status("processing", null));
		}
		WaitSettings short_ = FAST.withTimeout(Duration.ofMillis(150));

		assertThatThrownBy(() -> conversions.convertAndWait(SOURCE, PDF, ConversionOptions.defaults(), short_))
			.isInstanceOf(UploadcareTimeoutException.class)
			.hasMessageContaining("22450034");
		assertThat(server.requestCount()).isBetween(2, 40);
	}

	@Test
	void asyncFormCompletesWithTheOutputFile() throws Exception {
		server.enqueueJson(200, ACCEPTED)
			.enqueueJson(200, status("pending", null))
			.enqueueJson(200, status("finished", null))
			.enqueueJson(200, file(RESULT));

		CompletableFuture<FileInfo> future = conversions.convertAsync(SOURCE, PDF);

		assertThat(future.get(5, java.util.concurrent.TimeUnit.SECONDS).uuid()).isEqualTo(RESULT);
	}

	@Test
	void asyncFormFailsWithTheSameError() {
		server.enqueueJson(200, ACCEPTED).enqueueJson(200, status("failed", "Boom"));

		CompletableFuture<FileInfo> future = conversions.convertAsync(SOURCE, PDF, ConversionOptions.defaults(), FAST);

		await().atMost(Duration.ofSeconds(5)).until(future::isDone);
		assertThatThrownBy(future::get).isInstanceOf(ExecutionException.class)
			.hasCauseInstanceOf(ConversionFailedException.class)
			.hasMessageContaining("Boom");
	}

	@Test
	void asyncFormReportsARejectedPathThroughTheFutureAndBadArgumentsAtOnce() {
		server.enqueueJson(200,
				"{\"result\":[],\"problems\":{\"" + SOURCE + "/document/-/format/pdf/\":\"Bad path\"}}");

		CompletableFuture<FileInfo> future = conversions.convertAsync(SOURCE, PDF);

		await().atMost(Duration.ofSeconds(5)).until(future::isDone);
		assertThatThrownBy(future::get).hasCauseInstanceOf(UploadcareInvalidRequestException.class)
			.hasMessageContaining("Bad path");
		assertThatThrownBy(() -> conversions.convertAsync("nope", PDF)).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> conversions.convertAsync(SOURCE, VideoTransformation.builder().build(),
				ConversionOptions.saveInGroup(true)))
			.isInstanceOf(IllegalArgumentException.class);
		assertThat(server.requestCount()).isEqualTo(1);
	}

	@Test
	void cancellingTheFutureStopsPolling() {
		server.enqueueJson(200, ACCEPTED);
		for (int i = 0; i < 500; i++) {
			server.enqueueJson(200, status("processing", null));
		}

		CompletableFuture<FileInfo> future = conversions.convertAsync(SOURCE, PDF, ConversionOptions.defaults(),
				FAST.withTimeout(Duration.ofMinutes(1)));
		await().atMost(Duration.ofSeconds(5)).until(() -> server.requestCount() >= 4);
		assertThat(future.cancel(true)).isTrue();
		int afterCancel = server.requestCount();

		await().during(Duration.ofMillis(300))
			.atMost(Duration.ofSeconds(2))
			.until(() -> server.requestCount() <= afterCancel + 1);
		assertThat(future).isCancelled();
	}

	@Test
	void rejectedPathNamesThePathAndTheServersReason() {
		String path = SOURCE + "/document/-/format/pdf/";
		server.enqueueJson(200,
				"{\"result\":[],\"problems\":{\"" + path + "\":\"Bad path \\\"x\\\". Use UUID or CDN URL\"}}");

		assertThatThrownBy(() -> conversions.convert(SOURCE, PDF))
			.isInstanceOfSatisfying(UploadcareInvalidRequestException.class, ex -> {
				assertThat(ex).hasMessageContaining(path).hasMessageContaining("Use UUID or CDN URL");
				assertThat(ex.detail()).isEqualTo("Bad path \"x\". Use UUID or CDN URL");
			});
	}

	@Test
	void batchReportsProblemsWithoutThrowing() {
		server.enqueueJson(200,
				"""
						{"result":[{"original_source":"%s/document/","token":1,"uuid":"%s"}],"problems":{"nope/document/":"Bad path"}}"""
					.formatted(SOURCE, RESULT));

		ConversionResult result = conversions.convertDocuments(List.of(SOURCE + "/document/", "nope/document/"),
				ConversionOptions.saveInGroup(true).withStore(Store.FALSE));

		assertThat(result.hasProblems()).isTrue();
		assertThat(result.problems()).containsEntry("nope/document/", "Bad path");
		assertThat(result.result()).extracting(ConversionJob::token).containsExactly(1L);
		assertThat(server.takeRequest().bodyAsString()).isEqualTo("{\"paths\":[\"" + SOURCE
				+ "/document/\",\"nope/document/\"],\"store\":\"false\",\"save_in_group\":\"1\"}");
	}

	@Test
	void saveInGroupOnAVideoIsRefusedBeforeSending() {
		assertThatThrownBy(() -> conversions.convert(SOURCE, VideoTransformation.builder().build(),
				ConversionOptions.saveInGroup(true)))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("save_in_group");
		assertThatThrownBy(
				() -> conversions.convertVideos(List.of(SOURCE + "/video/"), ConversionOptions.saveInGroup(true)))
			.isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> conversions.convertDocuments(List.of())).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> conversions.convert("not-a-uuid", PDF)).isInstanceOf(IllegalArgumentException.class);
		assertThat(server.requestCount()).isZero();
	}

	@Test
	void convertedDocumentGroupReadsTheSpecsTopLevelPlacementAndFetchesTheGroup() {
		String group = "f56f1e80-31f8-426e-9213-690861252070~1";
		server
			.enqueueJson(200,
					"{\"error\":null,\"format\":{\"name\":\"pdf\",\"conversion_formats\":[{\"name\":\"jpg\"}]},"
							+ "\"converted_groups\":{\"jpg\":\"" + group + "\"}}")
			.enqueueJson(200,
					"{\"id\":\"" + group + "\",\"datetime_created\":\"2023-11-02T22:16:05.000000Z\","
							+ "\"files_count\":1,\"cdn_url\":\"https://ucarecdn.com/" + group
							+ "/\",\"url\":\"https://api.uploadcare.com/groups/" + group + "/\",\"files\":["
							+ file(RESULT) + "]}")
			.enqueueJson(200, "{\"error\":null,\"format\":{\"name\":\"pdf\",\"conversion_formats\":[]}}");

		GroupInfo info = conversions.convertedDocumentGroup(SOURCE, DocumentFormat.JPG).orElseThrow();

		assertThat(info.id()).isEqualTo(group);
		assertThat(info.fileUuids()).containsExactly(RESULT);
		assertThat(conversions.convertedDocumentGroup(SOURCE, DocumentFormat.JPG)).isEmpty();
		assertThat(server.takeRequest().path()).isEqualTo("/convert/document/" + SOURCE + "/");
		assertThat(server.takeRequest().path()).isEqualTo("/groups/" + group + "/");
	}

}
