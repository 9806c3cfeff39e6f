package dev.ucare.sample;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import dev.ucare.testsupport.RandomFiles;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Drives Debian's headless Chromium against the app on a random port, running on the
 * embedded emulator: upload a file and see it listed, convert it, see the webhook event
 * arrive, delete it after confirming; store choices and what they did; problem pages.
 * Skipped only when {@code /usr/bin/chromium} is absent ({@code .ci/run} installs it).
 * Screenshots go to {@code target/screenshots/}: {@code main-page.png} always,
 * {@code <test>-failure.png} when a test fails.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class BrowserEndToEndTest {

	@LocalServerPort
	private int port;

	@RegisterExtension
	static final HeadlessChromiumExtension browser = new HeadlessChromiumExtension(Duration.ofSeconds(20));

	private WebDriver driver;

	private WebDriverWait wait;

	@BeforeEach
	void useBrowser() {
		driver = browser.driver();
		wait = browser.waitFor();
	}

	@Test
	void uploadListConvertSeeWebhookAndDelete() throws IOException {
		// upload
		Path file = Files.createTempFile("quarterly-report-", ".txt");
		Files.writeString(file, "Quarterly report\n\nRevenue went up.\n".repeat(200));
		open("/");
		assertThat(driver.findElement(By.id("mode")).getText()).contains("embedded Uploadcare emulator");
		driver.findElement(By.id("files")).sendKeys(file.toAbsolutePath().toString());
		driver.findElement(By.id("upload-button")).click();
		wait.until(ExpectedConditions.attributeToBe(By.id("job"), "data-finished", "true"));
		assertThat(driver.findElement(By.id("percent")).getText()).isEqualTo("100%");
		String uuid = driver.findElement(By.cssSelector("#items .file-link")).getText();
		assertThat(uuid).matches("[0-9a-f-]{36}");

		// listed
		open("/files");
		WebElement row = wait.until(ExpectedConditions.presenceOfElementLocated(rowOf(uuid)));
		assertThat(row.findElement(By.cssSelector(".file-name")).getText()).isEqualTo(file.getFileName().toString());

		// the main page, with the new file among the latest ones
		open("/");
		wait.until(ExpectedConditions.presenceOfElementLocated(By.linkText(file.getFileName().toString())));
		screenshot("main-page");

		// convert to PDF and wait for the job to finish (the status page refreshes
		// itself)
		open("/files/" + uuid);
		screenshot("file-page");
		new Select(driver.findElement(By.id("doc-format"))).selectByValue("pdf");
		driver.findElement(By.id("convert-document")).click();
		wait.until(ExpectedConditions.textToBe(By.id("conversion-status"), "finished"));
		String converted = driver.findElement(By.id("conversion-result")).getText();
		assertThat(converted).matches("[0-9a-f-]{36}").isNotEqualTo(uuid);

		// the upload's webhook arrives on the live events page
		open("/events");
		wait.until(ExpectedConditions.presenceOfElementLocated(
				By.cssSelector("tr.event[data-event='file.uploaded'][data-uuid='" + uuid + "']")));
		screenshot("webhook-events");

		// delete asks first: cancelling keeps the file
		open("/files/" + uuid);
		driver.findElement(By.id("delete-button")).click();
		assertThat(wait.until(ExpectedConditions.presenceOfElementLocated(By.id("confirm-name"))).getText())
			.isEqualTo(file.getFileName().toString());
		screenshot("delete-confirmation");
		driver.findElement(By.id("cancel-delete")).click();
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("file-uuid")));
		assertThat(driver.findElements(By.id("removed"))).isEmpty();
		driver.findElement(By.id("delete-button")).click();
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("confirm-delete"))).click();
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("flash"), "Deleted"));
		assertThat(driver.findElements(rowOf(uuid))).isEmpty();
		open("/events");
		wait.until(ExpectedConditions
			.presenceOfElementLocated(By.cssSelector("tr.event[data-event='file.deleted'][data-uuid='" + uuid + "']")));

		// and its page now says so
		open("/files/" + uuid);
		String removed = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("removed"))).getText();
		assertThat(removed).contains("deleted");
		assertThat(driver.findElements(By.id("delete-button"))).isEmpty();
		Files.deleteIfExists(file);
	}

	@Test
	void uploadsSeveralFilesWithProgress() throws IOException {
		Path small = Files.createTempFile("notes-", ".txt");
		Files.writeString(small, "some notes");
		// above the 10 MiB multipart threshold
		Path large = RandomFiles.write(Files.createTempFile("large-", ".bin"), 12L * 1024 * 1024, 12);
		open("/");
		driver.findElement(By.id("files")).sendKeys(small.toAbsolutePath() + "\n" + large.toAbsolutePath());
		driver.findElement(By.id("upload-store-false")).click();
		driver.findElement(By.id("upload-button")).click();
		wait.until(ExpectedConditions.attributeToBe(By.id("job"), "data-finished", "true"));
		assertThat(driver.findElement(By.id("percent")).getText()).isEqualTo("100%");
		// the choice, and what Uploadcare did with each file
		assertThat(driver.findElement(By.id("store-choice")).getText()).isEqualTo("don't store");
		assertThat(driver.findElements(By.cssSelector("#items .item-stored"))).hasSize(2)
			.allSatisfy((cell) -> assertThat(cell.getText()).startsWith("not stored"));
		assertThat(driver.findElement(By.id("bar")).getDomAttribute("style")).contains("width: 100%");
		List<String> uuids = driver.findElements(By.cssSelector("#items .file-link"))
			.stream()
			.map(WebElement::getText)
			.toList();
		assertThat(uuids).hasSize(2);
		assertThat(driver.findElements(By.cssSelector("#items .error"))).isEmpty();
		screenshot("upload-progress");
		open("/files");
		for (String uuid : uuids) {
			wait.until(ExpectedConditions.presenceOfElementLocated(rowOf(uuid)));
		}
		Files.deleteIfExists(small);
		Files.deleteIfExists(large);
	}

	@Test
	void badInputShowsAMessage() {
		open("/");
		driver.findElement(By.id("upload-button")).click();
		String message = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("problem-message"))).getText();
		assertThat(message).contains("Choose at least one file");
		// once, not again as a flash message
		assertThat(driver.findElements(By.id("flash"))).isEmpty();
		assertThat(driver.findElement(By.tagName("body")).getText().split("Choose at least one file", -1)).hasSize(2);

		open("/");
		WebElement url = driver.findElement(By.id("url"));
		url.clear();
		url.sendKeys("file:///etc/passwd");
		driver.findElement(By.id("url-button")).click();
		message = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("problem-message"))).getText();
		assertThat(message).contains("not an http(s) URL");
	}

	@Test
	void uploadFromUrlShowsCdnPreviews() {
		open("/");
		// in emulator mode the field is prefilled with this app's own sample image
		assertThat(driver.findElement(By.id("url")).getDomProperty("value")).endsWith("/sample/gradient.png");
		driver.findElement(By.id("url-store-true")).click();
		driver.findElement(By.id("url-button")).click();
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("flash"), "Uploaded"));
		assertThat(driver.findElement(By.id("flash")).getText()).contains("stored permanently (store: store)");
		assertThat(driver.findElement(By.id("file-stored")).getText()).startsWith("yes");
		// the redirect that started this browser's session carries no session id in the
		// URL
		assertThat(driver.getCurrentUrl()).doesNotContainIgnoringCase("jsessionid");
		assertThat(driver.findElements(By.cssSelector("a[href*='jsessionid'], form[action*='jsessionid']"))).isEmpty();
		List<WebElement> previews = driver.findElements(By.cssSelector(".previews img"));
		assertThat(previews).isNotEmpty();
		assertThat(previews.get(0).getDomAttribute("src")).contains("/-/preview/300x300/");
		// the emulator's CDN serves them: every preview image loads
		wait.until(d -> (Boolean) ((ChromeDriver) d)
			.executeScript("return Array.from(document.querySelectorAll('.previews img'))"
					+ ".every(i => i.complete && i.naturalWidth > 0)"));
		screenshot("image-page");
	}

	@Test
	void metadataAddonsAndGroups() {
		open("/");
		driver.findElement(By.id("url-button")).click();
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("flash"), "Uploaded"));
		String uuid = driver.findElement(By.id("file-uuid")).getText();

		// metadata
		driver.findElement(By.id("meta-key")).sendKeys("subject");
		driver.findElement(By.id("meta-value")).sendKeys("gradient");
		driver.findElement(By.id("meta-save")).click();
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("metadata"), "gradient"));

		// virus scan: the status page refreshes itself until the add-on is done, then
		// shows the appdata
		driver.findElement(By.id("virus-scan")).click();
		wait.until(ExpectedConditions.textToBe(By.id("addon-status"), "done"));
		assertThat(driver.findElement(By.id("addon-result")).getText()).isNotBlank();
		open("/files/" + uuid);
		driver.findElement(By.id("labels")).click();
		wait.until(ExpectedConditions.textToBe(By.id("addon-status"), "done"));
		screenshot("addon-result");

		// a group of that file
		open("/groups");
		driver.findElement(By.cssSelector("input[name='uuids'][value='" + uuid + "']")).click();
		driver.findElement(By.id("create-group")).click();
		String groupUrl = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("group-url"))).getText();
		assertThat(groupUrl).contains("~1/");
	}

	private void open(String path) {
		driver.get("http://localhost:" + port + path);
	}

	private static By rowOf(String uuid) {
		return By.cssSelector("#file-table tr[data-uuid='" + uuid + "']");
	}

	private void screenshot(String name) {
		browser.screenshot(name);
	}

}
