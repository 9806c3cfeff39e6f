package dev.ucare.client.addons;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import dev.ucare.client.UploadcareTimeoutException;
import dev.ucare.testsupport.Request;
import dev.ucare.testsupport.StubServer;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/** Add-on execution, waiting and errors over real HTTP against scripted answers. */
class AddonWaitTest {

	static final String TARGET = AddonReplayTest.TARGET;

	static final String REQUEST_ID = "53930d55-8ecb-4b2b-ab9e-3c3b1ffe53cb";

	private StubServer server;

	private AddonOperations addons;

	@BeforeEach
	void start() {
		server = StubServer.start();
		addons = AddonReplayTest.client(server.baseUrl()).addons();
	}

	@AfterEach
	void stop() {
		server.close();
	}

	private StubServer accepted() {
		return server.enqueueJson(200, "{\"request_id\":\"" + REQUEST_ID + "\"}");
	}

	@Test
	void executeAndWaitPollsUntilDone() {
		accepted().enqueueJson(200, "{\"status\":\"in_progress\"}")
			.enqueueJson(200, "{\"status\":\"in_progress\"}")
			.enqueueJson(200,
					"{\"status\":\"done\",\"result\":{\"file_id\":\"d2a90661-a813-452d-9a38-a3cb7b168548\"}}");

		AddonStatus status = addons.executeAndWait(TARGET,
				AddonParams.removeBg(RemoveBgParams.builder()
					.typeLevel(RemoveBgParams.TypeLevel.LATEST)
					.type(RemoveBgParams.ForegroundType.PERSON)
					.build()));

		assertThat(status.removeBgFileId()).contains("d2a90661-a813-452d-9a38-a3cb7b168548");
		Request execute = server.takeRequest();
		assertThat(execute.method()).isEqualTo("POST");
		assertThat(execute.path()).isEqualTo("/addons/remove_bg/execute/");
		assertThat(execute.bodyAsString())
			.isEqualTo("{\"target\":\"" + TARGET + "\",\"params\":{\"type_level\":\"latest\",\"type\":\"person\"}}");
		for (int i = 0; i < 3; i++) {
			Request poll = server.takeRequest();
			assertThat(poll.path()).isEqualTo("/addons/remove_bg/execute/status/");
			assertThat(poll.queryParameters()).isEqualTo(Map.of("request_id", java.util.List.of(REQUEST_ID)));
		}
		server.assertNoFailures();
	}

	@Test
	void errorStatusThrowsATypedError() {
		accepted().enqueueJson(200, "{\"status\":\"in_progress\"}")
			.enqueueJson(200, "{\"status\":\"error\",\"result\":\"Image too large\"}");

		assertThatThrownBy(() -> addons.executeAndWait(TARGET, AddonParams.clamAv(true)))
			.isInstanceOfSatisfying(AddonFailedException.class, ex -> {
				assertThat(ex.state()).isEqualTo(AddonStatus.State.ERROR);
				assertThat(ex.detail()).isEqualTo("Image too large");
				assertThat(ex.job()).isEqualTo(new AddonJob(Addon.UC_CLAMAV_VIRUS_SCAN, REQUEST_ID));
				assertThat(ex).hasMessageContaining("uc_clamav_virus_scan").hasMessageContaining("error");
			});
		assertThat(server.takeRequest().bodyAsString())
			.isEqualTo("{\"target\":\"" + TARGET + "\",\"params\":{\"purge_infected\":true}}");
	}

	@Test
	void unknownStatusEndsTheWait() {
		accepted().enqueueJson(200, "{\"status\":\"unknown\"}");

		assertThatThrownBy(() -> addons.executeAndWait(TARGET, AddonParams.awsRekognitionLabels()))
			.isInstanceOfSatisfying(AddonFailedException.class,
					ex -> assertThat(ex.state()).isEqualTo(AddonStatus.State.UNKNOWN));
	}

	@Test
	void deadlineEndsTheWaitWithATimeout() {
		accepted();
		for (int i = 0; i < 200; i++) {
			server.enqueueJson(200, "{\"status\":\"in_progress\"}");
		}

		assertThatThrownBy(() -> addons.executeAndWait(TARGET, AddonParams.awsRekognitionModerationLabels(),
				AddonReplayTest.FAST.withTimeout(Duration.ofMillis(150))))
			.isInstanceOf(UploadcareTimeoutException.class)
			.hasMessageContaining(REQUEST_ID);
	}

	@Test
	void concurrentCallIsATypedError() {
		server.enqueueJson(409, "{\"detail\":\"Concurrent call attempted\"}");

		assertThatThrownBy(() -> addons.execute(TARGET, AddonParams.awsRekognitionLabels()))
			.isInstanceOfSatisfying(AddonConcurrentCallException.class, ex -> {
				assertThat(ex.status()).isEqualTo(409);
				assertThat(ex.detail()).isEqualTo("Concurrent call attempted");
			});
		assertThat(server.requestCount()).isEqualTo(1);
	}

	@Test
	void asyncFormCompletesAndCancelStopsPolling() throws Exception {
		accepted().enqueueJson(200, "{\"status\":\"done\"}");
		CompletableFuture<AddonStatus> done = addons.executeAsync(TARGET, AddonParams.awsRekognitionLabels());
		assertThat(done.get(5, TimeUnit.SECONDS).status()).isEqualTo(AddonStatus.State.DONE);

		accepted();
		for (int i = 0; i < 500; i++) {
			server.enqueueJson(200, "{\"status\":\"in_progress\"}");
		}
		CompletableFuture<AddonStatus> running = addons.executeAsync(TARGET, AddonParams.awsRekognitionLabels(),
				AddonReplayTest.FAST.withTimeout(Duration.ofMinutes(1)));
		await().atMost(Duration.ofSeconds(5)).until(() -> server.requestCount() >= 6);
		running.cancel(true);
		int afterCancel = server.requestCount();
		await().during(Duration.ofMillis(300))
			.atMost(Duration.ofSeconds(2))
			.until(() -> server.requestCount() <= afterCancel + 1);
	}

	@Test
	void asyncConcurrentCallCompletesTheFutureExceptionally() {
		server.enqueueJson(409, "{\"detail\":\"Concurrent call attempted\"}");
		CompletableFuture<AddonStatus> future = addons.executeAsync(TARGET, AddonParams.clamAv(false));
		await().atMost(Duration.ofSeconds(5)).until(future::isDone);
		assertThatThrownBy(future::get).hasCauseInstanceOf(AddonConcurrentCallException.class);
	}

	@Test
	void asyncFormFailsWithTheSameError() {
		accepted().enqueueJson(200, "{\"status\":\"error\"}");
		CompletableFuture<AddonStatus> future = addons.executeAsync(TARGET, AddonParams.removeBg());
		await().atMost(Duration.ofSeconds(5)).until(future::isDone);
		assertThatThrownBy(future::get).isInstanceOf(ExecutionException.class)
			.hasCauseInstanceOf(AddonFailedException.class);
		assertThat(server.takeRequest().bodyAsString()).isEqualTo("{\"target\":\"" + TARGET + "\"}");
	}

	@Test
	void badArgumentsFailBeforeSending() {
		assertThatThrownBy(() -> addons.execute("nope", AddonParams.clamAv(false)))
			.isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> addons.executeAsync("nope", AddonParams.clamAv(false)))
			.isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> addons.status(Addon.REMOVE_BG, " ")).isInstanceOf(IllegalArgumentException.class);
		assertThat(server.requestCount()).isZero();
	}

}
