package dev.ucare.client.upload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import dev.ucare.client.RetrySettings;
import dev.ucare.client.Store;
import dev.ucare.client.UploadcareAuthenticationException;
import dev.ucare.client.UploadcareClient;
import dev.ucare.client.UploadcareObserver;
import dev.ucare.client.UploadcareTimeoutException;
import dev.ucare.client.UploadcareUploadException;
import dev.ucare.client.WaitSettings;
import dev.ucare.client.files.FileInfo;
import dev.ucare.client.groups.GroupInfo;
import dev.ucare.client.testing.EmulatorClients;
import dev.ucare.emulator.EmulatedFile;
import dev.ucare.emulator.UploadcareEmulator;
import dev.ucare.emulator.UploadcareEmulatorExtension;
import dev.ucare.testsupport.RandomFiles;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.InputStreamResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** Uploads over real HTTP against the emulator. */
class UploadsEmulatorTest {

	private static final int MIB = 1024 * 1024;

	private static final RetrySettings FAST_RETRY = new RetrySettings(3, Duration.ofMillis(5), 2.0,
			Duration.ofMillis(50));

	@RegisterExtension
	static UploadcareEmulatorExtension uploadcare = UploadcareEmulatorExtension.builder()
		.jobDelay(Duration.ofMillis(20))
		.build();

	@TempDir
	Path dir;

	private UploadcareEmulator emulator;

	private UploadcareClient client;

	private final List<String> uploadEvents = new CopyOnWriteArrayList<>();

	@BeforeEach
	void setUp() {
		emulator = uploadcare.emulator();
		client = clientBuilder().build();
	}

	private UploadcareClient.Builder clientBuilder() {
		return EmulatorClients.builderFor(emulator)
			.retry(FAST_RETRY)
			.fromUrlWait(new WaitSettings(Duration.ofMillis(20), Duration.ofMillis(100), 1.5, Duration.ofSeconds(10)))
			.observer(new UploadcareObserver() {
				@Override
				public void onUpload(String method, long bytes, Duration duration, boolean success) {
					uploadEvents.add(method + ":" + bytes + ":" + success);
				}
			});
	}

	// ---- direct ----

	@Test
	void directUploadOfAPathReturnsTheRestShapeWithMetadataAndStore() throws IOException {
		Path file = write("hello.txt", "hello, uploadcare".getBytes());
		List<UploadProgress> progress = new CopyOnWriteArrayList<>();

		FileInfo info = client.uploads()
			.upload(file,
					UploadOptions.builder()
						.store(Store.TRUE)
						.metadata("subsystem", "tests")
						.progress(progress::add)
						.build());

		assertThat(info.uuid()).isNotBlank();
		assertThat(info.size()).isEqualTo(17);
		assertThat(info.originalFilename()).isEqualTo("hello.txt");
		assertThat(info.mimeType()).isEqualTo("text/plain");
		assertThat(info.isReady()).isTrue();
		assertThat(info.metadata()).containsEntry("subsystem", "tests");
		assertThat(info.stored()).isTrue();
		assertThat(info.url()).isEqualTo(emulator.restBaseUrl().resolve("files/" + info.uuid() + "/").toString());
		assertThat(emulator.fileContent(info.uuid())).isEqualTo(Files.readAllBytes(file));
		assertThat(progress).containsExactly(new UploadProgress(17, 17));
		assertThat(uploadEvents).containsExactly("direct:17:true");
		assertThat(emulator.requestLog().matching("^/base/").get(0).header("User-Agent")).startsWith("UploadcareJava/");
	}

	@Test
	void uploadsBytesAndStreamsOfKnownAndUnknownLength() {
		byte[] bytes = randomBytes(1000, 1);
		FileInfo fromBytes = client.uploads()
			.upload(bytes, UploadOptions.builder().filename("a.bin").store(Store.FALSE).build());
		FileInfo known = client.uploads()
			.upload(new ByteArrayInputStream(bytes), bytes.length, UploadOptions.builder().filename("b.bin").build());
		FileInfo unknown = client.uploads()
			.upload(new ByteArrayInputStream(bytes),
					UploadOptions.builder().filename("c.bin").contentType("application/x-test").build());

		assertThat(fromBytes.stored()).isFalse();
		assertThat(List.of(fromBytes, known, unknown)).extracting(FileInfo::originalFilename)
			.containsExactly("a.bin", "b.bin", "c.bin");
		for (FileInfo info : List.of(fromBytes, known, unknown)) {
			assertThat(emulator.fileContent(info.uuid())).isEqualTo(bytes);
		}
		assertThat(emulator.file(unknown.uuid())).get()
			.extracting(EmulatedFile::mimeType)
			.isEqualTo("application/x-test");
	}

