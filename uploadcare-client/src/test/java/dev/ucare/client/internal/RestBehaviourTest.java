package dev.ucare.client.internal;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.IntStream;

import dev.ucare.client.AuthScheme;
import dev.ucare.client.RetrySettings;
import dev.ucare.client.UploadcareAuthenticationException;
import dev.ucare.client.UploadcareClient;
import dev.ucare.client.UploadcareConfigurationException;
import dev.ucare.client.UploadcareException;
import dev.ucare.client.UploadcareInvalidRequestException;
import dev.ucare.client.UploadcareNetworkException;
import dev.ucare.client.UploadcareNotFoundException;
import dev.ucare.client.UploadcareObserver;
import dev.ucare.client.UploadcareThrottledException;
import dev.ucare.client.files.BatchResult;
import dev.ucare.client.files.FileInfo;
import dev.ucare.client.files.FileQuery;
import dev.ucare.client.groups.GroupQuery;
import dev.ucare.testsupport.Request;
import dev.ucare.testsupport.StubServer;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * Paging, batching, signing, errors and retries of the REST client against a scripted
 * HTTP server.
 */
class RestBehaviourTest {

	private static final String UUID_A = "21975c81-7f57-4c7a-aef9-acfe28779f78";

	private final List<String> retries = new CopyOnWriteArrayList<>();

	private StubServer server;

	private UploadcareClient uc;

	@BeforeEach
	void start() {
		server = StubServer.start();
		uc = client(AuthScheme.SIGNED, new RetrySettings(2, Duration.ofMillis(20), 2.0, Duration.ofSeconds(2)));
	}

	@AfterEach
	void stop() {
		server.close();
	}

	private UploadcareClient client(AuthScheme scheme, RetrySettings retry) {
		return UploadcareClient.builder()
			.publicKey("demopublickey")
			.secretKey("demosecretkey")
			.restBaseUrl(URI.create(server.baseUrl()))
			.authScheme(scheme)
			.retry(retry)
			.observer(new UploadcareObserver() {
				@Override
				public void onRetry(String api, String reason, int attempt, Duration delay) {
					retries.add(api + ":" + reason + ":" + attempt + ":" + delay.toMillis());
				}
			})
			.build();
	}

	private static String file(String uuid) {
		return "{\"uuid\":\"" + uuid + "\",\"size\":5,\"datetime_uploaded\":\"2021-09-29T13:47:47.840857Z\","
				+ "\"datetime_stored\":null,\"metadata\":{},\"future_field\":{\"x\":1}}";
	}

	private String page(List<String> uuids, String next) {
		String results = String.join(",", uuids.stream().map(RestBehaviourTest::file).toList());
		return "{\"next\":" + (next == null ? "null" : "\"" + next + "\"") + ",\"previous\":null,\"total\":0,"
				+ "\"per_page\":2,\"results\":[" + results + "]}";
	}

	@Test
	void streamFollowsNextCursorsLazilyAcrossPages() {
		String next1 = "https://api.uploadcare.com/files/?from=2021-10-12T06%3A55%3A15.392977%2B00%3A00&limit=2&offset=0";
		String next2 = "https://api.uploadcare.com/files/?from=2021-10-13T00%3A00%3A00%2B00%3A00&limit=2&offset=0";
		String next3 = "https://api.uploadcare.com/files/?from=2021-10-14T00%3A00%3A00%2B00%3A00&limit=2&offset=0";
		server.enqueueJson(200, page(List.of(uuid(1), uuid(2)), next1))
			.enqueueJson(200, page(List.of(uuid(3), uuid(4)), next2))
			.enqueueJson(200, page(List.of(uuid(5), uuid(6)), next3))
			.enqueueJson(200, page(List.of(uuid(7)), null));

		List<String> firstThree;
		try (var files = uc.files().stream(FileQuery.builder().limit(2).stored(true).build())) {
			firstThree = files.limit(3).map(FileInfo::uuid).toList();
		}
		assertThat(firstThree).containsExactly(uuid(1), uuid(2), uuid(3));
		// pages 1 and 2 were needed: no page is read ahead for a consumer that may stop
		assertThat(server.requestCount()).isEqualTo(2);
		assertThat(server.pendingResponses()).isGreaterThanOrEqualTo(1);

		List<Request> requests = server.received();
		assertThat(requests.get(0).rawPathAndQuery()).isEqualTo("/files/?stored=true&limit=2");
		assertThat(requests.get(1).rawPathAndQuery())
			.isEqualTo("/files/?from=2021-10-12T06%3A55%3A15.392977%2B00%3A00&limit=2&offset=0");
	}

