package dev.ucare.boot.autoconfigure.webhooks.security;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;

import dev.ucare.boot.autoconfigure.webhooks.WebhookBodies;
import dev.ucare.boot.autoconfigure.webhooks.WebhookDeliveries;
import dev.ucare.boot.autoconfigure.webhooks.WebhookRecorder;
import dev.ucare.client.webhooks.WebhookSignatures;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A Boot app with Spring Security's defaults (form login and HTTP Basic for every
 * request, CSRF protection) and the starter: webhook deliveries are accepted without any
 * security rule written by the app, and every other path still needs a login.
 */
class WebhookEndpointWithSpringSecurityTests {

	static final String SECRET = "security-test-secret";

	private static final HttpClient http = HttpClient.newHttpClient();

	static byte[] body() {
		return WebhookBodies.body("file.uploaded", UUID.randomUUID().toString());
	}

	static HttpResponse<String> deliver(int port, byte[] body) throws Exception {
		return new WebhookDeliveries(port).postSigned(body, SECRET);
	}

	static HttpResponse<String> get(int port, String path) throws Exception {
		return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
				HttpResponse.BodyHandlers.ofString());
	}

	static HttpResponse<String> post(int port, String path) throws Exception {
		return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
			.POST(HttpRequest.BodyPublishers.ofString("x"))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	@Nested
	@SpringBootTest(classes = App.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
			properties = { "uploadcare.public-key=demopublickey", "uploadcare.webhooks.signing-secret=" + SECRET })
	class WithSpringSecurityDefaults {

		@LocalServerPort
		int port;

		@Autowired
		WebhookRecorder recorder;

		@Test
		void webhookDeliveriesAreAcceptedWithoutLoginOrCsrfToken() throws Exception {
			HttpResponse<String> response = deliver(port, body());
			assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
			assertThat(recorder.events()).hasSize(1);
			assertThat(response.headers().firstValue("Set-Cookie")).isEmpty();
		}

		@Test
		void forgedDeliveriesAreStillRefusedByTheEndpoint() throws Exception {
			byte[] body = body();
			HttpResponse<String> response = new WebhookDeliveries(port).post(body,
					WebhookSignatures.sign(body, "forger"));
			assertThat(response.statusCode()).isEqualTo(401);
			assertThat(response.body()).isEqualTo("Invalid signature");
		}

		@Test
		void everyOtherPathStillNeedsALogin() throws Exception {
			HttpResponse<String> page = get(port, "/hello");
			assertThat(page.statusCode()).isEqualTo(401);
			assertThat(page.headers().firstValue("WWW-Authenticate"))
				.hasValueSatisfying(value -> assertThat(value).startsWith("Basic"));
			assertThat(post(port, "/hello").statusCode()).isIn(401, 403);
			// a GET on the webhook path is not covered by the webhook chain either
			assertThat(get(port, "/uploadcare/webhooks").statusCode()).isEqualTo(401);
		}

	}

	@Nested
	@SpringBootTest(classes = App.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
			properties = { "uploadcare.public-key=demopublickey", "uploadcare.webhooks.signing-secret=" + SECRET,
					"uploadcare.webhooks.security.filter-chain=false" })
	class WithTheFilterChainTurnedOff {

		@LocalServerPort
		int port;

		@Autowired
		WebhookRecorder recorder;

		@Test
		void springSecuritysDefaultsApplyToTheWebhookPathToo() throws Exception {
			assertThat(deliver(port, body()).statusCode()).isIn(401, 403);
			assertThat(recorder.events()).isEmpty();
		}

	}

	@SpringBootConfiguration
	@EnableAutoConfiguration
	@Import(WebhookRecorder.class)
	static class App {

		@Bean
		Hello hello() {
			return new Hello();
		}

	}

	@RestController
	static class Hello {

		@GetMapping("/hello")
		String hello() {
			return "hello";
		}

		@PostMapping("/hello")
		String postHello() {
			return "hello";
		}

	}

}
