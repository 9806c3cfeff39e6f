package dev.ucare.sample;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** Form bodies for the tests that post to the app over HTTP. */
final class Forms {

	private Forms() {
	}

	/**
	 * @param fields names and values, alternating
	 * @return the {@code application/x-www-form-urlencoded} body
	 */
	static String urlEncoded(String... fields) {
		StringBuilder form = new StringBuilder();
		for (int i = 0; i < fields.length; i += 2) {
			form.append((i > 0) ? "&" : "")
				.append(URLEncoder.encode(fields[i], StandardCharsets.UTF_8))
				.append('=')
				.append(URLEncoder.encode(fields[i + 1], StandardCharsets.UTF_8));
		}
		return form.toString();
	}

}
