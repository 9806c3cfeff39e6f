package dev.ucare.boot.autoconfigure;

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
		return UploadcareEmulatorExtension.builder()
			.configure((builder) -> builder.project(PUBLIC_KEY, SECRET_KEY))
			.build();
	}

	/**
	 * @return {@code name=value} pairs of its keys for
	 * {@code ApplicationContextRunner.withPropertyValues}
	 */
	public static String[] propertyValues() {
		return new String[] { "uploadcare.projects." + NAME + ".public-key=" + PUBLIC_KEY,
				"uploadcare.projects." + NAME + ".secret-key=" + SECRET_KEY };
	}

}