	// ---- UUID only ----

	@Test
	void uploadForUuidTakesOneRequestForADirectUpload() throws IOException {
		Path file = write("note.txt", "only the uuid".getBytes());
		List<UploadProgress> progress = new CopyOnWriteArrayList<>();

		String uuid = client.uploads()
			.uploadForUuid(UploadSource.of(file),
					UploadOptions.builder().store(Store.TRUE).metadata("kind", "note").progress(progress::add).build());

		assertThat(emulator.requestLog().all()).hasSize(1);
		assertThat(emulator.requestLog().matching("^/base/")).hasSize(1);
		assertThat(emulator.fileContent(uuid)).isEqualTo(Files.readAllBytes(file));
		assertThat(emulator.file(uuid)).get().satisfies(stored -> {
			assertThat(stored.originalFilename()).isEqualTo("note.txt");
			assertThat(stored.metadata()).containsEntry("kind", "note");
			assertThat(stored.isStored()).isTrue();
		});
		assertThat(progress).containsExactly(new UploadProgress(13, 13));
		assertThat(uploadEvents).containsExactly("direct:13:true");
		assertThat(client.uploads().info(uuid).size()).isEqualTo(13);
	}

	@Test
	void uploadForUuidOfALargeSourceGoesMultipart() throws IOException {
		Path file = dir.resolve("large.bin");
		RandomFiles.write(file, 11L * MIB, 11L * MIB);

		String uuid = client.uploads().uploadForUuid(file);

		assertThat(emulator.file(uuid)).get().extracting(EmulatedFile::sha256).isEqualTo(sha256(file));
		assertThat(emulator.requestLog().count("/multipart/part/")).isEqualTo(3);
		assertThat(emulator.requestLog().count("/info/")).isZero();
		assertThat(uploadEvents).containsExactly("multipart:" + 11L * MIB + ":true");
	}

	@Test
	void uploadForUuidFailsAsUploadDoes() {
		UploadcareClient stranger = clientBuilder().publicKey("unknownpublickey").build();

		assertThatThrownBy(() -> stranger.uploads().uploadForUuid(UploadSource.of("x".getBytes(), "x.txt")))
			.isInstanceOf(UploadcareAuthenticationException.class);
		assertThatThrownBy(() -> client.uploads().uploadForUuid(dir.resolve("missing.txt")))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("missing.txt");
		assertThat(emulator.requestLog().matching("^/base/")).hasSize(1);
	}

	// ---- multipart ----

	@Test
	void multipartUploadOf64MiBKeepsTheBytesReportsProgressAndBoundsConcurrency() throws Exception {
		Path file = dir.resolve("big.bin");
		RandomFiles.write(file, 64L * MIB, 64L * MIB);
		List<UploadProgress> progress = new CopyOnWriteArrayList<>();
		AtomicInteger concurrentCallbacks = new AtomicInteger();
		AtomicInteger maxConcurrentCallbacks = new AtomicInteger();

		FileInfo info = client.uploads().upload(file, UploadOptions.builder().progress(p -> {
			int now = concurrentCallbacks.incrementAndGet();
			maxConcurrentCallbacks.accumulateAndGet(now, Math::max);
			progress.add(p);
			concurrentCallbacks.decrementAndGet();
		}).build());

		assertThat(info.size()).isEqualTo(64L * MIB);
		assertThat(emulator.file(info.uuid())).get().extracting(EmulatedFile::sha256).isEqualTo(sha256(file));
		assertThat(emulator.requestLog().count("/multipart/part/")).isEqualTo(13);
		int maxParts = emulator.requestLog().maxConcurrent("/multipart/part/");
		assertThat(maxParts).isBetween(2, 4);
		assertThat(progress).hasSize(13);
		assertThat(progress).extracting(UploadProgress::done).isSorted();
		assertThat(progress).extracting(UploadProgress::total).containsOnly(64L * MIB);
		assertThat(progress.get(progress.size() - 1).done()).isEqualTo(64L * MIB);
		assertThat(maxConcurrentCallbacks.get()).isEqualTo(1);
		assertThat(uploadEvents).containsExactly("multipart:" + 64L * MIB + ":true");
		String start = emulator.requestLog().matching("/multipart/start/").get(0).path();
		assertThat(start).isEqualTo("/multipart/start/");
	}

