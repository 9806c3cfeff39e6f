package dev.ucare.client.observation;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;

import dev.ucare.client.RetrySettings;
import dev.ucare.client.UploadcareClient;
import dev.ucare.client.UploadcareNotFoundException;
import dev.ucare.client.WaitSettings;
import dev.ucare.client.addons.AddonParams;
import dev.ucare.client.conversion.ConversionOptions;
import dev.ucare.client.conversion.DocumentFormat;
import dev.ucare.client.conversion.DocumentTransformation;
import dev.ucare.client.files.FileInfo;
import dev.ucare.client.files.FileQuery;
import dev.ucare.client.testing.EmulatorClients;
import dev.ucare.client.upload.UploadSource;
import dev.ucare.client.upload.UrlUploadOptions;
import dev.ucare.emulator.EmulatedFile;
import dev.ucare.emulator.SeedFile;
import dev.ucare.emulator.UploadcareEmulator;
import dev.ucare.emulator.UploadcareEmulatorExtension;
import io.micrometer.common.KeyValue;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationHandler;
import io.micrometer.observation.ObservationView;
import io.micrometer.observation.tck.TestObservationRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.http.client.observation.ClientRequestObservationContext;
import org.springframework.web.client.RestClient;

import static io.micrometer.observation.tck.TestObservationRegistryAssert.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.awaitility.Awaitility.await;

/**
 * Every client operation is an {@code uploadcare.client.operation} observation with its
 * low- and high-cardinality keys, child of the caller's current observation, with the
 * operations it is made of and its HTTP exchanges ({@code http.client.requests}, URI
 * templates as {@code uri}) as children: against the emulator, over real HTTP, recorded
 * by a {@link TestObservationRegistry} (which also checks each observation's life cycle
 * and that every {@code uploadcare.client.operation} has the same low-cardinality keys).
 */
class ClientObservationsTest {

	static final String OPERATION = "uploadcare.client.operation";

	static final String HTTP = "http.client.requests";

	static final byte[] PDF = "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

	@RegisterExtension
	static final UploadcareEmulatorExtension uploadcare = UploadcareEmulatorExtension.builder()
		.jobDelay(Duration.ofMillis(60))
		.build();

	private final TestObservationRegistry registry = TestObservationRegistry.create();

	private final Recorder recorded = new Recorder();

	private UploadcareEmulator emulator;

	private UploadcareClient client;

	@BeforeEach
	void observe() {
		registry.observationConfig().observationHandler(recorded);
		emulator = uploadcare.emulator();
		client = builder().build();
	}

	@AfterEach
	void close() {
		client.close();
	}

	private UploadcareClient.Builder builder() {
		return EmulatorClients.builderFor(emulator)
			.observationRegistry(registry)
			.retry(new RetrySettings(2, Duration.ofMillis(1), 2.0, Duration.ofMillis(5)))
			.jobWait(EmulatorClients.FAST_WAIT)
			.fromUrlWait(EmulatorClients.FAST_WAIT);
	}

	@Test
	void aRestCallIsAnOperationWithItsHttpExchangeAsChild() {
		String uuid = seedText("a.txt").uuid();

		client.files().get(uuid);

		assertThat(registry).hasNumberOfObservationsWithNameEqualTo(OPERATION, 1)
			.hasObservationWithNameEqualTo(OPERATION)
			.that()
			.hasContextualNameEqualTo("uploadcare files.get")
			.hasLowCardinalityKeyValue("operation", "files.get")
			.hasLowCardinalityKeyValue("outcome", "success")
			.hasLowCardinalityKeyValue("status", "2xx")
			.hasLowCardinalityKeyValue("exception", "none")
			.hasLowCardinalityKeyValue("project", emulator.publicKey())
			.hasHighCardinalityKeyValue("file.uuid", uuid)
			.hasHighCardinalityKeyValueWithKey("request.id")
			.doesNotHaveLowCardinalityKeyValueWithKey("file.uuid")
			.doesNotHaveLowCardinalityKeyValueWithKey("request.id")
			.doesNotHaveParentObservation();
		Observation.Context get = recorded.operation("files.get");
		assertThat(recorded.children(get)).singleElement().satisfies((exchange) -> {
			assertThat(exchange.getName()).isEqualTo(HTTP);
			assertThat(uri(exchange)).isEqualTo("/files/{uuid}/");
			assertThat(exchange.getLowCardinalityKeyValue("status").getValue()).isEqualTo("200");
		});
		assertThat(get.getHighCardinalityKeyValue("request.id").getValue())
			.isEqualTo(((ClientRequestObservationContext) recorded.children(get).get(0)).getResponse()
				.getHeaders()
				.getFirst("X-Uploadcare-Request-Id"));
	}

