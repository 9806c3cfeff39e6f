package dev.ucare.client.internal;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;

import org.springframework.http.client.ClientHttpResponse;

/**
 * Reads whole answers (the APIs' JSON): into one array of the size the
 * {@code Content-Length} announces, else as {@link InputStream#readAllBytes()} does (in 8
 * KiB steps, then copied to size). An answer that ends before its announced length (the
 * connection closed under it) is an {@link EOFException}, so a network error that is
 * retried like one: the JDK's {@code HttpURLConnection} reports such an end as the end of
 * the body.
 */
final class ResponseBodies {

	private ResponseBodies() {
	}

	static byte[] read(ClientHttpResponse response) throws IOException {
		long length = response.getHeaders().getContentLength();
		InputStream body = response.getBody();
		if (length < 0 || length > Integer.MAX_VALUE - 8) {
			return body.readAllBytes();
		}
		byte[] bytes = new byte[(int) length];
		int read = body.readNBytes(bytes, 0, bytes.length);
		if (read < bytes.length) {
			throw new EOFException("The answer ended after " + read + " of the " + length + " bytes it announced");
		}
		return bytes;
	}

}