	@Test
	void multipartFromAStreamOfKnownLengthIsReadPartByPart() {
		byte[] bytes = randomBytes(12 * MIB + 7, 2);
		FileInfo info = client.uploads()
			.upload(new ByteArrayInputStream(bytes), bytes.length,
					UploadOptions.builder().filename("stream.bin").build());

		assertThat(emulator.fileContent(info.uuid())).isEqualTo(bytes);
		assertThat(emulator.requestLog().count("/multipart/part/")).isEqualTo(3);
	}

	@Test
	void multipartFromAStreamOfUnknownLengthIsSpooledAndTheSpoolDeleted() throws IOException {
		byte[] bytes = randomBytes(11 * MIB, 3);
		Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
		long spoolsBefore = spools(tmp);
		FileInfo info = client.uploads()
			.upload(new ByteArrayInputStream(bytes), UploadOptions.builder().filename("unknown.bin").build());

		assertThat(emulator.fileContent(info.uuid())).isEqualTo(bytes);
		assertThat(spools(tmp)).isEqualTo(spoolsBefore);
	}

	@Test
	void eachPartIsRetriedOn503AndDroppedConnections() throws IOException {
		Path file = dir.resolve("retry.bin");
		RandomFiles.write(file, 11L * MIB, 11L * MIB);
		// parts 2 and 3 each meet one 503 and one dropped connection: faults shared by
		// all
		// parts could all land on one part, which would run out of its 3 retries
		for (int part = 2; part <= 3; part++) {
			emulator.faults().fail(503, 1).forPaths("/multipart/part/[^/]+/" + part + "/");
			emulator.faults().dropConnection(1).forPaths("/multipart/part/[^/]+/" + part + "/");
		}
		// a part that is merely slow (as on a loaded machine) is not a failure: only the
		// four faults cause retries. A dropped connection is seen at once (the socket
		// closes), so the client's default read timeout applies
		emulator.faults().latency(Duration.ofMillis(1200)).forPaths("/multipart/part/[^/]+/1/");

		FileInfo info = client.uploads().upload(file);

		assertThat(emulator.file(info.uuid())).get().extracting(EmulatedFile::sha256).isEqualTo(sha256(file));
		assertThat(emulator.requestLog().matching("/multipart/part/")).describedAs("part requests (path, status)")
			.extracting((request) -> request.path() + " " + request.status())
			.hasSize(3 + 4);
	}

	@Test
	void aPartThatKeepsFailingFailsTheUploadNamingThePart() throws IOException {
		Path file = dir.resolve("fail.bin");
		RandomFiles.write(file, 11L * MIB, 11L * MIB);
		emulator.faults().fail(503, 100).forPaths("/multipart/part/[^/]+/3/");

		assertThatThrownBy(() -> client.uploads().upload(file)).isInstanceOf(UploadcareUploadException.class)
			.hasMessageContaining("part 3 of 3")
			.hasMessageContaining("503")
			.satisfies(ex -> assertThat(((UploadcareUploadException) ex).status()).isEqualTo(503));
		assertThat(emulator.requestLog().count("/multipart/part/[^/]+/3/")).isEqualTo(4);
		assertThat(emulator.requestLog().count("/multipart/complete/")).isZero();
		assertThat(uploadEvents).containsExactly("multipart:" + 11L * MIB + ":false");
	}

	@Test
	void aStreamShorterThanDeclaredIsDetectedAndNeverCompleted() {
		byte[] bytes = randomBytes(11 * MIB, 4);
		assertThatThrownBy(() -> client.uploads()
			.upload(new ByteArrayInputStream(bytes), 12L * MIB, UploadOptions.builder().filename("short.bin").build()))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("short.bin")
			.hasMessageContaining("ended after");
		assertThat(emulator.requestLog().count("/multipart/complete/")).isZero();

		assertThatThrownBy(() -> client.uploads()
			.upload(new ByteArrayInputStream(bytes), 100, UploadOptions.builder().filename("long.bin").build()))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("more bytes");
		assertThat(emulator.requestLog().count("/base/")).isZero();
	}