	@Test
	void eachRestCallNamesItsUriTemplate() {
		String uuid = seedText("b.txt").uuid();

		client.files().store(uuid);
		client.metadata().put(uuid, "owner", "42");
		client.metadata().get(uuid, "owner");
		client.metadata().getAll(uuid);
		client.project().get();
		client.conversions().documentInfo(seedPdf());

		assertThat(recorded.named(HTTP)).extracting(ClientObservationsTest::uri)
			.containsExactly("/files/{uuid}/storage/", "/files/{uuid}/metadata/{key}/", "/files/{uuid}/metadata/{key}/",
					"/files/{uuid}/metadata/", "/project/", "/convert/document/{uuid}/")
			.noneMatch((template) -> template.contains(uuid));
		assertThat(recorded.named(OPERATION)).extracting(ClientObservationsTest::operation)
			.containsExactly("files.store", "metadata.put", "metadata.get", "metadata.getAll", "project.get",
					"conversions.documentInfo");
	}

	@Test
	void aFailureCarriesItsStatusClassAndException() {
		String missing = "11111111-2222-4333-8444-555555555555";

		assertThatExceptionOfType(UploadcareNotFoundException.class).isThrownBy(() -> client.files().get(missing));

		assertThat(registry).hasObservationWithNameEqualTo(OPERATION)
			.that()
			.hasLowCardinalityKeyValue("operation", "files.get")
			.hasLowCardinalityKeyValue("outcome", "failure")
			.hasLowCardinalityKeyValue("status", "4xx")
			.hasLowCardinalityKeyValue("exception", "UploadcareNotFoundException")
			.hasHighCardinalityKeyValue("file.uuid", missing)
			.hasError();
	}

	@Test
	void anInvalidArgumentFailsTheOperationWithoutAnAnswer() {
		assertThatExceptionOfType(IllegalArgumentException.class).isThrownBy(() -> client.files().get("nope"));

		assertThat(registry).hasObservationWithNameEqualTo(OPERATION)
			.that()
			.hasLowCardinalityKeyValue("outcome", "failure")
			.hasLowCardinalityKeyValue("status", "none")
			.hasLowCardinalityKeyValue("exception", "IllegalArgumentException");
		assertThat(recorded.named(HTTP)).isEmpty();
	}

	@Test
	void retriedAttemptsAreExchangesOfOneOperation() {
		emulator.faults().fail(503, 1);

		client.project().get();

		Observation.Context project = recorded.operation("project.get");
		assertThat(recorded.children(project)).extracting((exchange) -> exchange.getLowCardinalityKeyValue("status"))
			.extracting(KeyValue::getValue)
			.containsExactly("503", "200");
		assertThat(project.getLowCardinalityKeyValue("status").getValue()).isEqualTo("2xx");
		assertThat(project.getLowCardinalityKeyValue("outcome").getValue()).isEqualTo("success");
	}

	@Test
	void aDirectUploadHasItsRequestAndTheFileInfoOperationAsChildren() {
		FileInfo file = client.uploads().upload("hello".getBytes(StandardCharsets.UTF_8));

		Observation.Context upload = recorded.operation("uploads.upload");
		assertThat(upload.getHighCardinalityKeyValue("file.uuid").getValue()).isEqualTo(file.uuid());
		assertThat(upload.getLowCardinalityKeyValue("status").getValue()).isEqualTo("2xx");
		assertThat(recorded.children(upload)).extracting(ClientObservationsTest::describe)
			.containsExactly("http /base/", "uploads.info");
		assertThat(recorded.children(recorded.operation("uploads.info"))).extracting(ClientObservationsTest::describe)
			.containsExactly("http /info/");
	}

	@Test
	void anUploadForTheUuidHasOnlyItsRequestAsChild() {
		String uuid = client.uploads()
			.uploadForUuid(UploadSource.of("hello".getBytes(StandardCharsets.UTF_8), "h.txt"));

		Observation.Context upload = recorded.operation("uploads.uploadForUuid");
		assertThat(upload.getHighCardinalityKeyValue("file.uuid").getValue()).isEqualTo(uuid);
		assertThat(upload.getLowCardinalityKeyValue("status").getValue()).isEqualTo("2xx");
		assertThat(recorded.children(upload)).extracting(ClientObservationsTest::describe)
			.containsExactly("http /base/");
	}

