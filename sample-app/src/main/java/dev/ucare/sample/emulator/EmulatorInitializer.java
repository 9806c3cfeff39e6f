package dev.ucare.sample.emulator;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

import dev.ucare.emulator.UploadcareEmulator;
import dev.ucare.emulator.spring.UploadcareEmulatorProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.beans.factory.support.DefaultSingletonBeanRegistry;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.util.StringUtils;

/**
 * Starts the embedded Uploadcare emulator when no public key is configured (neither the
 * {@code UPLOADCARE_PUBLIC_KEY} environment variable nor the
 * {@code uploadcare.public-key} property), registers it as bean
 * {@code uploadcareEmulator} and closes it with the context. The starter then provides
 * its {@code UploadcareConnectionDetails} from that bean (the emulator's keys and base
 * URLs, whatever the {@code uploadcare.*} properties say), as it does for tests with
 * {@code @AutoConfigureUploadcareEmulator}; the emulator's URLs are exposed as
 * {@code uploadcare.emulator.*} properties too. With a key set, nothing happens and the
 * app talks to Uploadcare, unless {@code sample.emulator.always=true}.
 * <p>
 * Registered in {@code META-INF/spring.factories}, so it runs before any bean is created.
 */
public class EmulatorInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

	/**
	 * Property that starts the emulator even when a key is configured (the tests set it).
	 */
	public static final String ALWAYS_PROPERTY = "sample.emulator.always";

	/** Property set to {@code true} when the emulator is in use. */
	public static final String EMULATOR_PROPERTY = "sample.emulator.enabled";

	static final String PROPERTY_SOURCE_NAME = "uploadcareEmulator";

	static final String BEAN_NAME = "uploadcareEmulator";

	private static final Logger log = LoggerFactory.getLogger(EmulatorInitializer.class);

	@Override
	public void initialize(ConfigurableApplicationContext context) {
		if (context.getParent() != null) {
			return; // e.g. a management child context: the parent already decided
		}
		ConfigurableEnvironment env = context.getEnvironment();
		boolean always = env.getProperty(ALWAYS_PROPERTY, Boolean.class, false);
		if (!always && keyConfigured(env)) {
			log.info("Uploadcare public key is set: using Uploadcare at {}",
					env.getProperty("uploadcare.rest.base-url", "https://api.uploadcare.com/"));
			return;
		}
		// like a project with signed uploads on: the server signs its uploads, browsers
		// ask
		// the app for signatures
		UploadcareEmulator emulator = UploadcareEmulator.builder().signedUploadsRequired(true).start();
		Map<String, Object> properties = new LinkedHashMap<>(UploadcareEmulatorProperties.asMap(emulator));
		properties.put("uploadcare.upload.signed", "true");
		// the app's own webhook endpoint verifies the deliveries it subscribes to
		properties.putIfAbsent("uploadcare.webhooks.signing-secret", randomSecret());
		properties.put(EMULATOR_PROPERTY, "true");
		env.getPropertySources().addFirst(new MapPropertySource(PROPERTY_SOURCE_NAME, properties));
		// registered first, so destroyed last: after the beans that call it
		ConfigurableListableBeanFactory beanFactory = context.getBeanFactory();
		beanFactory.registerSingleton(BEAN_NAME, emulator);
		if (beanFactory instanceof DefaultSingletonBeanRegistry registry) {
			registry.registerDisposableBean(BEAN_NAME, emulator::close);
		}
		else {
			context.addApplicationListener(new ApplicationListener<ContextClosedEvent>() {
				@Override
				public void onApplicationEvent(ContextClosedEvent event) {
					emulator.close();
				}
			});
		}
		log.info(
				"Running on the embedded Uploadcare emulator at {} (Upload API), {} (REST API), {} (CDN); "
						+ "set UPLOADCARE_PUBLIC_KEY and UPLOADCARE_SECRET_KEY to use Uploadcare",
				emulator.uploadBaseUrl(), emulator.restBaseUrl(), emulator.cdnBaseUrl());
	}

	static boolean keyConfigured(ConfigurableEnvironment env) {
		return StringUtils.hasText(System.getenv("UPLOADCARE_PUBLIC_KEY"))
				|| StringUtils.hasText(env.getProperty("UPLOADCARE_PUBLIC_KEY"))
				|| StringUtils.hasText(env.getProperty("uploadcare.public-key"));
	}

	private static String randomSecret() {
		byte[] bytes = new byte[12];
		new SecureRandom().nextBytes(bytes);
		return HexFormat.of().formatHex(bytes); // 24 characters: webhook secrets are
												// limited to 32
	}

}