	@Test
	void streamReadsEveryPageUntilNextIsNull() {
		String next1 = "https://api.uploadcare.com/files/?from=2021-10-12T06%3A55%3A15.392977%2B00%3A00&limit=2&offset=0";
		String next2 = "https://api.uploadcare.com/files/?from=2021-10-13T00%3A00%3A00%2B00%3A00&limit=2&offset=0";
		server.enqueueJson(200, page(List.of(uuid(1), uuid(2)), next1))
			.enqueueJson(200, page(List.of(uuid(3), uuid(4)), next2))
			.enqueueJson(200, page(List.of(uuid(5)), null));
		List<String> all = uc.files().stream(FileQuery.all()).map(FileInfo::uuid).toList();
		assertThat(all).containsExactly(uuid(1), uuid(2), uuid(3), uuid(4), uuid(5));
		assertThat(server.received().get(2).rawPathAndQuery())
			.isEqualTo("/files/?from=2021-10-13T00%3A00%3A00%2B00%3A00&limit=2&offset=0");
	}

	@Test
	void everyListParameterIsSent() {
		server.enqueueJson(200, page(List.of(), null));
		uc.files()
			.list(FileQuery.builder()
				.limit(1000)
				.ordering(FileQuery.Ordering.UPLOADED_DESC)
				.from(java.time.OffsetDateTime.parse("2021-10-12T06:55:15.392977Z"))
				.stored(false)
				.removed(true)
				.includeAppdata(true)
				.build());
		assertThat(server.takeRequest().queryParameters())
			.containsExactlyInAnyOrderEntriesOf(Map.of("removed", List.of("true"), "stored", List.of("false"), "limit",
					List.of("1000"), "ordering", List.of("-datetime_uploaded"), "from",
					List.of("2021-10-12T06:55:15.392977Z"), "include", List.of("appdata")));
		assertThatThrownBy(() -> FileQuery.builder().limit(1001).build()).hasMessageContaining("1001");
	}

	@Test
	void groupListsPageToo() {
		server
			.enqueueJson(200,
					"{\"next\":\"https://api.uploadcare.com/groups/?from=x&offset=0\",\"results\":" + "[{\"id\":\""
							+ uuid(1) + "~2\",\"files_count\":2}]}")
			.enqueueJson(200, "{\"next\":null,\"results\":[{\"id\":\"" + uuid(2) + "~1\",\"files_count\":1}]}");
		assertThat(uc.groups().stream(GroupQuery.limit(1)).map(g -> g.filesCount()).toList()).containsExactly(2, 1);
		assertThat(server.received().get(1).rawPathAndQuery()).isEqualTo("/groups/?from=x&offset=0");
	}

	@Test
	void aStreamStopsAtTheLimitWithoutFetchingAnotherPage() {
		for (int page = 0; page < 3; page++) {
			server.enqueueJson(200,
					"{\"next\":\"https://api.uploadcare.com/groups/?from=p" + (page + 1) + "&limit=2\",\"results\":["
							+ "{\"id\":\"" + uuid(2 * page + 1) + "~1\",\"files_count\":1},{\"id\":\""
							+ uuid(2 * page + 2) + "~1\",\"files_count\":1}]}");
		}
		var groups = uc.groups().stream(GroupQuery.limit(2));
		assertThat(groups.limit(2).map(g -> g.id()).toList()).containsExactly(uuid(1) + "~1", uuid(2) + "~1");
		// no page is requested ahead for a consumer that stops early (the stream is not
		// closed, so nothing would cancel one)
		await().during(Duration.ofMillis(300)).atMost(Duration.ofSeconds(2)).until(() -> server.requestCount() == 1);

		assertThat(server.pendingResponses()).isEqualTo(2);
	}

	@Test
	void aFileStreamStopsAtTheLimitWithoutFetchingAnotherPage() {
		var files = uc.files().stream(FileQuery.builder().limit(2).build());
		server.enqueueJson(200, page(List.of(uuid(1), uuid(2)), "https://api.uploadcare.com/files/?from=x&limit=2"))
			.enqueueJson(200, page(List.of(uuid(3), uuid(4)), "https://api.uploadcare.com/files/?from=y&limit=2"))
			.enqueueJson(200, page(List.of(uuid(5), uuid(6)), "https://api.uploadcare.com/files/?from=z&limit=2"));
		assertThat(files.limit(3).map(FileInfo::uuid).toList()).containsExactly(uuid(1), uuid(2), uuid(3));
		await().during(Duration.ofMillis(300)).atMost(Duration.ofSeconds(2)).until(() -> server.requestCount() == 2);
	}

