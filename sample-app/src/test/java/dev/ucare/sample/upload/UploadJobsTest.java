package dev.ucare.sample.upload;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import dev.ucare.client.Store;
import dev.ucare.client.UploadcareUploadException;
import dev.ucare.client.files.FileInfo;
import dev.ucare.client.upload.UploadOperations;
import dev.ucare.client.upload.UploadOptions;
import dev.ucare.client.upload.UploadProgress;
import dev.ucare.sample.BadInputException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockMultipartFile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.awaitility.Awaitility.await;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

class UploadJobsTest {

	private final UploadOperations uploads = mock(UploadOperations.class);

	private final UploadJobs jobs = new UploadJobs(uploads);

	@AfterEach
	void tearDown() {
		jobs.destroy();
	}

	@Test
	void progressListenerFeedsTheJobUntilItFinishes() throws Exception {
		CountDownLatch halfway = new CountDownLatch(1);
		CountDownLatch release = new CountDownLatch(1);
		when(uploads.upload(any(Path.class), any(UploadOptions.class))).thenAnswer(call -> {
			Path path = call.getArgument(0);
			UploadOptions options = call.getArgument(1);
			assertThat(options.filename()).isEqualTo("big.bin");
			long size = Files.size(path);
			options.progress().onProgress(new UploadProgress(size / 2, size));
			halfway.countDown();
			release.await(5, TimeUnit.SECONDS);
			options.progress().onProgress(new UploadProgress(size, size));
			return file("0f3c1a8e-2b7d-4c55-9d7e-6f1a2b3c4d5e");
		});

		UploadJob job = jobs.start(
				List.of(new MockMultipartFile("files", "big.bin", "application/octet-stream", new byte[1000])),
				Store.AUTO);
		assertThat(halfway.await(5, TimeUnit.SECONDS)).isTrue();
		assertThat(jobs.find(job.id())).containsSame(job);
		assertThat(job.progress().percent()).isEqualTo(50);
		assertThat(job.progress().finished()).isFalse();

		release.countDown();
		await().atMost(Duration.ofSeconds(5)).until(job::finished);
		UploadJob.Progress done = job.progress();
		assertThat(done.percent()).isEqualTo(100);
		assertThat(done.files()).singleElement().satisfies(f -> {
			assertThat(f.state()).isEqualTo("DONE");
			assertThat(f.uuid()).isEqualTo("0f3c1a8e-2b7d-4c55-9d7e-6f1a2b3c4d5e");
		});
	}

	@Test
	void aFailedFileIsReportedWithItsMessage() {
		when(uploads.upload(any(Path.class), any(UploadOptions.class)))
			.thenThrow(new UploadcareUploadException("File is too large", 400, "File is too large", null));
		UploadJob job = jobs.start(List.of(new MockMultipartFile("files", "a.txt", "text/plain", new byte[10])),
				Store.AUTO);
		await().atMost(Duration.ofSeconds(5)).until(job::finished);
		assertThat(job.progress().files()).singleElement().satisfies(f -> {
			assertThat(f.state()).isEqualTo("FAILED");
			assertThat(f.error()).contains("File is too large");
		});
	}

	@Test
	void emptyPartsAreRefused() {
		assertThatExceptionOfType(BadInputException.class).isThrownBy(() -> jobs
			.start(List.of(new MockMultipartFile("files", "empty.txt", "text/plain", new byte[0])), Store.AUTO));
		assertThatExceptionOfType(BadInputException.class).isThrownBy(() -> jobs.start(List.of(), Store.AUTO));
		assertThatExceptionOfType(BadInputException.class).isThrownBy(() -> jobs.start(null, Store.AUTO));
	}

	@Test
	void theStoreChoiceIsSentAndWhatHappenedIsReported() {
		when(uploads.upload(any(Path.class), any(UploadOptions.class))).thenAnswer((call) -> {
			UploadOptions options = call.getArgument(1);
			assertThat(options.store()).isEqualTo(Store.FALSE);
			return file("0f3c1a8e-2b7d-4c55-9d7e-6f1a2b3c4d5e");
		});
		UploadJob job = jobs.start(List.of(new MockMultipartFile("files", "a.txt", "text/plain", new byte[10])),
				Store.FALSE);
		assertThat(job.storeChoice()).isEqualTo("don't store");
		await().atMost(Duration.ofSeconds(5)).until(job::finished);
		assertThat(job.progress().files()).singleElement().satisfies((f) -> assertThat(f.stored()).isFalse());
	}

	private static FileInfo file(String uuid) {
		return new FileInfo(uuid, null, null, null, false, true, "application/octet-stream", "big.bin", null, 1000,
				null, null, null, null, null, null, null);
	}

}
