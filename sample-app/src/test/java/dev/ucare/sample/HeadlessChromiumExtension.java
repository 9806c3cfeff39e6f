package dev.ucare.sample;

import java.time.Duration;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A {@link HeadlessChromium} per test for the browser tests, registered on a
 * {@code static} field: skips the class, saying why, when Chromium is not installed;
 * starts a fresh browser before each test and closes it after, saving
 * {@code <test>-failure.png} when the test failed.
 */
public final class HeadlessChromiumExtension
		implements BeforeAllCallback, BeforeEachCallback, AfterTestExecutionCallback, AfterEachCallback {

	private final Duration timeout;

	private HeadlessChromium chromium;

	private WebDriverWait wait;

	/**
	 * @param timeout how long {@link #waitFor()} waits for a condition
	 */
	public HeadlessChromiumExtension(Duration timeout) {
		this.timeout = timeout;
	}

	@Override
	public void beforeAll(ExtensionContext context) {
		HeadlessChromium.assumeInstalled();
	}

	@Override
	public void beforeEach(ExtensionContext context) throws Exception {
		this.chromium = HeadlessChromium.start();
		this.wait = new WebDriverWait(this.chromium.driver(), this.timeout);
		// pages that refresh themselves replace the DOM under a condition that is being
		// read
		this.wait.ignoring(WebDriverException.class);
	}

	@Override
	public void afterTestExecution(ExtensionContext context) {
		if (this.chromium != null) {
			this.chromium.screenshotOnFailure(context);
		}
	}

	@Override
	public void afterEach(ExtensionContext context) {
		if (this.chromium != null) {
			this.chromium.close();
			this.chromium = null;
			this.wait = null;
		}
	}

	/** The current test's browser. */
	public ChromeDriver driver() {
		return this.chromium.driver();
	}

	/** A wait on the current test's browser that ignores a DOM replaced under it. */
	public WebDriverWait waitFor() {
		return this.wait;
	}

	/** Saves {@code target/screenshots/<name>.png} of the current test's browser. */
	public void screenshot(String name) {
		this.chromium.screenshot(name);
	}

}
