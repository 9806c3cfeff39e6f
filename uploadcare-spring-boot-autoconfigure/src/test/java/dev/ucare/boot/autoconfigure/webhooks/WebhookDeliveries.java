package dev.ucare.boot.autoconfigure.webhooks;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import dev.ucare.client.webhooks.WebhookSignatures;
import org.jspecify.annotations.Nullable;

/**
 * Posts webhook deliveries to a running application's endpoint over real HTTP, as
 * Uploadcare does: a JSON body with or without an {@code X-Uc-Signature} header.
 */
public final class WebhookDeliveries {

	/** The endpoint's path unless {@code uploadcare.webhooks.path} is set. */
	public static final String DEFAULT_PATH = "/uploadcare/webhooks";

	private static final HttpClient http = HttpClient.newHttpClient();

	private final URI endpoint;

	/**
	 * @param port the application's port
	 * @param path the endpoint's path
	 */
	public WebhookDeliveries(int port, String path) {
		this.endpoint = URI.create("http://127.0.0.1:" + port + path);
	}

	/**
	 * @param port the application's port, the endpoint on {@link #DEFAULT_PATH}
	 */
	public WebhookDeliveries(int port) {
		this(port, DEFAULT_PATH);
	}

	/** The endpoint's URL. */
	public URI endpoint() {
		return endpoint;
	}

	/** A request to the endpoint with a JSON content type, to be given a body. */
	public HttpRequest.Builder request() {
		return HttpRequest.newBuilder(endpoint).header("Content-Type", "application/json");
	}

	/** A JSON POST of {@code body} to the endpoint, without signature. */
	public HttpRequest.Builder request(byte[] body) {
		return request().POST(HttpRequest.BodyPublishers.ofByteArray(body));
	}

	/** Posts {@code body} with {@code signature} as its signature header, if any. */
	public HttpResponse<String> post(byte[] body, @Nullable String signature) throws Exception {
		HttpRequest.Builder request = request(body);
		if (signature != null) {
			request.header(WebhookSignatures.HEADER, signature);
		}
		return send(request);
	}

	/** Posts {@code body} signed with {@code secret}. */
	public HttpResponse<String> postSigned(byte[] body, String secret) throws Exception {
		return post(body, WebhookSignatures.sign(body, secret));
	}

	/** Sends {@code request}; the answer with its body as text. */
	public static HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
		return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

}