	@Test
	void aMultipartUploadHasOneChildPerPart() {
		byte[] content = new byte[11 * 1024 * 1024];

		FileInfo file = client.uploads().upload(content);

		Observation.Context upload = recorded.operation("uploads.upload");
		List<Observation.Context> children = recorded.children(upload);
		assertThat(children).extracting(ClientObservationsTest::describe)
			.containsOnly("http /multipart/start/", "uploads.part", "http /multipart/complete/")
			.startsWith("http /multipart/start/")
			.endsWith("http /multipart/complete/");
		List<Observation.Context> parts = recorded.named(OPERATION)
			.stream()
			.filter((context) -> "uploads.part".equals(operation(context)))
			.toList();
		assertThat(parts).hasSize(3).allSatisfy((part) -> {
			assertThat(part.getParentObservation().getContextView()).isSameAs(upload);
			assertThat(part.getHighCardinalityKeyValue("file.uuid").getValue()).isEqualTo(file.uuid());
			assertThat(part.getLowCardinalityKeyValue("status").getValue()).isEqualTo("2xx");
			assertThat(recorded.children(part)).extracting(ClientObservationsTest::describe)
				.containsExactly("http /{part_url}");
		});
		assertThat(parts).extracting((part) -> part.getHighCardinalityKeyValue("part.number").getValue())
			.containsExactlyInAnyOrder("1", "2", "3");
	}

	@Test
	void anAsynchronousUploadIsObservedFromTheCallOnTheCallersThread() {
		Map<String, String> startedOn = new java.util.concurrent.ConcurrentHashMap<>();
		registry.observationConfig().observationHandler(new ObservationHandler<>() {
			@Override
			public void onStart(Observation.Context context) {
				startedOn.putIfAbsent(describe(context), Thread.currentThread().getName());
			}

			@Override
			public boolean supportsContext(Observation.Context context) {
				return true;
			}
		});
		Observation caller = Observation.start("caller", registry);

		CompletableFuture<FileInfo> future;
		try (Observation.Scope scope = caller.openScope()) {
			future = client.uploads()
				.uploadAsync(UploadSource.of(new byte[11 * 1024 * 1024], "big.bin"),
						dev.ucare.client.upload.UploadOptions.defaults());
		}
		FileInfo file = future.join();
		caller.stop();

		// the thread where a tracer's current span is (Micrometer Tracing parents a span
		// started without a parent observation on that thread's current span)
		assertThat(startedOn).containsEntry("uploads.upload", Thread.currentThread().getName());
		assertThat(startedOn.get("uploads.part")).isNotEqualTo(Thread.currentThread().getName());
		await().untilAsserted(() -> assertThat(recorded.named(OPERATION)).extracting(ClientObservationsTest::operation)
			.contains("uploads.upload"));
		Observation.Context upload = recorded.operation("uploads.upload");
		assertThat(upload.getParentObservation().getContextView().getName()).isEqualTo("caller");
		assertThat(upload.getHighCardinalityKeyValue("file.uuid").getValue()).isEqualTo(file.uuid());
		assertThat(recorded.children(upload)).extracting(ClientObservationsTest::describe)
			.containsExactly("http /multipart/start/", "uploads.part", "uploads.part", "uploads.part",
					"http /multipart/complete/");
	}

	@Test
	void uploadAllHasOneUploadPerSourceOnItsThreads() {
		client.uploads()
			.uploadAll(List.of(UploadSource.of("a".getBytes(), "a.txt"), UploadSource.of("b".getBytes(), "b.txt")));

		Observation.Context all = recorded.operation("uploads.uploadAll");
		assertThat(recorded.children(all)).extracting(ClientObservationsTest::describe)
			.containsExactly("uploads.upload", "uploads.upload");
	}

	@Test
	void convertAndWaitHasTheConversionItsPollsAndTheOutputAsChildren() {
		String source = seedPdf();

		FileInfo output = client.conversions()
			.convertAndWait(source, DocumentTransformation.builder().format(DocumentFormat.TXT).build(),
					ConversionOptions.defaults());

		Observation.Context wait = recorded.operation("conversions.convertAndWait");
		List<String> children = recorded.children(wait).stream().map(ClientObservationsTest::describe).toList();
		assertThat(children).first().isEqualTo("conversions.convert");
		assertThat(children).last().isEqualTo("files.get");
		assertThat(children.subList(1, children.size() - 1)).isNotEmpty()
			.allMatch("conversions.documentStatus"::equals);
		assertThat(wait.getHighCardinalityKeyValue("file.uuid").getValue()).isEqualTo(source);
		String token = wait.getHighCardinalityKeyValue("job.id").getValue();
		assertThat(recorded.children(wait))
			.allSatisfy((child) -> assertThat(recorded.children(child)).extracting(ClientObservationsTest::describe)
				.singleElement()
				.isIn("http /convert/document/", "http /convert/document/status/{token}/", "http /files/{uuid}/"));
		assertThat(recorded.children(wait)).filteredOn((child) -> "conversions.documentStatus".equals(operation(child)))
			.allSatisfy((poll) -> assertThat(poll.getHighCardinalityKeyValue("job.id").getValue()).isEqualTo(token));
		assertThat(recorded.operation("files.get").getHighCardinalityKeyValue("file.uuid").getValue())
			.isEqualTo(output.uuid());
	}