	@ParameterizedTest
	@CsvSource({ "100,1", "101,2", "250,3" })
	void batchesAreSplitAtOneHundredAndMerged(int count, int requests) {
		List<String> uuids = IntStream.range(0, count).mapToObj(RestBehaviourTest::uuid).toList();
		java.util.function.Function<Request, dev.ucare.testsupport.Response> answer = request -> {
			List<String> chunk = new java.util.ArrayList<>();
			Json.tree(request.body()).forEach(node -> chunk.add(node.asString()));
			String results = String.join(",",
					chunk.subList(1, chunk.size()).stream().map(RestBehaviourTest::file).toList());
			return dev.ucare.testsupport.Response.json(200, "{\"status\":\"ok\",\"problems\":{\"" + chunk.get(0)
					+ "\":\"Missing in the project\"},\"result\":[" + results + "]}");
		};
		for (int i = 0; i < requests; i++) {
			server.enqueue(answer);
		}
		BatchResult result = uc.files().storeAll(uuids);
		assertThat(server.requestCount()).isEqualTo(requests);
		assertThat(server.received()).allSatisfy(request -> {
			assertThat(request.method()).isEqualTo("PUT");
			assertThat(request.rawPath()).isEqualTo("/files/storage/");
			assertThat(Json.tree(request.body()).size()).isLessThanOrEqualTo(100);
		});
		assertThat(result.problems()).hasSize(requests);
		assertThat(result.result()).hasSize(count - requests);
		assertThat(result.status()).isEqualTo("ok");
	}

	@Test
	void batchesWithANullBlankOrInvalidUuidNameItsIndexAndSendNothing() {
		java.util.List<String> withNull = new java.util.ArrayList<>(List.of(UUID_A));
		withNull.add(null);
		assertThatThrownBy(() -> uc.files().storeAll(withNull)).isExactlyInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("#1")
			.hasMessageContaining("null");
		assertThatThrownBy(() -> uc.files().deleteAll(withNull)).isExactlyInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("#1");
		assertThatThrownBy(() -> uc.files().storeAll(List.of(UUID_A, uuid(2), " ")))
			.isExactlyInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("#2");
		List<String> late = new java.util.ArrayList<>(
				IntStream.range(0, 150).mapToObj(RestBehaviourTest::uuid).toList());
		late.set(120, "not-a-uuid");
		assertThatThrownBy(() -> uc.files().deleteAll(late)).isExactlyInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("#120")
			.hasMessageContaining("'not-a-uuid'");
		assertThatThrownBy(() -> uc.files().storeAll(List.of())).isExactlyInstanceOf(IllegalArgumentException.class);
		assertThat(server.requestCount()).isZero();
	}

	@Test
	void deleteAllSendsSignedJsonBodiesWithDelete() {
		server.enqueueJson(200, "{\"status\":\"ok\",\"problems\":{},\"result\":[" + file(UUID_A) + "]}");
		BatchResult result = uc.files().deleteAll(List.of(UUID_A));
		Request request = server.takeRequest();
		assertThat(request.method()).isEqualTo("DELETE");
		assertThat(request.bodyAsString()).isEqualTo("[\"" + UUID_A + "\"]");
		assertThat(request.header("Authorization"))
			.isEqualTo("Uploadcare demopublickey:" + RequestSigner.sign("demosecretkey", "DELETE", request.body(),
					"application/json", request.header("Date"), "/files/storage/"));
		assertThat(result.result()).extracting(FileInfo::uuid).containsExactly(UUID_A);
	}

	@Test
	void signedRequestsCarryTheHeadersTheServerChecks() {
		server.enqueueJson(200, file(UUID_A));
		uc.files().get(UUID_A, true);
		Request request = server.takeRequest();
		assertThat(request.header("Accept")).isEqualTo("application/vnd.uploadcare-v0.7+json");
		assertThat(request.header("Content-Type")).isEqualTo("application/json");
		assertThat(request.header("Date"))
			.matches("[A-Z][a-z]{2}, \\d{2} [A-Z][a-z]{2} \\d{4} \\d{2}:\\d{2}:\\d{2} GMT");
		assertThat(request.header("Authorization"))
			.isEqualTo("Uploadcare demopublickey:" + RequestSigner.sign("demosecretkey", "GET", new byte[0],
					"application/json", request.header("Date"), "/files/" + UUID_A + "/?include=appdata"));
		assertThat(request.header("User-Agent")).startsWith("UploadcareJava/").contains("demopublickey");
	}