	@Test
	void theUploadApisCleanedFilenameIsKeptApartFromTheOriginalOne() {
		FileInfo info = client.uploads()
			.upload("x".getBytes(), UploadOptions.builder().filename("my photo (1).txt").build());
		assertThat(info.originalFilename()).isEqualTo("my photo (1).txt");
		assertThat(info.filename()).isEqualTo("myphoto1.txt");
		assertThat(client.uploads().info(info.uuid()).filename()).isEqualTo("myphoto1.txt");
		// the REST API's file object has no such field
		assertThat(client.files().get(info.uuid()).filename()).isNull();
	}

	// ---- Spring resources ----

	@Test
	void springResourcesUploadUnderTheirFileName() throws IOException {
		Path file = write("from-disk.txt", "on disk".getBytes());
		FileInfo fromFile = client.uploads().upload(UploadSource.of(new FileSystemResource(file)));
		assertThat(fromFile.originalFilename()).isEqualTo("from-disk.txt");
		assertThat(emulator.fileContent(fromFile.uuid())).isEqualTo("on disk".getBytes());

		UploadSource bytes = UploadSource.of(new ByteArrayResource("in memory".getBytes()) {
			@Override
			public String getFilename() {
				return "memory.txt";
			}
		});
		assertThat(bytes.length()).isEqualTo(9);
		FileInfo first = client.uploads().upload(bytes);
		FileInfo again = client.uploads().upload(bytes);
		assertThat(first.originalFilename()).isEqualTo("memory.txt");
		assertThat(first.mimeType()).isEqualTo("text/plain");
		assertThat(emulator.fileContent(again.uuid())).isEqualTo("in memory".getBytes());
	}

	@Test
	void anOpenResourceIsAOneShotStream() {
		UploadSource stream = UploadSource.of(new InputStreamResource(new ByteArrayInputStream("once".getBytes())));
		assertThat(stream.length()).isEqualTo(-1);
		FileInfo file = client.uploads().upload(stream, UploadOptions.builder().filename("once.txt").build());
		assertThat(emulator.fileContent(file.uuid())).isEqualTo("once".getBytes());
		assertThatThrownBy(() -> client.uploads().upload(stream)).isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("only once");
		assertThatThrownBy(() -> UploadSource.of(new FileSystemResource(dir.resolve("absent.txt"))))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("absent.txt");
		assertThat(emulator.requestLog().count("/base/")).isEqualTo(1);
	}

	@Test
	void aLocalFileThatCannotBeReadIsAnIoErrorNotAnUploadcareRefusal() throws IOException {
		Path file = write("vanishing.txt", "soon gone".getBytes());
		UploadSource source = UploadSource.of(file);
		Files.delete(file);

		assertThatThrownBy(() -> client.uploads().upload(source)).isInstanceOf(UncheckedIOException.class)
			.hasMessageContaining("vanishing.txt")
			.hasCauseInstanceOf(NoSuchFileException.class);
		assertThat(emulator.requestLog().all()).isEmpty();
		assertThat(uploadEvents).containsExactly("direct:0:false");
	}

	// ---- bad input ----

	@Test
	void badInputFailsBeforeAnyRequest() {
		assertThatThrownBy(() -> client.uploads().upload(dir.resolve("missing.txt")))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("missing.txt");
		assertThatThrownBy(() -> client.uploads().upload(dir)).isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("not a readable");
		assertThatThrownBy(() -> client.uploads().upload(new byte[0])).isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("empty");
		assertThatThrownBy(() -> client.uploads()
			.upload(InputStream.nullInputStream(), -1, UploadOptions.builder().filename("neg.bin").build()))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("negative");
		assertThatThrownBy(() -> client.uploads()
			.upload(InputStream.nullInputStream(), UploadOptions.builder().filename("nothing.bin").build()))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("nothing.bin");
		assertThatThrownBy(() -> client.uploads().upload(URI.create("ftp://example.com/a.png")))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("ftp://example.com/a.png");
		assertThatThrownBy(() -> UploadOptions.builder().metadata("bad key!", "v").build())
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("bad key!");
		assertThatThrownBy(() -> UploadOptions.builder().metadata("key", "x".repeat(513)).build())
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("key");
		assertThatThrownBy(() -> UploadcareClient.builder().publicKey("pk").multipartThreshold(10_485_759))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("10485760");
		assertThat(emulator.requestLog().all()).isEmpty();
	}

