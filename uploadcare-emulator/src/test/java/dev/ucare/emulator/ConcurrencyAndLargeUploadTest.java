package dev.ucare.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.net.URI;
import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import tools.jackson.databind.JsonNode;

@ExtendWith(UploadcareEmulatorExtension.class)
class ConcurrencyAndLargeUploadTest {

	@Test
	void sixteenConcurrentUploaders(UploadcareEmulator emulator) throws Exception {
		TestHttp http = new TestHttp(emulator);
		emulator.faults().latency(java.time.Duration.ofMillis(50)).forPaths("^/base/");
		ExecutorService pool = Executors.newFixedThreadPool(16);
		try {
			List<Callable<String>> tasks = new ArrayList<>();
			for (int i = 0; i < 16; i++) {
				byte[] content = ("uploader " + i).repeat(1000).getBytes();
				String name = "u" + i + ".txt";
				tasks.add(() -> {
					String uuid = null;
					for (int j = 0; j < 4; j++) {
						uuid = http.uploadFile(name, content, "1");
						assertThat(emulator.fileContent(uuid)).isEqualTo(content);
					}
					return uuid;
				});
			}
			for (Future<String> f : pool.invokeAll(tasks)) {
				assertThat(f.get()).isNotBlank();
			}
		}
		finally {
			pool.shutdownNow();
		}
		assertThat(emulator.files()).hasSize(64);
		assertThat(emulator.requestLog().count("^/base/")).isEqualTo(64);
		assertThat(emulator.requestLog().maxConcurrent("^/base/")).isBetween(2, 16);
	}

	/**
	 * Start-up time is measured by {@code dev.ucare.benchmarks.EmulatorStartupBenchmark},
	 * not here.
	 */
	@Test
	void startsServingOnThreeLoopbackPorts() {
		try (UploadcareEmulator emulator = UploadcareEmulator.start()) {
			assertThat(java.util.Set.of(emulator.uploadBaseUrl().getPort(), emulator.restBaseUrl().getPort(),
					emulator.cdnBaseUrl().getPort()))
				.hasSize(3);
			assertThat(emulator.restBaseUrl().getHost()).isEqualTo("127.0.0.1");
			assertThat(new TestHttp(emulator).get(emulator.cdnBaseUrl()).status()).isEqualTo(404);
		}
	}

	/**
	 * Multipart upload of a generated stream; size from
	 * {@code -Demulator.largeUploadBytes} (default 64 MiB, use 1073741824 to measure the
	 * 1 GiB figure). Prints the heap peak observed while receiving.
	 */
	@Test
	void largeMultipartUploadKeepsHeapLow(UploadcareEmulator emulator) throws Exception {
		long size = Long.getLong("emulator.largeUploadBytes", 64L * 1024 * 1024);
		TestHttp http = new TestHttp(emulator);
		JsonNode start = http
			.postForm("/multipart/start/",
					TestHttp.map("filename", "big.bin", "size", Long.toString(size), "content_type",
							"application/octet-stream", "UPLOADCARE_PUB_KEY", "demopublickey"))
			.json();
		System.gc();
		List<MemoryPoolMXBean> heapPools = ManagementFactory.getMemoryPoolMXBeans()
			.stream()
			.filter(p -> p.getType() == MemoryType.HEAP)
			.toList();
		heapPools.forEach(MemoryPoolMXBean::resetPeakUsage);
		long before = heapPools.stream().mapToLong(p -> p.getUsage().getUsed()).sum();
		JsonNode parts = start.get("parts");
		long partSize = 5_242_880L;
		for (int i = 0; i < parts.size(); i++) {
			long offset = i * partSize;
			long length = Math.min(partSize, size - offset);
			HttpRequest put = HttpRequest.newBuilder(URI.create(parts.get(i).asString()))
				.header("Content-Type", "application/octet-stream")
				.PUT(HttpRequest.BodyPublishers
					.fromPublisher(HttpRequest.BodyPublishers.ofInputStream(() -> generated(offset, length)), length))
				.build();
			assertThat(http.send(put).status()).isEqualTo(200);
		}
		JsonNode done = http
			.postForm("/multipart/complete/",
					TestHttp.map("uuid", start.get("uuid").asString(), "UPLOADCARE_PUB_KEY", "demopublickey"))
			.json();
		long peak = heapPools.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
		System.out.printf(
				"[heap] multipart upload of %d bytes: heap before %d MiB, peak of pools %d MiB, max heap %d MiB%n",
				size, before >> 20, peak >> 20, Runtime.getRuntime().maxMemory() >> 20);
		assertThat(done.get("size").asLong()).isEqualTo(size);
		assertThat(emulator.file(done.get("uuid").asString()).orElseThrow().size()).isEqualTo(size);
	}

	private static InputStream generated(long offset, long length) {
		return new InputStream() {
			long position;

			@Override
			public int read() {
				return position < length ? (int) ((offset + position++) % 251) : -1;
			}

			@Override
			public int read(byte[] b, int off, int len) {
				if (position >= length) {
					return -1;
				}
				int n = (int) Math.min(len, length - position);
				for (int i = 0; i < n; i++) {
					b[off + i] = (byte) ((offset + position + i) % 251);
				}
				position += n;
				return n;
			}
		};
	}

}