	@Test
	void anAsynchronousConversionIsObservedUntilItsFutureCompletes() {
		String source = seedPdf();
		Observation caller = Observation.start("caller", registry);

		CompletableFuture<FileInfo> future;
		try (Observation.Scope scope = caller.openScope()) {
			future = client.conversions()
				.convertAsync(source, DocumentTransformation.builder().format(DocumentFormat.TXT).build(),
						ConversionOptions.defaults());
		}
		future.join();
		caller.stop();

		await().untilAsserted(() -> assertThat(registry).hasObservationWithNameEqualTo(OPERATION)
			.that()
			.hasLowCardinalityKeyValue("operation", "conversions.convertAndWait"));
		Observation.Context wait = recorded.operation("conversions.convertAndWait");
		assertThat(wait.getParentObservation().getContextView().getName()).isEqualTo("caller");
		List<String> children = recorded.children(wait).stream().map(ClientObservationsTest::describe).toList();
		assertThat(children).first().isEqualTo("conversions.convert");
		assertThat(children).contains("conversions.documentStatus").last().isEqualTo("files.get");
		assertThat(wait.getHighCardinalityKeyValue("job.id")).isNotNull();
	}

	@Test
	void executeAndWaitHasTheExecutionAndItsPollsAsChildren() {
		String uuid = seedText("scan.txt").uuid();

		client.addons().executeAndWait(uuid, AddonParams.clamAv(false));

		Observation.Context wait = recorded.operation("addons.executeAndWait");
		List<String> children = recorded.children(wait).stream().map(ClientObservationsTest::describe).toList();
		assertThat(children).first().isEqualTo("addons.execute");
		assertThat(children.subList(1, children.size())).isNotEmpty().allMatch("addons.status"::equals);
		assertThat(wait.getHighCardinalityKeyValue("job.id").getValue())
			.isEqualTo(recorded.operation("addons.execute").getHighCardinalityKeyValue("job.id").getValue());
	}

	@Test
	void fromUrlHasItsStartAndPollsAsChildren() {
		EmulatedFile seeded = seedText("remote.txt");
		URI url = emulator.cdnBaseUrl().resolve(seeded.uuid() + "/");

		FileInfo file = client.uploads().fromUrl(url, UrlUploadOptions.defaults());

		Observation.Context fromUrl = recorded.operation("uploads.fromUrl");
		List<String> children = recorded.children(fromUrl).stream().map(ClientObservationsTest::describe).toList();
		assertThat(children).first().isEqualTo("uploads.startFromUrl");
		assertThat(children.subList(1, children.size())).isNotEmpty().allMatch("uploads.fromUrlStatus"::equals);
		assertThat(fromUrl.getHighCardinalityKeyValue("file.uuid").getValue()).isEqualTo(file.uuid());
		assertThat(fromUrl.getHighCardinalityKeyValue("job.id")).isNotNull();
		assertThat(recorded.children(recorded.operation("uploads.startFromUrl")))
			.extracting(ClientObservationsTest::describe)
			.containsExactly("http /from_url/");
	}

	@Test
	void pagesOfAStreamAreChildrenOfTheCallersObservationEvenWhenReadAhead() {
		for (int i = 0; i < 5; i++) {
			seedText("page" + i + ".txt");
		}
		Observation caller = Observation.start("caller", registry);

		try (Observation.Scope scope = caller.openScope();
				Stream<FileInfo> files = client.files().stream(FileQuery.builder().limit(2).build())) {
			assertThat(files.toList()).hasSize(5);
		}
		caller.stop();

		List<Observation.Context> pages = recorded.named(OPERATION);
		assertThat(pages).hasSize(3)
			.allSatisfy((page) -> assertThat(operation(page)).isEqualTo("files.list"))
			.allSatisfy(
					(page) -> assertThat(page.getParentObservation().getContextView().getName()).isEqualTo("caller"));
	}