	@Test
	void simpleSchemeSendsTheKeysAndNoDate() {
		UploadcareClient simple = client(AuthScheme.SIMPLE, RetrySettings.NONE);
		server.enqueueJson(200, "{\"name\":\"demo\",\"pub_key\":\"demopublickey\"}");
		assertThat(simple.project().get().name()).isEqualTo("demo");
		Request request = server.takeRequest();
		assertThat(request.header("Authorization")).isEqualTo("Uploadcare.Simple demopublickey:demosecretkey");
		assertThat(request.header("Date")).isNull();
	}

	@ParameterizedTest
	@CsvSource({ "400, dev.ucare.client.UploadcareInvalidRequestException",
			"401, dev.ucare.client.UploadcareAuthenticationException",
			"403, dev.ucare.client.UploadcareAuthenticationException",
			"404, dev.ucare.client.UploadcareNotFoundException",
			"406, dev.ucare.client.UploadcareInvalidRequestException", "409, dev.ucare.client.UploadcareException" })
	void errorStatusesMapToTypedExceptions(int status, Class<? extends UploadcareException> type) {
		server.enqueue(status, Map.of("Content-Type", "application/json", "X-Uploadcare-Request-Id", "rid-" + status),
				"{\"detail\":\"Reason " + status + "\"}");
		assertThatThrownBy(() -> uc.files().store(UUID_A)).isExactlyInstanceOf(type).satisfies(ex -> {
			UploadcareException error = (UploadcareException) ex;
			assertThat(error.status()).isEqualTo(status);
			assertThat(error.detail()).isEqualTo("Reason " + status);
			assertThat(error.requestId()).isEqualTo("rid-" + status);
			assertThat(error.getMessage()).contains("PUT /files/" + UUID_A + "/storage/")
				.doesNotContain("demosecretkey");
		});
		assertThat(server.requestCount()).isEqualTo(1);
	}

	@Test
	void throttledRequestsWaitTheServersRetryAfter() {
		server.enqueue(429, Map.of("Retry-After", "1"), "{\"detail\":\"Request was throttled.\"}")
			.enqueueJson(200, file(UUID_A));
		assertThat(uc.files().get(UUID_A).uuid()).isEqualTo(UUID_A);
		assertThat(retries).containsExactly("rest:throttled:1:1000");
		assertThat(server.requestCount()).isEqualTo(2);
	}

	@Test
	void throttledWithoutRetryAfterBacksOffExponentiallyWithJitterThenGivesUp() {
		for (int i = 0; i < 3; i++) {
			server.enqueue(429, Map.of("Retry-After", "soon"), "{\"detail\":\"Request was throttled.\"}");
		}
		assertThatThrownBy(() -> uc.project().get()).isInstanceOf(UploadcareThrottledException.class)
			.satisfies(ex -> assertThat(((UploadcareThrottledException) ex).retryAfter()).isEmpty());
		assertThat(server.requestCount()).isEqualTo(3);
		assertThat(retries).hasSize(2);
		long first = Long.parseLong(retries.get(0).split(":")[3]);
		long second = Long.parseLong(retries.get(1).split(":")[3]);
		assertThat(first).isBetween(10L, 20L);
		assertThat(second).isBetween(20L, 40L);
	}

	@Test
	void retryAfterBeyondTheMaximumDelayEndsRetriesAtOnce() {
		server.enqueue(429, Map.of("Retry-After", "3600"), "{\"detail\":\"Request was throttled.\"}");
		assertThatThrownBy(() -> uc.project().get()).isInstanceOf(UploadcareThrottledException.class)
			.satisfies(
					ex -> assertThat(((UploadcareThrottledException) ex).retryAfter()).contains(Duration.ofHours(1)));
		assertThat(server.requestCount()).isEqualTo(1);
	}

	@Test
	void idempotentRequestsAreRetriedOnServerErrors() {
		server.enqueue(503, Map.of(), "busy").enqueue(502, Map.of(), "").enqueueJson(200, file(UUID_A));
		assertThat(uc.files().store(UUID_A).uuid()).isEqualTo(UUID_A);
		assertThat(retries).extracting(r -> r.split(":")[1]).containsExactly("server_error", "server_error");
	}

