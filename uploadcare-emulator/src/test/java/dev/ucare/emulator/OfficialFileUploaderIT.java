package dev.ucare.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

import com.sun.net.httpserver.HttpServer;

import tools.jackson.databind.JsonNode;

/**
 * The official File Uploader ({@code @uploadcare/file-uploader} 1.33.2 from npm, its
 * {@code web/} build served on loopback next to a test page) in headless Chromium uploads
 * a small image and a 12 MiB file (multipart) to the emulator, unsigned and signed
 * (signature and expire computed here), with web security on: every Upload API call is a
 * cross-origin request with a preflight. Then the REST API lists both files with their
 * sizes and the CDN serves the same bytes. Skipped, with the reason, without Chromium or
 * the installed npm package.
 */
class OfficialFileUploaderIT {

	static final Path CHROMIUM = Path.of("/usr/bin/chromium");

	static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

	static final int BIG = 12 * 1024 * 1024;

	static Path web;

	static Path files;

	static Path image;

	static Path big;

	static HttpServer pages;

	WebDriver driver;

	Path profile;

	@BeforeAll
	static void prepare() throws IOException {
		if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
			return; // each test is skipped, saying why
		}
		Path uploader = OfficialClients.NODE_MODULES.resolve("@uploadcare/file-uploader");
		if (!Files.isDirectory(uploader)) {
			return;
		}
		web = uploader.resolve("web");
		System.setProperty("SE_OFFLINE", "true"); // Selenium Manager never downloads a
													// driver
		files = Files.createTempDirectory("file-uploader-it-");
		image = files.resolve("photo.png");
		BufferedImage pixels = new BufferedImage(64, 48, BufferedImage.TYPE_INT_RGB);
		for (int x = 0; x < 64; x++) {
			for (int y = 0; y < 48; y++) {
				pixels.setRGB(x, y, (x * 4) << 16 | (y * 5) << 8 | 0x80);
			}
		}
		ImageIO.write(pixels, "png", image.toFile());
		big = files.resolve("archive.bin");
		byte[] bytes = new byte[BIG];
		new Random(42).nextBytes(bytes);
		Files.write(big, bytes);
		pages = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		pages.createContext("/", exchange -> {
			String path = exchange.getRequestURI().getPath();
			byte[] body;
			String type;
			if (path.equals("/") || path.equals("/index.html")) {
				try (InputStream in = OfficialFileUploaderIT.class.getResourceAsStream("/file-uploader/index.html")) {
					body = in.readAllBytes();
				}
				type = "text/html; charset=utf-8";
			}
			else if (path.startsWith("/web/") && !path.contains("..")) {
				Path file = web.resolve(path.substring(5));
				if (!Files.isRegularFile(file)) {
					exchange.sendResponseHeaders(404, -1);
					exchange.close();
					return;
				}
				body = Files.readAllBytes(file);
				type = path.endsWith(".css") ? "text/css" : "text/javascript";
			}
			else {
				exchange.sendResponseHeaders(404, -1);
				exchange.close();
				return;
			}
			exchange.getResponseHeaders().set("Content-Type", type);
			exchange.sendResponseHeaders(200, body.length);
			try (OutputStream out = exchange.getResponseBody()) {
				out.write(body);
			}
		});
		pages.start();
	}

	@AfterAll
	static void cleanUp() throws IOException {
		if (pages != null) {
			pages.stop(0);
		}
		deleteTree(files);
	}

	@BeforeEach
	void startBrowser() throws IOException {
		OfficialClients.assume(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
				"Chromium and chromedriver are not installed (apt-get install chromium chromium-driver)");
		OfficialClients.requirePackage("@uploadcare/file-uploader", "1.33.2");
		profile = Files.createTempDirectory("file-uploader-chromium-");
		ChromeOptions options = new ChromeOptions();
		options.setBinary(CHROMIUM.toFile());
		// web security stays on; nothing may leave the machine (the uploader's telemetry
		// host
		// does not resolve)
		options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
				"--disable-background-networking", "--disable-component-update", "--disable-sync",
				"--disable-dev-shm-usage", "--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1",
				"--window-size=1280,900", "--user-data-dir=" + profile.toAbsolutePath());
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
			.usingAnyFreePort()
			.build();
		driver = new ChromeDriver(service, options);
		driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
	}

	@AfterEach
	void stopBrowser() throws IOException {
		if (driver != null) {
			driver.quit();
		}
		deleteTree(profile);
	}

	@Test
	void unsignedUploadsOfAnImageAndA12MiBMultipartFile() throws Exception {
		try (UploadcareEmulator emulator = UploadcareEmulator.start()) {
			List<JsonNode> uploaded = upload(emulator, null, null);
			assertListedAndServed(emulator, uploaded);
			assertPreflighted(emulator);
		}
	}

	@Test
	void signedUploadsWithASignatureComputedByTheTest() throws Exception {
		try (UploadcareEmulator emulator = UploadcareEmulator.builder().signedUploadsRequired(true).start()) {
			String expire = Long.toString(Instant.now().getEpochSecond() + 1800);
			String signature = TestHttp.hmac("HmacSHA256", emulator.secretKey(), expire);
			List<JsonNode> uploaded = upload(emulator, signature, expire);
			assertListedAndServed(emulator, uploaded);
			// the signature travelled with the direct upload and the multipart start
			awaitLogged(emulator);
			assertThat(emulator.requestLog().matching("^/(base|multipart/start)/$"))
				.filteredOn(r -> r.method().equals("POST"))
				.allMatch(r -> r.status() == 200)
				.hasSize(2);

			// a forged signature is refused, the uploader reports the failure
			String forged = TestHttp.hmac("HmacSHA256", "not-the-secret", expire);
			open(emulator, forged, expire);
			driver.findElement(By.id("picker")).sendKeys(image.toString());
			Map<String, Object> result = awaitUploads(1);
			assertThat((List<?>) result.get("succeeded")).isEmpty();
			assertThat(result.get("failed").toString()).contains("photo.png");
			awaitLogged(emulator);
			assertThat(emulator.requestLog().matching("^/base/$")).anyMatch(r -> r.method().equals("POST")
					&& r.status() == 200 && r.query() != null && r.query().contains("jsonerrors=1"));
		}
	}

	/**
	 * Opens the page, picks both files, waits for both uploads; returns their entries.
	 */
	private List<JsonNode> upload(UploadcareEmulator emulator, String signature, String expire) throws IOException {
		open(emulator, signature, expire);
		driver.findElement(By.id("picker")).sendKeys(image + "\n" + big);
		Map<String, Object> result = awaitUploads(2);
		screenshot(signature == null ? "unsigned" : "signed");
		assertThat((List<?>) result.get("failed")).as("failed uploads").isEmpty();
		JsonNode succeeded = TestHttp.JSON.valueToTree(result.get("succeeded"));
		assertThat(succeeded).hasSize(2);
		return List.of(succeeded.get(0), succeeded.get(1));
	}

	private void open(UploadcareEmulator emulator, String signature, String expire) {
		StringBuilder url = new StringBuilder("http://127.0.0.1:" + pages.getAddress().getPort() + "/?pubkey=")
			.append(emulator.publicKey())
			.append("&upload=")
			.append(encode(emulator.uploadBaseUrl().toString()))
			.append("&cdn=")
			.append(encode(emulator.cdnBaseUrl().toString()));
		if (signature != null) {
			url.append("&signature=").append(signature).append("&expire=").append(expire);
		}
		driver.get(url.toString());
		new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> Boolean.TRUE
			.equals(((JavascriptExecutor) d).executeScript("return window.uploaderReady === true")));
	}

	@SuppressWarnings("unchecked")
	private Map<String, Object> awaitUploads(int count) {
		return new WebDriverWait(driver, Duration.ofSeconds(90)).until(d -> {
			Map<String, Object> uploads = (Map<String, Object>) ((JavascriptExecutor) d)
				.executeScript("return window.uploads");
			int done = ((List<?>) uploads.get("succeeded")).size() + ((List<?>) uploads.get("failed")).size();
			return done >= count ? new HashMap<>(uploads) : null;
		});
	}

	private void assertListedAndServed(UploadcareEmulator emulator, List<JsonNode> uploaded) throws IOException {
		TestHttp http = new TestHttp(emulator);
		Map<String, Path> sources = Map.of("photo.png", image, "archive.bin", big);
		JsonNode listing = http.rest("GET", "/files/?limit=100", null).json();
		assertThat(listing.get("results")).hasSize(2);
		for (JsonNode entry : uploaded) {
			String uuid = entry.get("uuid").asString();
			byte[] expected = Files.readAllBytes(sources.get(entry.get("name").asString()));
			JsonNode listed = null;
			for (JsonNode file : listing.get("results")) {
				if (file.get("uuid").asString().equals(uuid)) {
					listed = file;
				}
			}
			assertThat(listed).as("REST listing has %s", uuid).isNotNull();
			assertThat(listed.get("size").asLong()).isEqualTo(expected.length);
			assertThat(listed.get("original_filename").asString()).isEqualTo(entry.get("name").asString());
			assertThat(listed.get("datetime_stored").isNull()).isFalse();
			assertThat(entry.get("cdnUrl").asString()).startsWith(emulator.cdnBaseUrl().toString());
			java.net.http.HttpResponse<byte[]> cdn = sendBytes(http, URI.create(entry.get("cdnUrl").asString()));
			assertThat(cdn.statusCode()).isEqualTo(200);
			assertThat(cdn.body()).isEqualTo(expected);
		}
		assertThat(listing.get("results").findValues("is_image")).extracting(JsonNode::asBoolean)
			.containsExactlyInAnyOrder(true, false);
	}

	/** Every Upload API call of the browser was preceded by an answered preflight. */
	private static void assertPreflighted(UploadcareEmulator emulator) {
		awaitLogged(emulator);
		List<LoggedRequest> log = emulator.requestLog().all();
		assertThat(log).filteredOn(r -> r.listener().equals("upload") && r.method().equals("OPTIONS"))
			.allMatch(r -> r.status() == 200)
			.extracting(LoggedRequest::path)
			.contains("/base/", "/multipart/start/", "/multipart/complete/")
			.anyMatch(p -> p.startsWith("/multipart/part/"));
		assertThat(log).filteredOn(r -> r.method().equals("PUT")).hasSize(3).allMatch(r -> r.status() == 200);
	}

	/** A request is logged as done just after its response went out. */
	private static void awaitLogged(UploadcareEmulator emulator) {
		org.awaitility.Awaitility.await()
			.atMost(Duration.ofSeconds(5))
			.until(() -> emulator.requestLog().all().stream().noneMatch(LoggedRequest::inFlight));
	}

	private static java.net.http.HttpResponse<byte[]> sendBytes(TestHttp http, URI uri) {
		try {
			return http.client.send(java.net.http.HttpRequest.newBuilder(uri).build(),
					java.net.http.HttpResponse.BodyHandlers.ofByteArray());
		}
		catch (IOException e) {
			throw new java.io.UncheckedIOException(e);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		}
	}

	private void screenshot(String name) throws IOException {
		Path dir = Path.of("target", "screenshots");
		Files.createDirectories(dir);
		Files.write(dir.resolve("file-uploader-" + name + ".png"),
				((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
	}

	private static String encode(String s) {
		return URLEncoder.encode(s, StandardCharsets.UTF_8);
	}

	private static void deleteTree(Path root) throws IOException {
		if (root == null || !Files.exists(root)) {
			return;
		}
		try (Stream<Path> paths = Files.walk(root)) {
			paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
		}
	}

}
