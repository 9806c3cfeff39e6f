package dev.ucare.sample.browser;

import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.io.ClassPathResource;

/**
 * Serves the File Uploader from this app when the build copied the npm package into
 * {@code static/vendor/file-uploader/} ({@code npm ci --prefix sample-app/src/main/js},
 * as {@code .ci/run} does): sets {@code uploadcare.uploader.location} unless configured.
 * Without the package the pages use the uploader's public CDN build.
 */
public class SelfHostedUploaderInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

	/** Where the build puts the browser build, under {@code static/}. */
	public static final String RESOURCE = "static/vendor/file-uploader/file-uploader.min.js";

	/** The URL path it is served at. */
	public static final String LOCATION = "/vendor/file-uploader/";

	private static final Logger log = LoggerFactory.getLogger(SelfHostedUploaderInitializer.class);

	@Override
	public void initialize(ConfigurableApplicationContext context) {
		ConfigurableEnvironment env = context.getEnvironment();
		if (context.getParent() != null || env.containsProperty("uploadcare.uploader.location")) {
			return;
		}
		if (isInstalled()) {
			env.getPropertySources()
				.addLast(new MapPropertySource("selfHostedUploader", Map.of("uploadcare.uploader.location", LOCATION)));
		}
		else {
			log.info("The File Uploader npm package is not installed (npm ci --prefix sample-app/src/main/js): "
					+ "browser upload pages load it from its public CDN");
		}
	}

	/** Whether the build included the self-hosted copy. */
	public static boolean isInstalled() {
		return new ClassPathResource(RESOURCE).exists();
	}

}
