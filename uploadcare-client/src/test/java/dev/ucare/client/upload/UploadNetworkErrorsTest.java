package dev.ucare.client.upload;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;

import dev.ucare.client.RetrySettings;
import dev.ucare.client.UploadcareClient;
import dev.ucare.client.UploadcareNetworkException;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * When no answer arrives, the error names why: the exception's class and message and the
 * host and port that could not be reached, never {@code null}.
 */
class UploadNetworkErrorsTest {

	@Test
	void aClosedPortIsNamedWithTheCause() throws IOException {
		int port = closedPort();
		UploadcareClient client = UploadcareClient.builder()
			.publicKey("demopublickey")
			.uploadBaseUrl(URI.create("http://127.0.0.1:" + port + "/"))
			.retry(RetrySettings.NONE)
			.build();

		assertThatThrownBy(() -> client.uploads()
			.startFromUrl(URI.create("https://example.com/a.png"), UrlUploadOptions.defaults()))
			.isInstanceOf(UploadcareNetworkException.class)
			.hasMessageContaining("POST /from_url/")
			.hasMessageContaining("ConnectException")
			.hasMessageContaining("127.0.0.1:" + port)
			.message()
			.doesNotContain("null");
		assertThatThrownBy(() -> client.uploads().upload("x".getBytes())).isInstanceOf(UploadcareNetworkException.class)
			.hasMessageContaining("127.0.0.1:" + port)
			.hasMessageContaining("ConnectException");
		client.close();
	}

	private static int closedPort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			return socket.getLocalPort();
		}
	}

}
