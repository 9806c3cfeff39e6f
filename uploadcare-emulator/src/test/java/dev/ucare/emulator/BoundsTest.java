package dev.ucare.emulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

/**
 * Each bound that keeps a long-running emulator up: the request log ring buffer, the
 * memory and disk budgets of file content (503 past them), 431 for giant headers, read
 * timeouts for stalled connections, and 400 for bad page limits.
 */
class BoundsTest {

	@Test
	void theRequestLogKeepsOnlyTheLatestRequests() {
		try (UploadcareEmulator emulator = UploadcareEmulator.builder().requestLogSize(3).start()) {
			TestHttp http = new TestHttp(emulator);
			for (int i = 0; i < 5; i++) {
				http.get(emulator.cdnBaseUrl().resolve("/req-" + i + "/"));
			}
			assertThat(emulator.requestLog().all()).extracting(LoggedRequest::path)
				.containsExactly("/req-2/", "/req-3/", "/req-4/");
			assertThat(emulator.requestLog().capacity()).isEqualTo(3);
			assertThat(emulator.requestLog().dropped()).isEqualTo(2);
			emulator.reset();
			assertThat(emulator.requestLog().all()).isEmpty();
			assertThat(emulator.requestLog().dropped()).isZero();
		}
		try (UploadcareEmulator emulator = UploadcareEmulator.start()) {
			assertThat(emulator.requestLog().capacity()).isEqualTo(RequestLog.DEFAULT_CAPACITY);
		}
	}

	@Test
	void contentPastTheMemoryBudgetSpillsToDiskAndIsServedTheSame() {
		try (UploadcareEmulator emulator = UploadcareEmulator.builder().memoryBudget(10_000).start()) {
			TestHttp http = new TestHttp(emulator);
			byte[][] contents = new byte[4][];
			String[] uuids = new String[4];
			for (int i = 0; i < 4; i++) {
				contents[i] = new byte[4096];
				Arrays.fill(contents[i], (byte) ('a' + i));
				uuids[i] = http.uploadFile("f" + i + ".txt", contents[i], "1");
			}
			StorageUsage usage = emulator.storage();
			assertThat(usage.memoryBudget()).isEqualTo(10_000);
			assertThat(usage.memoryBytes()).isEqualTo(2 * 4096);
			assertThat(usage.diskBytes()).isEqualTo(2 * 4096);
			for (int i = 0; i < 4; i++) {
				TestHttp.Response cdn = http.get(emulator.cdnBaseUrl().resolve("/" + uuids[i] + "/"));
				assertThat(cdn.body().getBytes(StandardCharsets.ISO_8859_1)).isEqualTo(contents[i]);
			}
			emulator.reset();
			assertThat(emulator.storage().memoryBytes()).isZero();
			assertThat(emulator.storage().diskBytes()).isZero();
		}
	}

	@Test
	void pastTheDiskBudgetUploadsGet503WithAClearBody() {
		try (UploadcareEmulator emulator = UploadcareEmulator.builder().memoryBudget(0).diskBudget(100_000).start()) {
			TestHttp http = new TestHttp(emulator);
			http.uploadFile("a.bin", new byte[60_000], "1");
			TestHttp.Response full = http.upload("/base/",
					new TestHttp.Form().field("UPLOADCARE_PUB_KEY", "demopublickey")
						.file("file", "b.bin", "application/octet-stream", new byte[60_000]));
			assertThat(full.status()).isEqualTo(503);
			assertThat(full.body()).startsWith("The emulator's storage is full: its disk budget of 100000 bytes");
			TestHttp.Response json = http.upload("/base/?jsonerrors=1",
					new TestHttp.Form().field("UPLOADCARE_PUB_KEY", "demopublickey")
						.file("file", "b.bin", "application/octet-stream", new byte[60_000]));
			assertThat(json.json().get("error").get("status_code").asInt()).isEqualTo(503);
			assertThat(json.json().get("error").get("error_code").asString()).isEqualTo("StorageFullError");
			TestHttp.Response multipart = http.postForm("/multipart/start/", TestHttp.map("filename", "big.bin", "size",
					"11000000", "content_type", "application/octet-stream", "UPLOADCARE_PUB_KEY", "demopublickey"));
			assertThat(multipart.status()).isEqualTo(503);
			// what the refused uploads had written is released; the first file is intact
			assertThat(emulator.storage().diskBytes()).isEqualTo(60_000);
			assertThat(emulator.files()).hasSize(1);
			assertThat(http.uploadFile("small.bin", new byte[30_000], "1")).isNotBlank();
		}
	}