	@Test
	void postIsNotRetriedOnServerErrors() {
		server.enqueue(500, Map.of(), "oops");
		assertThatThrownBy(() -> uc.files().copyLocal(UUID_A, true)).isInstanceOf(UploadcareException.class)
			.extracting(ex -> ((UploadcareException) ex).status())
			.isEqualTo(500);
		assertThat(server.requestCount()).isEqualTo(1);
		assertThat(retries).isEmpty();
	}

	@Test
	void postIsRetriedWhenThrottled() {
		server.enqueue(429, Map.of("Retry-After", "0"), "")
			.enqueue(201, Map.of("Content-Type", "application/json"),
					"{\"type\":\"file\",\"result\":" + file(uuid(9)) + "}");
		assertThat(uc.files().copyLocal(UUID_A, true, Map.of("k", "v")).uuid()).isEqualTo(uuid(9));
		assertThat(Json.tree(server.received().get(1).body()).toString())
			.isEqualTo("{\"source\":\"" + UUID_A + "\",\"store\":true,\"metadata\":{\"k\":\"v\"}}");
	}

	@Test
	void connectionFailuresAreNetworkErrorsRetriedForIdempotentCalls() {
		server.enqueueDropConnection()
			.enqueueDropConnection()
			.enqueueDropConnection()
			.enqueueDropConnection()
			.enqueueDropConnection()
			.enqueueDropConnection();
		assertThatThrownBy(() -> uc.files().delete(UUID_A)).isInstanceOf(UploadcareNetworkException.class)
			.hasMessageContaining("DELETE /files/" + UUID_A + "/storage/");
		assertThat(retries).hasSize(2).allSatisfy(r -> assertThat(r).startsWith("rest:network:"));
	}

	@Test
	void remoteCopyTellsWhetherTheTargetExisted() {
		server.enqueue(200, Map.of("Content-Type", "application/json"),
				"{\"type\":\"url\",\"result\":\"s3://b/x.jpg\"}");
		var result = uc.files()
			.copyRemote(UUID_A, "mystorage", new dev.ucare.client.files.RemoteCopyOptions(false, "${uuid}${ext}"));
		assertThat(result.url()).isEqualTo("s3://b/x.jpg");
		assertThat(result.alreadyExisted()).isTrue();
		assertThat(Json.tree(server.takeRequest().body()).toString()).isEqualTo("{\"source\":\"" + UUID_A
				+ "\",\"target\":\"mystorage\",\"make_public\":false,\"pattern\":\"${uuid}${ext}\"}");
	}

