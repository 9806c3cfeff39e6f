package dev.ucare.client.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

import org.springframework.http.client.ClientHttpResponse;

/**
 * Reads whole answers (the APIs' JSON): into one array of the size the
 * {@code Content-Length} announces, else as {@link InputStream#readAllBytes()} does (in 8
 * KiB steps, then copied to size).
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
		return (read == bytes.length) ? bytes : Arrays.copyOf(bytes, read);
	}

}
