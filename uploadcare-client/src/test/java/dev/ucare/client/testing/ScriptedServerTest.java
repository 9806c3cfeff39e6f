package dev.ucare.client.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;

class ScriptedServerTest {

	private static String text(HttpResponse<byte[]> response) {
		return new String(response.body(), StandardCharsets.UTF_8);
	}

	@Test
	void answersInEnqueuedOrderAndRecordsRequests() {
		try (ScriptedServer server = ScriptedServer.start()) {
			server.enqueue(429, Map.of("Retry-After", "3"), "slow down")
				.enqueueJson(200, "{\"ok\":true}")
				.enqueue(ScriptedResponse.empty(204));
			HttpResponse<byte[]> first = Wire.send(URI.create(server.baseUrl() + "a/?x=1"), "GET", null, new byte[0]);
			HttpResponse<byte[]> second = Wire.send(URI.create(server.baseUrl() + "b/"), "POST", "application/json",
					"{\"k\":1}".getBytes(StandardCharsets.UTF_8));
			HttpResponse<byte[]> third = Wire.send(URI.create(server.baseUrl() + "c/"), "DELETE", null, new byte[0]);

			assertThat(first.statusCode()).isEqualTo(429);
			assertThat(first.headers().firstValue("Retry-After")).hasValue("3");
			assertThat(text(first)).isEqualTo("slow down");
			assertThat(second.statusCode()).isEqualTo(200);
			assertThat(second.headers().firstValue("content-type")).hasValue("application/json");
			assertThat(text(second)).isEqualTo("{\"ok\":true}");
			assertThat(third.statusCode()).isEqualTo(204);
			assertThat(third.body()).isEmpty();

			assertThat(server.requestCount()).isEqualTo(3);
			ReceivedRequest a = server.takeRequest();
			assertThat(a.method()).isEqualTo("GET");
			assertThat(a.rawPath()).isEqualTo("/a/");
			assertThat(a.rawQuery()).isEqualTo("x=1");
			ReceivedRequest b = server.takeRequest();
			assertThat(b.bodyAsString()).isEqualTo("{\"k\":1}");
			assertThat(b.header("CONTENT-TYPE")).isEqualTo("application/json");
			assertThat(server.takeRequest().method()).isEqualTo("DELETE");
			assertThat(server.received()).hasSize(3);
			assertThat(server.pendingResponses()).isZero();
			server.assertNoFailures();
		}
	}

	@Test
	void handlerSeesTheRequest() {
		try (ScriptedServer server = ScriptedServer.start()) {
			server.enqueue(request -> ScriptedResponse.of(201, "echo " + request.method() + " " + request.path()));
			HttpResponse<byte[]> response = Wire.send(URI.create(server.baseUrl() + "files/x%20y/"), "PUT",
					"text/plain", "hi".getBytes(StandardCharsets.UTF_8));
			assertThat(response.statusCode()).isEqualTo(201);
			assertThat(text(response)).isEqualTo("echo PUT /files/x y/");
		}
	}

	@Test
	void exhaustedScriptAnswers599AndRecordsFailure() {
		try (ScriptedServer server = ScriptedServer.start()) {
			HttpResponse<byte[]> response = Wire.send(URI.create(server.baseUrl() + "nothing/"), "GET", null,
					new byte[0]);
			assertThat(response.statusCode()).isEqualTo(599);
			assertThat(text(response)).contains("no response enqueued").contains("GET /nothing/");
			assertThat(server.failures()).hasSize(1);
			assertThatThrownBy(server::assertNoFailures).hasMessageContaining("GET /nothing/");
			assertThat(server.requestCount()).isEqualTo(1);
		}
	}

	@Test
	void dropConnectionMakesTheClientFailWithIOException() {
		try (ScriptedServer server = ScriptedServer.start()) {
			server.enqueueDropConnection().enqueueJson(200, "{\"after\":\"drop\"}");
			HttpClient fresh = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
			HttpRequest post = HttpRequest.newBuilder(URI.create(server.baseUrl() + "multipart/start/"))
				.timeout(Duration.ofSeconds(10))
				.POST(HttpRequest.BodyPublishers.ofString("a=1"))
				.build();
			assertThatThrownBy(() -> fresh.send(post, HttpResponse.BodyHandlers.ofString()))
				.isInstanceOf(IOException.class);
			assertThat(server.takeRequest().bodyAsString()).isEqualTo("a=1");

			HttpResponse<byte[]> next = Wire.send(URI.create(server.baseUrl() + "multipart/start/"), "POST",
					"application/x-www-form-urlencoded", "a=2".getBytes(StandardCharsets.UTF_8));
			assertThat(text(next)).isEqualTo("{\"after\":\"drop\"}");
			assertThat(server.requestCount()).isEqualTo(2);
		}
	}

	@Test
	void takeRequestTimesOutWithAssertionError() {
		try (ScriptedServer server = ScriptedServer.start()) {
			assertThatThrownBy(() -> server.takeRequest(Duration.ofMillis(50))).isInstanceOf(AssertionError.class)
				.hasMessageContaining("no request received");
		}
	}

	@Test
	void wireHelperPropagatesIoErrors() {
		try (ScriptedServer server = ScriptedServer.start()) {
			server.enqueueDropConnection();
			assertThatThrownBy(() -> Wire.send(URI.create(server.baseUrl() + "x"), "POST", "text/plain",
					"b".getBytes(StandardCharsets.UTF_8)))
				.isInstanceOf(UncheckedIOException.class);
		}
	}

}