	@Test
	void giantHeadersGet431InEachApisErrorFormat() {
		try (UploadcareEmulator emulator = UploadcareEmulator.start()) {
			TestHttp http = new TestHttp(emulator);
			String giant = "x".repeat(100 * 1024);
			TestHttp.Response upload = http.send(HttpRequest.newBuilder(emulator.uploadBaseUrl().resolve("/info/"))
				.header("X-Giant", giant)
				.build());
			assertThat(upload.status()).isEqualTo(431);
			assertThat(upload.body()).isEqualTo("Request header fields too large.");
			TestHttp.Response rest = http.send(
					HttpRequest.newBuilder(emulator.restBaseUrl().resolve("/files/")).header("Cookie", giant).build());
			assertThat(rest.status()).isEqualTo(431);
			assertThat(rest.json().get("detail").asString()).isEqualTo("Request header fields too large.");
			HttpRequest.Builder many = HttpRequest.newBuilder(emulator.cdnBaseUrl().resolve("/x/"));
			for (int i = 0; i < 300; i++) {
				many.header("X-Field-" + i, "v");
			}
			assertThat(http.send(many.build()).status()).isEqualTo(431);
			// a normal request on the same emulator is answered as usual
			assertThat(http.get(emulator.uploadBaseUrl().resolve("/from_url/status/?token=t")).status()).isEqualTo(200);
		}
		try (UploadcareEmulator emulator = UploadcareEmulator.builder().maxRequestHeaderSize(2048).start()) {
			TestHttp.Response r = new TestHttp(emulator)
				.send(HttpRequest.newBuilder(emulator.cdnBaseUrl().resolve("/x/"))
					.header("X-Big", "y".repeat(3000))
					.build());
			assertThat(r.status()).isEqualTo(431);
		}
	}

	@Test
	void stalledConnectionsAreClosedAfterTheReadTimeout() throws Exception {
		try (UploadcareEmulator emulator = UploadcareEmulator.builder().readTimeout(Duration.ofMillis(300)).start()) {
			URI base = emulator.uploadBaseUrl();
			// stalls inside the headers
			try (Socket headers = new Socket(base.getHost(), base.getPort())) {
				send(headers, "POST /base/ HTTP/1.1\r\nHost: x\r\nContent-Le");
				assertClosedWithin(headers, Duration.ofSeconds(10));
			}
			// stalls inside the body
			try (Socket body = new Socket(base.getHost(), base.getPort())) {
				send(body, "POST /multipart/complete/ HTTP/1.1\r\nHost: x\r\n"
						+ "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: 1000\r\n\r\nuuid=");
				assertClosedWithin(body, Duration.ofSeconds(10));
			}
			await().atMost(Duration.ofSeconds(10))
				.until(() -> emulator.requestLog()
					.matching("^/multipart/complete/")
					.stream()
					.noneMatch(LoggedRequest::inFlight));
			// the emulator's own work (here a latency fault longer than the timeout) is
			// not a stall
			emulator.faults().latency(Duration.ofMillis(600)).forPaths("^/from_url/status/");
			TestHttp http = new TestHttp(emulator);
			assertThat(http.get(base.resolve("/from_url/status/?token=t")).status()).isEqualTo(200);
		}
	}

	@Test
	void badPageLimitsGet400() {
		try (UploadcareEmulator emulator = UploadcareEmulator.start()) {
			TestHttp http = new TestHttp(emulator);
			for (String query : new String[] { "limit=-1", "limit=0", "limit=1001", "limit=abc", "offset=-1" }) {
				TestHttp.Response files = http.rest("GET", "/files/?" + query, null);
				assertThat(files.status()).as(query).isEqualTo(400);
				assertThat(files.json().get("detail").asString()).as(query).containsAnyOf("limit", "offset");
				assertThat(http.rest("GET", "/groups/?" + query, null).status()).as(query).isEqualTo(400);
			}
			assertThat(http.rest("GET", "/files/?limit=1000", null).status()).isEqualTo(200);
			assertThat(http.rest("GET", "/files/?limit=1", null).status()).isEqualTo(200);
		}
	}

	private static void send(Socket socket, String text) throws IOException {
		OutputStream out = socket.getOutputStream();
		out.write(text.getBytes(StandardCharsets.US_ASCII));
		out.flush();
	}

	/** Reads until the server closes the connection; fails if it stays open. */
	private static void assertClosedWithin(Socket socket, Duration limit) throws IOException {
		socket.setSoTimeout((int) limit.toMillis());
		InputStream in = socket.getInputStream();
		try {
			while (in.read() >= 0) {
				// whatever the server sent before closing
			}
		}
		catch (SocketException reset) {
			// closed by the server
		}
		catch (java.net.SocketTimeoutException e) {
			throw new AssertionError("the emulator kept a stalled connection open for " + limit, e);
		}
	}

}
