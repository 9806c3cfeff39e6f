package dev.ucare.sample;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;

/** Form posts for the tests that post to the app over HTTP. */
final class Forms {

	private Forms() {
	}

	/**
	 * A form post, to be given more headers and built.
	 * @param uri where to post
	 * @param fields names and values, alternating
	 * @return the {@code POST} of the {@code application/x-www-form-urlencoded} body
	 */
	static HttpRequest.Builder post(URI uri, String... fields) {
		return HttpRequest.newBuilder(uri)
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(urlEncoded(fields)));
	}

	/**
	 * @param fields names and values, alternating
	 * @return the {@code application/x-www-form-urlencoded} body
	 */
	private static String urlEncoded(String... fields) {
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
