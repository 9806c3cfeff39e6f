package dev.ucare.boot.autoconfigure;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;
import java.util.stream.Stream;

import brave.handler.MutableSpan;
import brave.handler.SpanHandler;
import brave.propagation.TraceContext;
import dev.ucare.client.WaitSettings;
import dev.ucare.client.files.FileInfo;
import dev.ucare.client.files.FileOperations;
import dev.ucare.client.files.FileQuery;
import dev.ucare.client.upload.UploadOperations;
import dev.ucare.client.upload.UploadOptions;
import dev.ucare.client.upload.UploadSource;
import dev.ucare.client.upload.UrlUploadOptions;
import dev.ucare.emulator.LoggedRequest;
import dev.ucare.emulator.UploadcareEmulator;
import dev.ucare.emulator.spring.AutoConfigureUploadcareEmulator;
import dev.ucare.testsupport.RandomFiles;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import io.micrometer.tracing.Span;
import io.micrometer.tracing.Tracer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Bean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * With Micrometer Tracing and Brave on the class path, Boot's auto-configuration turns
 * the client's observations into spans: each operation a span named
 * {@code uploadcare <operation>}, the HTTP exchanges of Boot's {@code RestClient}
 * ({@code http.client.requests}) its children, the parts of a multipart upload
 * ({@code uploads.part}, on the client's threads) children of the upload, and the whole a
 * child of the caller's span or observation. Real Brave spans, collected by a
 * {@link SpanHandler} bean, over real HTTP to the emulator, which also receives the
 * exchange's trace context ({@code traceparent}).
 */
@SpringBootTest(classes = UploadcareTracingTests.App.class, webEnvironment = SpringBootTest.WebEnvironment.NONE,
		properties = "management.tracing.sampling.probability=1.0")
@AutoConfigureUploadcareEmulator
class UploadcareTracingTests {

	private static final int MIB = 1024 * 1024;

	@Autowired
	FinishedSpans spans;

	@Autowired
	Tracer tracer;

	@Autowired
	ObservationRegistry observations;

	@Autowired
	MeterRegistry meters;

	@Autowired
	UploadcareEmulator emulator;

	@Autowired
	UploadOperations uploads;

	@Autowired
	FileOperations files;

	@BeforeEach
	void forgetEarlierSpans() {
		emulator.requestLog().clear();
		spans.clear();
	}

	@Test
	void aRestCallIsASpanWithItsHttpExchangeAsChildAndTheTraceGoesToTheServer() {
		String uuid = uploads.upload("hello".getBytes()).uuid();
		spans.clear();

		files.get(uuid);

		MutableSpan get = spans.single("uploadcare files.get");
		assertThat(get.parentId()).as("a root span: no caller").isNull();
		assertThat(get.tags()).containsEntry("operation", "files.get")
			.containsEntry("outcome", "success")
			.containsEntry("status", "2xx")
			.containsEntry("exception", "none")
			.containsEntry("project", "default")
			.containsEntry("file.uuid", uuid)
			.containsKey("request.id");
		MutableSpan exchange = spans.childOf(get);
		assertThat(exchange.name()).isEqualTo("http get");
		assertThat(exchange.kind()).isEqualTo(brave.Span.Kind.CLIENT);
		assertThat(exchange.tags()).containsEntry("uri", "/files/{uuid}/").containsEntry("status", "200");
		assertThat(spans.all()).as("the operation and its exchange, nothing else").hasSize(2);
		LoggedRequest request = emulator.requestLog().matching("/files/" + uuid + "/").get(0);
		assertThat(request.header("traceparent")).isEqualTo("00-" + exchange.traceId() + "-" + exchange.id() + "-01");
		// the uuid is on the span, never on a meter
		assertThat(meters.get("uploadcare.client.operation")
			.tag("operation", "files.get")
			.timer()
			.getId()
			.getTag("file.uuid")).isNull();
		assertThat(meters.getMeters()).extracting(Meter::getId)
			.allSatisfy((id) -> assertThat(id.getTags()).noneMatch((tag) -> tag.getValue().contains(uuid)));
	}

	@Test
	void aMultipartUploadIsOneTraceWithOneSpanPerPartOnTheClientsThreads(@TempDir Path dir) throws IOException {
		Path file = RandomFiles.write(dir.resolve("big.bin"), 11L * MIB, 14);

		FileInfo uploaded = uploads.upload(file);

		assertUploadSpans(spans.single("uploadcare uploads.upload"), uploaded);
		assertThat(spans.all()).as("the upload, 3 parts and 5 exchanges").hasSize(9);
	}

	@Test
	void anOperationInTheCallersObservationIsAChildOfItsSpan() {
		String uuid = emulator.seedFile(null, "a.txt", "a".getBytes()).uuid();

		Observation.createNotStarted("checkout", observations).observe(() -> files.get(uuid));

		MutableSpan checkout = spans.single("checkout");
		MutableSpan get = spans.childOf(checkout);
		assertThat(get.name()).isEqualTo("uploadcare files.get");
		assertThat(spans.childOf(get).name()).isEqualTo("http get");
	}

	@Test
	void anOperationInTheCallersSpanIsAChildOfIt() {
		String uuid = emulator.seedFile(null, "a.txt", "a".getBytes()).uuid();

		inCheckoutSpan(() -> files.get(uuid));

		MutableSpan get = spans.childOf(spans.single("checkout"));
		assertThat(get.name()).isEqualTo("uploadcare files.get");
		assertThat(spans.childOf(get).name()).isEqualTo("http get");
	}

	@Test
	void anAsynchronousMultipartUploadIsAChildOfTheCallersObservation() {
		byte[] content = new byte[11 * MIB];

		Observation checkout = Observation.start("checkout", observations);
		CompletableFuture<FileInfo> future;
		try (Observation.Scope scope = checkout.openScope()) {
			future = uploads.uploadAsync(UploadSource.of(content, "big.bin"), UploadOptions.defaults());
		}
		FileInfo uploaded = future.join();
		checkout.stop();

		MutableSpan upload = await().until(() -> spans.find("uploadcare uploads.upload"), (found) -> found != null);
		assertThat(upload.parentId()).isEqualTo(spans.single("checkout").id());
		assertUploadSpans(upload, uploaded);
	}

	@Test
	void anAsynchronousMultipartUploadIsAChildOfTheCallersSpan() {
		byte[] content = new byte[11 * MIB];

		FileInfo uploaded = inCheckoutSpan(
				() -> uploads.uploadAsync(UploadSource.of(content, "big.bin"), UploadOptions.defaults()))
			.join();

		MutableSpan upload = await().until(() -> spans.find("uploadcare uploads.upload"), (found) -> found != null);
		assertThat(upload.parentId()).isEqualTo(spans.single("checkout").id());
		assertUploadSpans(upload, uploaded);
	}

	@Test
	void everyPageOfAStreamReadAheadIsAChildOfTheCallersSpan() {
		for (int i = 0; i < 5; i++) {
			emulator.seedFile(null, "page" + i + ".txt", "page".getBytes());
		}

		List<FileInfo> listed = inCheckoutSpan(() -> {
			try (Stream<FileInfo> stream = files.stream(FileQuery.builder().limit(2).build())) {
				return stream.toList();
			}
		});

		assertThat(listed).hasSizeGreaterThanOrEqualTo(5);

		MutableSpan caller = spans.single("checkout");
		List<MutableSpan> pages = spans.all()
			.stream()
			.filter((span) -> span.name().equals("uploadcare files.list"))
			.toList();
		assertThat(pages).hasSizeGreaterThanOrEqualTo(3)
			.allSatisfy((page) -> assertThat(page.parentId()).isEqualTo(caller.id()));
	}

	@Test
	void aFromUrlUploadHasItsStartAndStatusPollsAsChildSpans() {
		String seeded = emulator.seedFile(null, "remote.txt", "remote".getBytes()).uuid();
		URI url = emulator.cdnBaseUrl().resolve(seeded + "/");

		FileInfo file = uploads.fromUrl(url, UrlUploadOptions.defaults());

		assertFromUrlSpans(spans.single("uploadcare uploads.fromUrl"), file);
	}

	@Test
	void anAsynchronousFromUrlUploadIsAChildOfTheCallersSpan() {
		String seeded = emulator.seedFile(null, "remote.txt", "remote".getBytes()).uuid();
		URI url = emulator.cdnBaseUrl().resolve(seeded + "/");

		FileInfo file = inCheckoutSpan(() -> uploads.fromUrlAsync(url, UrlUploadOptions.defaults())).join();

		MutableSpan fromUrl = await().until(() -> spans.find("uploadcare uploads.fromUrl"), (found) -> found != null);
		assertThat(fromUrl.parentId()).isEqualTo(spans.single("checkout").id());
		assertFromUrlSpans(fromUrl, file);
	}

	/**
	 * {@code fromUrl} has children the start and at least one status poll, each with its
	 * exchange as child, all in its trace.
	 */
	private void assertFromUrlSpans(MutableSpan fromUrl, FileInfo file) {
		assertThat(fromUrl.tags()).containsEntry("file.uuid", file.uuid()).containsKey("job.id");
		List<MutableSpan> steps = spans.childrenOf(fromUrl);
		assertThat(steps).extracting(MutableSpan::name).first().isEqualTo("uploadcare uploads.startFromUrl");
		assertThat(steps.subList(1, steps.size())).isNotEmpty()
			.allSatisfy((poll) -> assertThat(poll.name()).isEqualTo("uploadcare uploads.fromUrlStatus"));
		assertThat(steps)
			.allSatisfy((step) -> assertThat(spans.childOf(step).kind()).isEqualTo(brave.Span.Kind.CLIENT));
		assertThat(spans.all()).allSatisfy((span) -> assertThat(span.traceId()).isEqualTo(fromUrl.traceId()));
	}

	/**
	 * Calls {@code call} in the scope of a span {@code checkout} of the application's
	 * tracer (a bare span: no observation), which ends when the call returns.
	 */
	private <T> T inCheckoutSpan(Supplier<T> call) {
		Span checkout = tracer.nextSpan().name("checkout").start();
		try (Tracer.SpanInScope scope = tracer.withSpan(checkout)) {
			return call.get();
		}
		finally {
			checkout.end();
		}
	}

	/**
	 * {@code upload} has children the start exchange, one {@code uploads.part} span per
	 * part (each with its PUT exchange as child) and the complete exchange, all in its
	 * trace.
	 */
	private void assertUploadSpans(MutableSpan upload, FileInfo uploaded) {
		assertThat(upload.tags()).containsEntry("operation", "uploads.upload")
			.containsEntry("outcome", "success")
			.containsEntry("file.uuid", uploaded.uuid());
		List<MutableSpan> children = spans.childrenOf(upload);
		assertThat(children).extracting((child) -> child.name() + " " + child.tag("uri"))
			.containsExactlyInAnyOrder("http post /multipart/start/", "uploadcare uploads.part null",
					"uploadcare uploads.part null", "uploadcare uploads.part null", "http post /multipart/complete/");
		List<MutableSpan> parts = children.stream()
			.filter((child) -> "uploadcare uploads.part".equals(child.name()))
			.toList();
		assertThat(parts).extracting((part) -> part.tag("part.number")).containsExactlyInAnyOrder("1", "2", "3");
		assertThat(parts).allSatisfy((part) -> {
			assertThat(part.tags()).containsEntry("operation", "uploads.part")
				.containsEntry("file.uuid", uploaded.uuid())
				.containsEntry("status", "2xx");
			MutableSpan put = spans.childOf(part);
			assertThat(put.name()).isEqualTo("http put");
			assertThat(put.kind()).isEqualTo(brave.Span.Kind.CLIENT);
		});
		List<String> partTraces = emulator.requestLog()
			.all()
			.stream()
			.filter((request) -> "PUT".equals(request.method()))
			.map((request) -> request.header("traceparent"))
			.toList();
		assertThat(partTraces).hasSize(3)
			.allSatisfy((traceparent) -> assertThat(traceparent).startsWith("00-" + upload.traceId() + "-"));
		assertThat(spans.all()).filteredOn((span) -> !"checkout".equals(span.name()))
			.allSatisfy((span) -> assertThat(span.traceId()).isEqualTo(upload.traceId()));
	}

	/** The spans Brave finished, in the order they finished. */
	static final class FinishedSpans extends SpanHandler {

		private final List<MutableSpan> finished = new CopyOnWriteArrayList<>();

		@Override
		public boolean end(TraceContext context, MutableSpan span, Cause cause) {
			if (cause == Cause.FINISHED) {
				finished.add(new MutableSpan(span));
			}
			return true;
		}

		List<MutableSpan> all() {
			return List.copyOf(finished);
		}

		void clear() {
			finished.clear();
		}

		MutableSpan find(String name) {
			return finished.stream().filter((span) -> name.equals(span.name())).findFirst().orElse(null);
		}

		MutableSpan single(String name) {
			List<MutableSpan> named = finished.stream().filter((span) -> name.equals(span.name())).toList();
			assertThat(named).as("spans named '%s' among %s", name, finished).hasSize(1);
			return named.get(0);
		}

		List<MutableSpan> childrenOf(MutableSpan parent) {
			return finished.stream()
				.filter((span) -> parent.id().equals(span.parentId()) && parent.traceId().equals(span.traceId()))
				.sorted((a, b) -> Long.compare(a.startTimestamp(), b.startTimestamp()))
				.toList();
		}

		MutableSpan childOf(MutableSpan parent) {
			List<MutableSpan> children = childrenOf(parent);
			assertThat(children).as("children of %s among %s", parent, finished).hasSize(1);
			return children.get(0);
		}

	}

	@SpringBootConfiguration
	@EnableAutoConfiguration
	static class App {

		@Bean
		FinishedSpans finishedSpans() {
			return new FinishedSpans();
		}

		@Bean
		UploadcareClientCustomizer fastFromUrlWait() {
			return (builder) -> builder.fromUrlWait(
					new WaitSettings(Duration.ofMillis(10), Duration.ofMillis(50), 1.5, Duration.ofSeconds(10)));
		}

	}

}