	@Test
	void theProjectKeyCarriesTheConfiguredProjectName() {
		UploadcareClient named = builder().projectName("shop").build();

		named.project().get();
		named.close();

		assertThat(registry).hasObservationWithNameEqualTo(OPERATION)
			.that()
			.hasLowCardinalityKeyValue("project", "shop");
		assertThat(named.projectName()).isEqualTo("shop");
		assertThat(client.projectName()).isEqualTo(emulator.publicKey());
	}

	@Test
	void aConventionRenamesTheObservationAndChangesItsKeys() {
		UploadcareClient renamed = builder().observationConvention(new DefaultUploadcareObservationConvention() {
			@Override
			public String getName() {
				return "shop.uploadcare";
			}

			@Override
			protected KeyValue project(UploadcareObservationContext context) {
				return KeyValue.of("project", "main");
			}
		}).build();

		renamed.project().get();
		renamed.close();

		assertThat(registry).hasObservationWithNameEqualTo("shop.uploadcare")
			.that()
			.hasLowCardinalityKeyValue("project", "main")
			.hasLowCardinalityKeyValue("operation", "project.get");
	}

	@Test
	void withoutARegistryNothingOfTheClientIsObserved() {
		UploadcareClient plain = EmulatorClients.builderFor(emulator)
			.restClientBuilder(RestClient.builder().observationRegistry(registry))
			.build();

		plain.project().get();
		plain.uploads().upload("x".getBytes());
		plain.close();

		assertThat(recorded.named(OPERATION)).isEmpty();
		assertThat(recorded.named(HTTP)).extracting(ClientObservationsTest::uri)
			.as("URI templates are given when the client is observed: nothing is parsed for them otherwise")
			.containsExactly("none", "none", "none");
		assertThat(recorded.named(HTTP)).allSatisfy((exchange) -> assertThat(exchange.getParentObservation()).isNull());
	}

	private EmulatedFile seedText(String name) {
		return emulator.seedFile(SeedFile.of(null, name, name.getBytes(StandardCharsets.UTF_8)).withStored(true));
	}

	private String seedPdf() {
		return emulator.seedFile(SeedFile.of(null, "report.pdf", PDF).withStored(true)).uuid();
	}

	private static String operation(Observation.ContextView context) {
		KeyValue operation = context.getLowCardinalityKeyValue("operation");
		return (operation != null) ? operation.getValue() : null;
	}

	private static String uri(Observation.ContextView context) {
		return context.getLowCardinalityKeyValue("uri").getValue();
	}

	/** {@code http <uri>} for an exchange, the operation for an operation. */
	private static String describe(Observation.ContextView context) {
		if (HTTP.equals(context.getName())) {
			return "http " + uri(context);
		}
		String operation = operation(context);
		return (operation != null) ? operation : context.getName();
	}

	/** Every observation stopped, in the order they stopped. */
	static final class Recorder implements ObservationHandler<Observation.Context> {

		private final List<Observation.Context> stopped = new CopyOnWriteArrayList<>();

		@Override
		public void onStop(Observation.Context context) {
			stopped.add(context);
		}

		@Override
		public boolean supportsContext(Observation.Context context) {
			return true;
		}

		List<Observation.Context> named(String name) {
			return stopped.stream().filter((context) -> name.equals(context.getName())).toList();
		}

		Observation.Context operation(String operation) {
			List<Observation.Context> found = named(OPERATION).stream()
				.filter((context) -> operation.equals(ClientObservationsTest.operation(context)))
				.toList();
			assertThat(found).as("observations of %s among %s", operation, describeAll()).hasSize(1);
			return found.get(0);
		}

		/** The observations whose parent is {@code parent}, in the order they started. */
		List<Observation.Context> children(Observation.ContextView parent) {
			return stopped.stream().filter((context) -> {
				ObservationView view = context.getParentObservation();
				return view != null && view.getContextView() == parent;
			}).sorted(java.util.Comparator.comparingLong(Recorder::started)).toList();
		}

		private static long started(Observation.Context context) {
			Long started = context.get(Started.class);
			return (started != null) ? started : Long.MAX_VALUE;
		}

		@Override
		public void onStart(Observation.Context context) {
			context.put(Started.class, System.nanoTime());
		}

		private Map<String, Long> describeAll() {
			return stopped.stream()
				.collect(java.util.stream.Collectors.groupingBy(ClientObservationsTest::describe,
						java.util.stream.Collectors.counting()));
		}

		/** Key of the start time in a context. */
		private static final class Started {

		}

	}

}
