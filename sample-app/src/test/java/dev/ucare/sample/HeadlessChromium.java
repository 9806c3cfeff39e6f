package dev.ucare.sample;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.time.Duration;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

import org.springframework.util.FileSystemUtils;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Debian's headless Chromium for the browser tests: kept off the network, a fresh profile
 * per browser, never Selenium Manager; screenshots in {@code target/screenshots/}.
 */
public final class HeadlessChromium implements AutoCloseable {

	static final Path CHROMIUM = Paths.get("/usr/bin/chromium");

	static final Path CHROMEDRIVER = Paths.get("/usr/bin/chromedriver");

	/** Where screenshots go. */
	public static final Path SCREENSHOTS = Paths.get("target", "screenshots");

	private final ChromeDriver driver;

	private final Path profile;

	private HeadlessChromium(ChromeDriver driver, Path profile) {
		this.driver = driver;
		this.profile = profile;
	}

	/** Skips the calling tests, saying why, when Chromium is not installed. */
	public static void assumeInstalled() {
		assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
				"Chromium and chromedriver are not installed (apt-get install chromium chromium-driver)");
		System.setProperty("SE_OFFLINE", "true"); // never let Selenium Manager download a
													// driver
		System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
	}

	/** Starts a browser with a fresh profile. */
	public static HeadlessChromium start() throws IOException {
		Path profile = Files.createTempDirectory("sample-chromium-");
		ChromeOptions options = new ChromeOptions();
		options.setBinary(CHROMIUM.toFile());
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-quic", "--no-first-run", "--no-default-browser-check", "--disable-background-networking",
				"--disable-component-update", "--disable-sync", "--disable-extensions", "--disable-default-apps",
				"--metrics-recording-only", "--window-size=1280,1000", "--user-data-dir=" + profile.toAbsolutePath());
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
			.usingAnyFreePort()
			.build();
		ChromeDriver driver = new ChromeDriver(service, options);
		driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
		driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
		return new HeadlessChromium(driver, profile);
	}

	/** The browser. */
	public ChromeDriver driver() {
		return driver;
	}

	/**
	 * Saves {@code target/screenshots/<name>.png}; a failure to save is only reported.
	 */
	public void screenshot(String name) {
		try {
			Files.createDirectories(SCREENSHOTS);
			Path shot = driver.getScreenshotAs(OutputType.FILE).toPath();
			Files.copy(shot, SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
		}
		catch (IOException | RuntimeException ex) {
			System.err.println("Could not save screenshot " + name + ": " + ex);
		}
	}

	/** After a test: a {@code <test>-failure.png} screenshot when it failed. */
	public void screenshotOnFailure(ExtensionContext context) {
		if (context.getExecutionException().isPresent()) {
			screenshot(context.getRequiredTestMethod().getName() + "-failure");
			System.err
				.println("Failed on " + driver.getCurrentUrl() + "; screenshot in " + SCREENSHOTS.toAbsolutePath());
		}
	}

	@Override
	public void close() {
		driver.quit();
		FileSystemUtils.deleteRecursively(profile.toFile());
	}

}