	@Test
	void groupDeleteWithFilesDeletesFilesThenGroup() {
		String group = uuid(7) + "~2";
		server.enqueueJson(200, "{\"id\":\"" + group + "\",\"files_count\":2,\"files\":[" + file(uuid(1)) + ",null]}")
			.enqueueJson(200, "{\"status\":\"ok\",\"problems\":{},\"result\":[" + file(uuid(1)) + "]}")
			.enqueue(204, Map.of(), "");
		assertThat(uc.groups().deleteWithFiles(group).result()).hasSize(1);
		assertThat(server.received()).extracting(r -> r.method() + " " + r.rawPath())
			.containsExactly("GET /groups/" + group + "/", "DELETE /files/storage/", "DELETE /groups/" + group + "/");
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "has space", "slash/inside", "ключ" })
	void badMetadataKeysFailBeforeSending(String key) {
		assertThatThrownBy(() -> uc.metadata().put(UUID_A, key, "v")).isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("Metadata key");
		assertThat(server.requestCount()).isZero();
	}

	@Test
	void badMetadataValuesAndIdsFailBeforeSending() {
		assertThatThrownBy(() -> uc.metadata().put(UUID_A, "k", "x".repeat(513))).hasMessageContaining("'k'")
			.hasMessageContaining("513");
		assertThatThrownBy(() -> uc.metadata().put(UUID_A, "k".repeat(65), "v")).hasMessageContaining("65");
		assertThatThrownBy(() -> uc.metadata().put(UUID_A, "k", "")).hasMessageContaining("empty");
		assertThatThrownBy(() -> uc.files().get("../project")).isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("'../project'");
		assertThatThrownBy(() -> uc.groups().get(UUID_A)).hasMessageContaining("group id");
		assertThat(server.requestCount()).isZero();
	}

	@Test
	void metadataKeyNotSetIsEmpty() {
		server.enqueue(404, Map.of("Content-Type", "application/json"), "{\"detail\":\"Not found.\"}");
		assertThat(uc.metadata().get(UUID_A, "missing")).isEmpty();
		server.enqueue(404, Map.of("Content-Type", "application/json"), "{\"detail\":\"Not found.\"}");
		assertThatThrownBy(() -> uc.files().get(UUID_A)).isInstanceOf(UploadcareNotFoundException.class);
	}

	@Test
	void withoutSecretKeyRestCallsFailClearlyAndSendNothing() {
		UploadcareClient uploadOnly = UploadcareClient.builder()
			.publicKey("demopublickey")
			.restBaseUrl(URI.create(server.baseUrl()))
			.build();
		assertThat(uploadOnly.hasSecretKey()).isFalse();
		assertThatThrownBy(() -> uploadOnly.project().get()).isInstanceOf(UploadcareConfigurationException.class)
			.hasMessageContaining("secret key");
		assertThat(server.requestCount()).isZero();
	}

	@Test
	void secretsNeverAppearInToString() {
		assertThat(uc.toString()).contains("demopublickey").doesNotContain("demosecretkey");
		var request = dev.ucare.client.webhooks.WebhookRequest
			.builder("https://x.test/hook", dev.ucare.client.webhooks.WebhookEvent.FILE_STORED)
			.signingSecret("topsecret")
			.build();
		assertThat(request.toString()).doesNotContain("topsecret");
		var hook = new dev.ucare.client.webhooks.Webhook(1, null, null,
				dev.ucare.client.webhooks.WebhookEvent.FILE_STORED, "https://x.test", 1L, true, "topsecret", "0.7");
		assertThat(hook.toString()).doesNotContain("topsecret");
	}

	@Test
	void aJsonNullAnswerIsAnErrorNamingTheCallNotANullResult() {
		// Jackson reads the body "null" as null: neither FileInfo nor a page may be null
		server.enqueueJson(200, "null").enqueueJson(200, "null");
		assertThatThrownBy(() -> uc.files().get(UUID_A)).isInstanceOf(UploadcareException.class)
			.hasMessage("GET /files/" + UUID_A + "/ returned a body that is not the expected JSON: null");
		assertThatThrownBy(() -> uc.files().list(FileQuery.all())).isInstanceOf(UploadcareException.class)
			.hasMessage("GET /files/ returned a body that is not the expected JSON: null");
	}

	@Test
	void aLocalCopyAnswerWithoutAFileIsAnErrorNamingTheCall() {
		// the copy is read from the answer's "result": missing, it used to come back as
		// null; without a uuid, as Jackson's own exception instead of an
		// UploadcareException
		server.enqueueJson(201, "{\"type\":\"file\"}").enqueueJson(201, "{\"type\":\"file\",\"result\":{\"size\":0}}");
		assertThatThrownBy(() -> uc.files().copyLocal(UUID_A, true)).isInstanceOf(UploadcareException.class)
			.hasMessage("POST /files/local_copy/ returned a body that is not the expected JSON: null");
		assertThatThrownBy(() -> uc.files().copyLocal(UUID_A, true)).isInstanceOf(UploadcareException.class)
			.hasMessageStartingWith("POST /files/local_copy/ returned a body that is not the expected JSON: ")
			.hasMessageContaining("uuid must not be null");
	}

	@Test
	void unknownEnumValuesAndFieldsAreTolerated() {
		server.enqueueJson(200, "[{\"id\":1,\"event\":\"file.teleported\",\"target_url\":\"https://x\",\"new\":[1]}]");
		assertThat(uc.webhooks().list()).extracting(h -> h.event())
			.containsExactly(dev.ucare.client.webhooks.WebhookEvent.UNKNOWN);
	}

	@Test
	void largeSizesAreLongs() {
		server.enqueueJson(200, "{\"uuid\":\"" + UUID_A + "\",\"size\":5368709120}");
		assertThat(uc.files().get(UUID_A).size()).isEqualTo(5_368_709_120L);
	}

	@Test
	void authenticationFailureIsNotRetried() {
		server.enqueue(401, Map.of("Content-Type", "application/json"),
				"{\"detail\":\"Invalid signature. Please check your Secret key.\"}");
		assertThatThrownBy(() -> uc.project().get()).isInstanceOf(UploadcareAuthenticationException.class)
			.hasMessageContaining("Invalid signature");
		assertThat(server.requestCount()).isEqualTo(1);
	}

	private static String uuid(int n) {
		return String.format("%08x-0000-4000-8000-%012x", n, n);
	}

}
