package dev.ucare.sample;

/**
 * How the app talks to Uploadcare, shown on every page.
 *
 * @param emulator whether the embedded emulator is in use
 * @param restBaseUrl REST API the client calls
 * @param uploadBaseUrl Upload API the client calls
 */
public record SampleMode(boolean emulator, String restBaseUrl, String uploadBaseUrl) {

	/** The bean name under which the mode is registered. */
	public static final String BEAN_NAME = "sampleMode";

}
