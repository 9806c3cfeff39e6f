package dev.ucare.testsupport;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StubServerTest {

	private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

	private HttpResponse<String> send(StubServer server, String method, String pathAndQuery, String body)
			throws Exception {
		HttpRequest request = HttpRequest.newBuilder(URI.create(server.baseUrl() + pathAndQuery))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.method(method,
					body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
			.build();
		return http.send(request, HttpResponse.BodyHandlers.ofString());
	}

	@Test
	void answersInScriptOrderAndRecordsEveryRequest() throws Exception {
		try (StubServer server = StubServer.start()) {
			server.enqueue(429, Map.of("Retry-After", "1"), "slow down")
				.enqueueJson(200, "{\"ok\":true}")
				.enqueue(request -> Response.of(201, request.formFields().get("name").get(0)));

			HttpResponse<String> first = send(server, "GET", "files/a%20b/?limit=2&x=%C3%A9", null);
			assertThat(first.statusCode()).isEqualTo(429);
			assertThat(first.headers().firstValue("Retry-After")).contains("1");
			assertThat(first.body()).isEqualTo("slow down");
			assertThat(send(server, "GET", "", null).headers().firstValue("content-type")).contains("application/json");
			assertThat(send(server, "POST", "form/", "name=J%C3%BCrgen+K&empty=").body()).isEqualTo("Jürgen K");

			Request request = server.takeRequest();
			assertThat(request.method()).isEqualTo("GET");
			assertThat(request.rawPathAndQuery()).isEqualTo("/files/a%20b/?limit=2&x=%C3%A9");
			assertThat(request.path()).isEqualTo("/files/a b/");
			assertThat(request.queryParameters()).containsEntry("limit", List.of("2")).containsEntry("x", List.of("é"));
			assertThat(request.header("content-type")).isEqualTo("application/x-www-form-urlencoded");
			assertThat(server.received().get(2).formFields()).containsEntry("empty", List.of(""));
			assertThat(server.requestCount()).isEqualTo(3);
			assertThat(server.pendingResponses()).isZero();
			server.assertNoFailures();
		}
	}

	@Test
	void anUnscriptedRequestGets599AndIsReportedUnlessThereIsAFallback() throws Exception {
		try (StubServer server = StubServer.start()) {
			assertThat(send(server, "DELETE", "x/", null).statusCode()).isEqualTo(599);
			assertThat(server.failures()).singleElement().asString().contains("DELETE /x/");
			assertThatThrownBy(server::assertNoFailures).hasMessageContaining("DELETE /x/");

			server.otherwise(Response.json(200, "{}")).enqueue(Response.empty(204));
			assertThat(send(server, "GET", "", null).statusCode()).isEqualTo(204);
			assertThat(send(server, "GET", "", null).statusCode()).isEqualTo(200);
			assertThat(send(server, "GET", "", null).statusCode()).isEqualTo(200);
			assertThat(server.failures()).hasSize(1);
		}
	}

	@Test
	void dropsConnectionsAndDelaysAnswers() throws Exception {
		try (StubServer server = StubServer.start()) {
			server.enqueueDropConnection().enqueue(Response.of(200, "late").delayed(Duration.ofMillis(200)));
			assertThatThrownBy(() -> send(server, "POST", "", "x")).isInstanceOf(IOException.class);
			long started = System.nanoTime();
			assertThat(send(server, "POST", "", "y").body()).isEqualTo("late");
			assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(Duration.ofMillis(200));
		}
	}

	@Test
	void closingReleasesADelayedAnswer() throws Exception {
		StubServer server = StubServer.start();
		server.enqueue(Response.of(200, "never").delayed(Duration.ofMinutes(5)));
		var pending = http.sendAsync(HttpRequest.newBuilder(server.uri()).build(),
				HttpResponse.BodyHandlers.ofString());
		server.takeRequest();
		server.close();
		assertThatThrownBy(() -> pending.get()).hasCauseInstanceOf(IOException.class);
	}

}
