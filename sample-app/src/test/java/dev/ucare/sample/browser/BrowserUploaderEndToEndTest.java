package dev.ucare.sample.browser;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;

import dev.ucare.emulator.UploadcareEmulator;
import dev.ucare.sample.HeadlessChromiumExtension;
import dev.ucare.testsupport.RandomFiles;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The official File Uploader (the npm package, served by the app) in headless Chromium,
 * uploading straight to the emulator, which requires signed uploads: a 12 MiB file
 * (multipart) is refused by the form's validation as not an image and deleted while
 * unstored; an image is kept across a form error, then saved as a gallery item whose
 * picture is stored once the item is committed; a signature request the policy does not
 * approve is refused. Skipped, saying why, when Chromium or the npm package is not
 * installed ({@code .ci/run} installs both). Screenshot:
 * {@code target/screenshots/browser-uploader.png}; on failure {@code <test>-failure.png}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class BrowserUploaderEndToEndTest {

	private static final String API = "document.querySelector('uc-upload-ctx-provider[ctx-name=\"picture\"]').getAPI()";

	/** What the uploader's form input will post. */
	private static final String POSTED = "return Array.from(document.querySelectorAll('[data-ucare-uploader=\"picture\"] "
			+ "uc-form-input input')).map(i => i.value).join(',')";

	@LocalServerPort
	private int port;

	@Autowired
	private UploadcareEmulator emulator;

	@RegisterExtension
	static final HeadlessChromiumExtension browser = new HeadlessChromiumExtension(Duration.ofSeconds(30));

	private ChromeDriver driver;

	private WebDriverWait wait;

	@BeforeAll
	static void requireTheUploader() {
		assumeTrue(SelfHostedUploaderInitializer.isInstalled(),
				"The File Uploader npm package is not installed: run npm ci --prefix sample-app/src/main/js "
						+ "(bash .ci/run does) and rebuild");
	}

	@BeforeEach
	void useBrowser() {
		driver = browser.driver();
		wait = browser.waitFor();
	}

	@Test
	void uploadsStraightToTheEmulatorSignedAndTheFormChecksWhatWasUploaded() throws IOException {
		Path large = RandomFiles.write(Files.createTempFile("recording-", ".bin"), 12L * 1024 * 1024, 7);
		Path image = Files.createTempFile("gradient-", ".png");
		try (InputStream in = new ClassPathResource("static/sample/gradient.png").getInputStream()) {
			Files.copy(in, image, StandardCopyOption.REPLACE_EXISTING);
		}
		emulator.requestLog().clear();

		// a 12 MiB file that is not an image: uploaded in parts, refused by the form,
		// deleted while unstored
		openPage();
		assertThat(driver.findElement(By.cssSelector("link[href$='uc-file-uploader-inline.min.css']"))
			.getDomAttribute("href")).startsWith("/vendor/file-uploader/");
		String largeUrl = chooseAndUpload(large);
		String largeUuid = uuidOf(largeUrl);
		assertThat(emulator.requestLog().count("/multipart/start/")).isPositive();
		assertThat(emulator.file(largeUuid).orElseThrow().size()).isEqualTo(12L * 1024 * 1024);
		driver.findElement(By.id("title")).sendKeys("A recording");
		driver.findElement(By.id("save-button")).click();
		String error = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("picture-error"))).getText();
		assertThat(error).isEqualTo("must be an image; the file is application/octet-stream");
		assertThat(emulator.file(largeUuid).orElseThrow().isRemoved()).isTrue();

		// an image, kept while another field is wrong, stored once the form is valid
		waitForUploader();
		String imageUrl = chooseAndUpload(image);
		String imageUuid = uuidOf(imageUrl);
		screenshot("browser-uploader");
		driver.findElement(By.id("title")).clear();
		driver.findElement(By.id("save-button")).click();
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("title-error")));
		assertThat(driver.findElements(By.id("picture-error"))).isEmpty();
		assertThat(emulator.file(imageUuid).orElseThrow().isStored()).isFalse();
		waitForUploader();
		// the page shows the uploaded picture again and posts it with the form
		wait.until(d -> "success".equals(js("return " + API + ".getOutputCollectionState().status")));
		wait.until(d -> imageUrl.equals(js("const s = " + API + ".getOutputCollectionState();"
				+ " return s.allEntries.length === 1 ? s.allEntries[0].cdnUrl : null")));
		driver.findElement(By.id("title")).sendKeys("A gradient");
		driver.findElement(By.id("save-button")).click();
		String stored = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("saved-stored"))).getText();
		assertThat(stored).isEqualTo("yes");
		assertThat(driver.findElement(By.id("saved-link")).getText()).isEqualTo(imageUuid);
		assertThat(emulator.file(imageUuid).orElseThrow().isStored()).isTrue();
		wait.until(d -> (Boolean) js(
				"const i = document.getElementById('saved-preview');" + " return i.complete && i.naturalWidth > 0"));
		// saved as a gallery item, whose picture the starter stored after the commit
		assertThat(driver.findElement(By.id("saved-title")).getText()).isEqualTo("A gradient");
		assertThat(driver.findElements(By.cssSelector("#gallery-table td.stored"))).isNotEmpty();
		screenshot("browser-upload-saved");

		Files.deleteIfExists(large);
		Files.deleteIfExists(image);
	}

	@Test
	void signaturesAreRefusedWithoutThePolicysApproval() throws Exception {
		HttpClient http = HttpClient.newHttpClient();
		HttpResponse<String> refused = http
			.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/uploadcare/upload-signature"))
				.POST(HttpRequest.BodyPublishers.noBody())
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(refused.statusCode()).isEqualTo(403);
		assertThat(refused.body()).contains("only issued to this application's own pages")
			.doesNotContain(emulator.secretKey());
		HttpResponse<String> crossSite = http
			.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/uploadcare/upload-signature"))
				.header("Origin", "https://elsewhere.example")
				.POST(HttpRequest.BodyPublishers.noBody())
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(crossSite.statusCode()).isEqualTo(403);

		// from the app's own page the browser gets one
		openPage();
		Object answer = ((JavascriptExecutor) driver).executeAsyncScript("const done = arguments[0];"
				+ " fetch('/uploadcare/upload-signature', {method: 'POST'}).then(r => r.json()).then(done)"
				+ ".catch(e => done(String(e)))");
		assertThat(answer).asString().contains("signature=").contains("expire=");
	}

	private void openPage() {
		driver.get("http://localhost:" + port + "/browser-upload");
		waitForUploader();
	}

	private void waitForUploader() {
		wait.until(d -> "true".equals(js("return document.documentElement.dataset.ucareReady")));
	}

	/**
	 * Chooses {@code file} as a person would in the uploader's file dialog (through a
	 * file input, since headless Chromium shows no dialog), has the uploader upload it,
	 * waits for it to finish and returns the CDN URL the form will post.
	 */
	private String chooseAndUpload(Path file) {
		js("const old = document.getElementById('test-file-chooser'); if (old) old.remove();"
				+ " const input = document.createElement('input'); input.type = 'file';"
				+ " input.id = 'test-file-chooser'; document.body.appendChild(input);");
		driver.findElement(By.id("test-file-chooser")).sendKeys(file.toAbsolutePath().toString());
		js("const api = " + API + "; api.removeAllFiles();"
				+ " const chooser = document.getElementById('test-file-chooser');"
				+ " api.addFileFromObject(chooser.files[0]); chooser.remove(); api.uploadAll();");
		wait.withTimeout(Duration.ofSeconds(60))
			.until(d -> "success".equals(js("return " + API + ".getOutputCollectionState().status")));
		String posted = wait.until(d -> {
			String value = (String) js(POSTED);
			return value == null || value.isEmpty() ? null : value;
		});
		assertThat(posted).startsWith(emulator.cdnBaseUrl().toString().replaceAll("/$", ""));
		return posted;
	}

	private Object js(String script) {
		return ((JavascriptExecutor) driver).executeScript(script);
	}

	private static String uuidOf(String cdnUrl) {
		return dev.ucare.client.reference.FileReference.parse(cdnUrl).uuid();
	}

	private void screenshot(String name) {
		browser.screenshot(name);
	}

}
