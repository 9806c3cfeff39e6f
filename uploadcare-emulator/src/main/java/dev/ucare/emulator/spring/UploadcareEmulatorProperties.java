package dev.ucare.emulator.spring;

import java.util.LinkedHashMap;
import java.util.Map;

import dev.ucare.emulator.UploadcareEmulator;

/**
 * The properties under which {@link AutoConfigureUploadcareEmulator} exposes the
 * emulator's URLs and public key, for tests that call it by hand (a browser page, a plain
 * HTTP client) or show it. They live under the emulator's own prefix
 * {@code uploadcare.emulator}: the Uploadcare client is pointed at the emulator by
 * connection details (the starter's {@code UploadcareConnectionDetails}, provided from
 * the {@code uploadcareEmulator} bean), never by {@code uploadcare.public-key} and the
 * other client properties, so that those keep the values the application gives them.
 */
public final class UploadcareEmulatorProperties {

	/** Prefix of every property of the emulator. */
	public static final String PREFIX = "uploadcare.emulator";

	/** Public key of the emulator's default project. */
	public static final String PUBLIC_KEY = PREFIX + ".public-key";

	/** Base URL of the emulator's Upload API. */
	public static final String UPLOAD_BASE_URL = PREFIX + ".upload-base-url";

	/** Base URL of the emulator's REST API. */
	public static final String REST_BASE_URL = PREFIX + ".rest-base-url";

	/** Base URL of the emulator's CDN. */
	public static final String CDN_BASE_URL = PREFIX + ".cdn-base-url";

	private UploadcareEmulatorProperties() {
	}

	/**
	 * The {@code uploadcare.emulator.*} properties of an emulator. The secret key is left
	 * out: read it from the bean ({@link UploadcareEmulator#secretKey()}).
	 * @param emulator a started emulator
	 * @return its public key and base URLs under {@link #PREFIX}
	 */
	public static Map<String, Object> asMap(UploadcareEmulator emulator) {
		if (emulator == null) {
			throw new IllegalArgumentException("emulator must not be null");
		}
		Map<String, Object> map = new LinkedHashMap<>();
		map.put(PUBLIC_KEY, emulator.publicKey());
		map.put(UPLOAD_BASE_URL, emulator.uploadBaseUrl().toString());
		map.put(REST_BASE_URL, emulator.restBaseUrl().toString());
		map.put(CDN_BASE_URL, emulator.cdnBaseUrl().toString());
		return map;
	}

}
