package dev.ucare.emulator.spring;

import java.util.LinkedHashMap;
import java.util.Map;

import dev.ucare.emulator.UploadcareEmulator;

/**
 * The {@code uploadcare.*} property names the emulator's URLs and keys are published
 * under.
 */
public final class UploadcareEmulatorProperties {

	/** Public key property. */
	public static final String PUBLIC_KEY = "uploadcare.public-key";

	/** Secret key property. */
	public static final String SECRET_KEY = "uploadcare.secret-key";

	/** Upload API base URL property. */
	public static final String UPLOAD_BASE_URL = "uploadcare.upload.base-url";

	/** REST API base URL property. */
	public static final String REST_BASE_URL = "uploadcare.rest.base-url";

	/** CDN base URL property. */
	public static final String CDN_BASE_URL = "uploadcare.cdn.base-url";

	private UploadcareEmulatorProperties() {
	}

	/**
	 * @return exactly the five {@code uploadcare.*} properties for this emulator
	 */
	public static Map<String, Object> asMap(UploadcareEmulator emulator) {
		if (emulator == null) {
			throw new IllegalArgumentException("emulator must not be null");
		}
		Map<String, Object> map = new LinkedHashMap<>();
		map.put(PUBLIC_KEY, emulator.publicKey());
		map.put(SECRET_KEY, emulator.secretKey());
		map.put(UPLOAD_BASE_URL, emulator.uploadBaseUrl().toString());
		map.put(REST_BASE_URL, emulator.restBaseUrl().toString());
		map.put(CDN_BASE_URL, emulator.cdnBaseUrl().toString());
		return map;
	}

}
