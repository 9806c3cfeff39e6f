package dev.ucare.boot.autoconfigure;

import java.util.LinkedHashMap;
import java.util.Map;

import dev.ucare.emulator.UploadcareEmulator;
import dev.ucare.emulator.UploadcareEmulatorExtension;

/**
 * A second Uploadcare project, {@value #NAME}, for tests of several projects: its keys,
 * an emulator that knows it besides the default one, and its
 * {@code uploadcare.projects.marketing.*} properties.
 */
public final class MarketingProject {

	/** The project's name under {@code uploadcare.projects}. */
	public static final String NAME = "marketing";

	/** Its public key in the emulator. */
	public static final String PUBLIC_KEY = "marketingpublickey";

	/** Its secret key in the emulator. */
	public static final String SECRET_KEY = "marketingsecretkey";

	private MarketingProject() {
	}

	/**
	 * @return an extension whose emulator knows this project too
	 */
	public static UploadcareEmulatorExtension emulatorExtension() {
		return UploadcareEmulatorExtension.builder().configure(MarketingProject::known).build();
	}

	/**
	 * @param emulator the builder of an emulator
	 * @return the builder, its emulator knowing this project too
	 */
	public static UploadcareEmulator.Builder known(UploadcareEmulator.Builder emulator) {
		return emulator.project(PUBLIC_KEY, SECRET_KEY);
	}

	/**
	 * @return its {@code uploadcare.projects.marketing.*} keys by property name
	 */
	public static Map<String, String> properties() {
		Map<String, String> properties = new LinkedHashMap<>();
		properties.put("uploadcare.projects." + NAME + ".public-key", PUBLIC_KEY);
		properties.put("uploadcare.projects." + NAME + ".secret-key", SECRET_KEY);
		return properties;
	}

	/**
	 * @return {@code name=value} pairs of its keys for
	 * {@code ApplicationContextRunner.withPropertyValues}
	 */
	public static String[] propertyValues() {
		return EmulatorPropertyValues.pairs(properties());
	}

}