	// ---- from URL ----

	@Test
	void fromUrlPollsUntilTheFileExistsAndReportsProgress() {
		EmulatedFile seeded = emulator.seedFile("c0ffee00-0000-4000-8000-000000000001", "remote.txt",
				"remote".getBytes());
		URI url = emulator.cdnBaseUrl().resolve(seeded.uuid() + "/");
		List<UploadProgress> progress = new CopyOnWriteArrayList<>();

		FileInfo info = client.uploads()
			.upload(url, UploadOptions.builder().filename("fetched.txt").progress(progress::add).build());

		assertThat(info.uuid()).isNotEqualTo(seeded.uuid());
		assertThat(info.originalFilename()).isEqualTo("fetched.txt");
		assertThat(emulator.fileContent(info.uuid())).isEqualTo("remote".getBytes());
		assertThat(progress).isNotEmpty().extracting(UploadProgress::done).isSorted();
		assertThat(progress.get(progress.size() - 1)).isEqualTo(new UploadProgress(6, 6));
		assertThat(uploadEvents).containsExactly("url:6:true");
	}

	@Test
	void fromUrlStartAndStatusAndDuplicates() {
		EmulatedFile seeded = emulator.seedFile("c0ffee00-0000-4000-8000-000000000002", "dup.txt", "dup".getBytes());
		URI url = emulator.cdnBaseUrl().resolve(seeded.uuid() + "/");
		UrlUploadOptions options = UrlUploadOptions.defaults().withDuplicates(true, true);

		FileInfo first = client.uploads().fromUrl(url, options);
		FileInfo second = client.uploads().fromUrl(url, options);
		assertThat(second.uuid()).isEqualTo(first.uuid());
		assertThatThrownBy(() -> client.uploads().startFromUrl(url, options)).isInstanceOf(DuplicateUrlException.class)
			.satisfies(ex -> assertThat(((DuplicateUrlException) ex).file().uuid()).isEqualTo(first.uuid()));

		String token = client.uploads().startFromUrl(url, UrlUploadOptions.defaults());
		await().atMost(Duration.ofSeconds(5)).until(() -> client.uploads().fromUrlStatus(token).finished());
		UrlUploadStatus status = client.uploads().fromUrlStatus(token);
		assertThat(status.state()).isEqualTo(UrlUploadStatus.State.SUCCESS);
		assertThat(status.file().size()).isEqualTo(3);
		assertThat(client.uploads().fromUrlStatus("00000000-0000-4000-8000-000000000000").state())
			.isEqualTo(UrlUploadStatus.State.UNKNOWN);
	}

	@Test
	void fromUrlErrorCarriesTheServersMessage() {
		URI missing = emulator.cdnBaseUrl().resolve("c0ffee00-0000-4000-8000-00000000dead/");
		assertThatThrownBy(() -> client.uploads().fromUrl(missing, UrlUploadOptions.defaults()))
			.isInstanceOf(UploadcareUploadException.class)
			.hasMessageContaining("HTTP client error: 404")
			.satisfies(ex -> assertThat(((UploadcareUploadException) ex).detail()).contains("404"));
		assertThat(uploadEvents).containsExactly("url:0:false");
	}

	@Test
	void fromUrlOfAClosedPortNamesTheCauseAndTheAddress() throws IOException {
		int port;
		try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			port = socket.getLocalPort();
		}
		URI closed = URI.create("http://127.0.0.1:" + port + "/gone.txt");

		// the emulator's status text (the exception's detail) says what failed where
		assertThatThrownBy(() -> client.uploads().fromUrl(closed, UrlUploadOptions.defaults()))
			.isInstanceOf(UploadcareUploadException.class)
			.hasMessageContaining("DownloadFileHTTPNetworkError")
			.hasMessageNotContaining("null")
			.satisfies(ex -> assertThat(((UploadcareUploadException) ex).detail()).contains("java.net.ConnectException")
				.contains("127.0.0.1:" + port));
	}

	@Test
	void fromUrlGivesUpAtItsDeadline() {
		EmulatedFile seeded = emulator.seedFile("c0ffee00-0000-4000-8000-000000000003", "slow.txt", "slow".getBytes());
		emulator.faults().latency(Duration.ofSeconds(3)).forPaths("^/" + seeded.uuid());
		URI url = emulator.cdnBaseUrl().resolve(seeded.uuid() + "/");
		WaitSettings shortWait = new WaitSettings(Duration.ofMillis(20), Duration.ofMillis(50), 2.0,
				Duration.ofMillis(300));

		assertThatThrownBy(() -> client.uploads().fromUrl(url, UrlUploadOptions.defaults().withWait(shortWait)))
			.isInstanceOf(UploadcareTimeoutException.class)
			.hasMessageContaining(url.toString());
	}

	@Test
	void fromUrlAsyncCompletesAndCanBeCancelled() {
		EmulatedFile seeded = emulator.seedFile("c0ffee00-0000-4000-8000-000000000004", "async.txt",
				"async".getBytes());
		URI url = emulator.cdnBaseUrl().resolve(seeded.uuid() + "/");
		assertThat(client.uploads().fromUrlAsync(url, UrlUploadOptions.defaults()).join().size()).isEqualTo(5);

		emulator.faults().latency(Duration.ofSeconds(3)).forPaths("^/" + seeded.uuid());
		CompletableFuture<FileInfo> slow = client.uploads().fromUrlAsync(url, UrlUploadOptions.defaults());
		await().atMost(Duration.ofSeconds(5)).until(() -> emulator.requestLog().count("/from_url/status/") >= 2);
		assertThat(slow.cancel(true)).isTrue();
		assertThatThrownBy(slow::join).isInstanceOf(CancellationException.class);
		int polls = emulator.requestLog().count("/from_url/status/");
		await().during(Duration.ofMillis(400))
			.atMost(Duration.ofSeconds(2))
			.until(() -> emulator.requestLog().count("/from_url/status/") <= polls + 1);
	}

	// ---- signed uploads ----

	@Test
	void signedUploadsAreAcceptedAndExpiredSignaturesRejected() {
		UploadcareClient signed = clientBuilder().signedUploads(true).signatureTtl(Duration.ofMinutes(5)).build();
		FileInfo info = signed.uploads().upload("signed".getBytes(), UploadOptions.builder().filename("s.txt").build());
		assertThat(emulator.fileContent(info.uuid())).isEqualTo("signed".getBytes());
		assertThat(emulator.requestLog().matching("^/base/")).hasSize(1);

		UploadSignature expired = UploadSignature.create(emulator.secretKey(), Instant.now().getEpochSecond() - 60);
		assertThatThrownBy(() -> client.uploads()
			.upload("x".getBytes(), UploadOptions.builder().filename("x.txt").signature(expired).build()))
			.isInstanceOf(UploadcareAuthenticationException.class)
			.hasMessageContaining("Expired signature")
			.satisfies(ex -> assertThat(((UploadcareAuthenticationException) ex).status()).isEqualTo(403));

		UploadcareClient stale = clientBuilder().signedUploads(true)
			.clock(Clock.fixed(Instant.now().minus(Duration.ofHours(1)), java.time.ZoneOffset.UTC))
			.build();
		assertThatThrownBy(
				() -> stale.uploads().upload("y".getBytes(), UploadOptions.builder().filename("y.txt").build()))
			.isInstanceOf(UploadcareAuthenticationException.class);
	}

	// ---- many files, async ----

	@Test
	void uploadAllKeepsInputOrderAndBoundsConcurrency() {
		emulator.faults().latency(Duration.ofMillis(30)).forPaths("^/base/");
		List<UploadSource> sources = new ArrayList<>();
		for (int i = 0; i < 20; i++) {
			sources.add(UploadSource.of(("file " + i).getBytes(), "f" + i + ".txt"));
		}
		List<UploadProgress> progress = new CopyOnWriteArrayList<>();

		List<FileInfo> files = client.uploads()
			.uploadAll(sources, UploadOptions.builder().progress(progress::add).build());

		assertThat(files).extracting(FileInfo::originalFilename)
			.containsExactlyElementsOf(sources.stream().map(UploadSource::filename).toList());
		assertThat(emulator.fileContent(files.get(7).uuid())).isEqualTo("file 7".getBytes());
		int concurrent = emulator.requestLog().maxConcurrent("^/base/");
		assertThat(concurrent).isBetween(2, 8);
		assertThat(progress).extracting(UploadProgress::done).isSorted();
		assertThat(progress.get(progress.size() - 1).done()).isEqualTo(progress.get(0).total());
	}

	@Test
	void uploadAllFailureKeepsTheOtherResults() {
		List<UploadSource> sources = List.of(UploadSource.of("ok1".getBytes(), "ok1.txt"),
				UploadSource.of(new ByteArrayInputStream("bad".getBytes()), 10, "bad.txt"),
				UploadSource.of("ok2".getBytes(), "ok2.txt"));

		assertThatThrownBy(() -> client.uploads().uploadAll(sources)).isInstanceOfSatisfying(UploadAllException.class,
				ex -> {
					assertThat(ex.outcomes()).extracting(UploadOutcome::succeeded).containsExactly(true, false, true);
					assertThat(ex.files().get(0).originalFilename()).isEqualTo("ok1.txt");
					assertThat(ex.files().get(2).originalFilename()).isEqualTo("ok2.txt");
					assertThat(ex.failures().get(0).failure()).hasMessageContaining("bad.txt");
					assertThat(ex).hasMessageContaining("1 of 3");
				});
	}

	@Test
	void uploadAsyncCompletesAndCancellationStopsTheParts() throws IOException {
		byte[] small = "async".getBytes();
		assertThat(
				client.uploads().uploadAsync(UploadSource.of(small, "a.txt"), UploadOptions.defaults()).join().size())
			.isEqualTo(5);

		Path file = dir.resolve("cancel.bin");
		RandomFiles.write(file, 30L * MIB, 30L * MIB);
		emulator.faults().latency(Duration.ofMillis(400)).forPaths("/multipart/part/");
		CompletableFuture<FileInfo> upload = client.uploads()
			.uploadAsync(UploadSource.of(file), UploadOptions.defaults());
		await().atMost(Duration.ofSeconds(5)).until(() -> emulator.requestLog().count("/multipart/part/") >= 1);
		upload.cancel(true);

		assertThatThrownBy(upload::join).isInstanceOf(CancellationException.class);
		await().during(Duration.ofMillis(800))
			.atMost(Duration.ofSeconds(3))
			.until(() -> emulator.requestLog().count("/multipart/part/") <= 4);
		assertThat(emulator.requestLog().count("/multipart/complete/")).isZero();
	}

	// ---- info and groups ----

	@Test
	void infoAndGroupsThroughTheUploadApi() {
		FileInfo a = client.uploads().upload("a".getBytes(), UploadOptions.builder().filename("a.txt").build());
		FileInfo b = client.uploads().upload("b".getBytes(), UploadOptions.builder().filename("b.txt").build());

		assertThat(client.uploads().info(a.uuid())).satisfies(info -> {
			assertThat(info.uuid()).isEqualTo(a.uuid());
			assertThat(info.originalFilename()).isEqualTo("a.txt");
		});
		GroupInfo group = client.groups().create(List.of(a.uuid(), b.uuid() + "/-/resize/10x/"));
		assertThat(group.id()).endsWith("~2");
		assertThat(group.fileUuids()).containsExactly(a.uuid(), b.uuid());
		assertThat(group.files().get(1).defaultEffects()).contains("resize/10x/");
		assertThat(client.uploads().groupInfo(group.id()).filesCount()).isEqualTo(2);
		assertThatThrownBy(() -> client.uploads().createGroup(List.of("c0ffee00-0000-4000-8000-00000000beef")))
			.isInstanceOf(UploadcareUploadException.class)
			.hasMessageContaining("Some files not found");
	}

	// ---- helpers ----

	private Path write(String name, byte[] bytes) throws IOException {
		return Files.write(dir.resolve(name), bytes);
	}

	static byte[] randomBytes(int size, long seed) {
		byte[] bytes = new byte[size];
		new Random(seed).nextBytes(bytes);
		return bytes;
	}

	static String sha256(Path file) throws IOException {
		try (InputStream in = Files.newInputStream(file)) {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			byte[] buffer = new byte[MIB];
			for (int n; (n = in.read(buffer)) > 0;) {
				digest.update(buffer, 0, n);
			}
			return HexFormat.of().formatHex(digest.digest());
		}
		catch (java.security.NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static long spools(Path tmp) throws IOException {
		try (var files = Files.list(tmp)) {
			return files
				.filter(p -> p.getFileName().toString().startsWith("uploadcare-")
						&& p.getFileName().toString().endsWith(".upload"))
				.count();
		}
	}

}
