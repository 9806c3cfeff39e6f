package dev.ucare.client.testing;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import dev.ucare.client.testing.Cassette.Interaction;
import dev.ucare.testsupport.Request;
import dev.ucare.testsupport.Response;
import dev.ucare.testsupport.StubServer;

/**
 * Replays recorded Uploadcare interactions over real HTTP, on a {@link StubServer}. Every
 * recorded host is served from one port, routed by path, so point the client's REST and
 * Upload API bases at {@link #baseUrl()}.
 *
 * <p>
 * <b>Matching.</b> A request is answered by the first unused interaction (in recording
 * order, across the loaded cassettes) with its method and decoded path, preferring one
 * whose decoded query also matches. Each interaction is served once; a request that
 * matches none gets 599 and fails {@link #assertAllInteractionsUsed()}.
 *
 * <p>
 * <b>Responses.</b> Recorded headers are replayed except framing ones (the stored body is
 * already decoded), and every rewrite prefix (by default Uploadcare's S3 upload host) is
 * replaced by {@link #baseUrl()} in bodies and headers, so multipart part URLs come back
 * here.
 */
public final class ReplayServer implements AutoCloseable {

	/** Rewritten to {@link #baseUrl()} by default. */
	public static final String S3_PREFIX = "https://uploadcare.s3-accelerate.amazonaws.com/";

	private static final Set<String> NOT_REPLAYED = Set.of("content-length", "content-encoding", "transfer-encoding",
			"connection", "keep-alive", "date");

	/** A served interaction and the request it answered. */
	record Served(Interaction interaction, Request request) {
	}

	private final List<Interaction> interactions;

	private final List<String> rewrites;

	private final boolean[] used;

	private final List<Served> served = new ArrayList<>();

	private final StubServer server = StubServer.start();

	private ReplayServer(List<Cassette> cassettes, List<String> rewrites) {
		this.interactions = cassettes.stream().flatMap(cassette -> cassette.interactions().stream()).toList();
		this.rewrites = List.copyOf(rewrites);
		this.used = new boolean[interactions.size()];
		server.otherwise(this::answer);
	}

	/** Replays the named cassettes. */
	public static ReplayServer start(String... names) {
		return builder().recordings(names).start();
	}

	public static Builder builder() {
		return new Builder();
	}

	/** {@code http://127.0.0.1:PORT/}. */
	public String baseUrl() {
		return server.baseUrl();
	}

	/** Every request received, matched or not. */
	public List<Request> received() {
		return server.received();
	}

	/** Fails when a request matched no interaction. */
	public void assertNoUnmatchedRequests() {
		List<String> failures = server.failures();
		if (!failures.isEmpty()) {
			throw new AssertionError(failures.size() + " request(s) matched no recorded interaction:\n"
					+ String.join("\n---\n", failures));
		}
	}

	/** Fails when an interaction was never requested, or a request matched none. */
	public synchronized void assertAllInteractionsUsed() {
		assertNoUnmatchedRequests();
		List<String> unused = new ArrayList<>();
		for (int i = 0; i < interactions.size(); i++) {
			if (!used[i]) {
				unused.add(interactions.get(i).describe());
			}
		}
		if (!unused.isEmpty()) {
			throw new AssertionError("Recorded interaction(s) never requested:\n  - " + String.join("\n  - ", unused));
		}
	}

	/**
	 * {@link #assertAllInteractionsUsed()} and
	 * {@link #assertAllRequestsMatchRecordings()}: the client sent exactly the recorded
	 * requests.
	 */
	public void assertReplayed() {
		assertReplayed(MatchOptions.defaults());
	}

	/**
	 * {@link #assertAllInteractionsUsed()} and
	 * {@link #assertAllRequestsMatchRecordings(MatchOptions)}.
	 */
	public void assertReplayed(MatchOptions options) {
		assertAllInteractionsUsed();
		assertAllRequestsMatchRecordings(options);
	}

	/** {@link #assertAllRequestsMatchRecordings(MatchOptions)}, strict. */
	public void assertAllRequestsMatchRecordings() {
		assertAllRequestsMatchRecordings(MatchOptions.defaults());
	}

	/**
	 * Fails, listing every difference, when a request does not match the interaction it
	 * consumed ({@link RequestAssertions}), or matched none.
	 */
	public void assertAllRequestsMatchRecordings(MatchOptions options) {
		assertNoUnmatchedRequests();
		List<String> problems = new ArrayList<>();
		for (Served s : served()) {
			List<String> differences = RequestAssertions.differences(s.interaction().request(), s.request(), options);
			if (!differences.isEmpty()) {
				problems.add("Request does not match " + s.interaction().describe() + ":\n  - "
						+ String.join("\n  - ", differences) + "\n  actual request: " + s.request());
			}
		}
		if (!problems.isEmpty()) {
			throw new AssertionError(String.join("\n", problems));
		}
	}

	synchronized List<Served> served() {
		return List.copyOf(served);
	}

	@Override
	public void close() {
		server.close();
	}

	private synchronized Response answer(Request request) {
		int match = -1;
		for (int i = 0; i < interactions.size(); i++) {
			Request recorded = interactions.get(i).request().asRequest();
			if (!used[i] && recorded.method().equals(request.method()) && recorded.path().equals(request.path())) {
				if (match < 0) {
					match = i;
				}
				if (RequestAssertions.sorted(recorded.queryParameters())
					.equals(RequestAssertions.sorted(request.queryParameters()))) {
					match = i;
					break;
				}
			}
		}
		if (match < 0) {
			String failure = "ReplayServer: no unused recorded interaction matches " + request.method() + " "
					+ request.rawPathAndQuery() + " (decoded path " + request.path() + ")";
			throw new UnmatchedRequest(failure);
		}
		used[match] = true;
		Interaction interaction = interactions.get(match);
		served.add(new Served(interaction, request));
		Response response = Response.of(interaction.status(), rewrite(interaction.body()));
		for (var header : interaction.headers().entrySet()) {
			if (!NOT_REPLAYED.contains(header.getKey().toLowerCase(Locale.ROOT))) {
				for (String value : header.getValue()) {
					response = response.withHeader(header.getKey(), rewrite(value));
				}
			}
		}
		return response;
	}

	private String rewrite(String text) {
		String result = text;
		for (String prefix : rewrites) {
			result = result.replace(prefix, baseUrl());
		}
		return result;
	}

	/** Answered 599 and reported by the stub server as a failure. */
	private static final class UnmatchedRequest extends RuntimeException {

		UnmatchedRequest(String message) {
			super(message);
		}

	}

	/** Which cassettes to replay and which prefixes to rewrite. */
	public static final class Builder {

		private final List<Cassette> cassettes = new ArrayList<>();

		private final List<String> rewrites = new ArrayList<>(List.of(S3_PREFIX));

		/** Adds class-path cassettes by name. */
		public Builder recordings(String... names) {
			Arrays.stream(names).map(Cassette::load).forEach(cassettes::add);
			return this;
		}

		/** Adds a cassette. */
		public Builder recording(Cassette cassette) {
			cassettes.add(cassette);
			return this;
		}

		/**
		 * Also rewrites {@code prefix} (e.g. {@code https://api.uploadcare.com/}, to
		 * follow {@code next} links) to the server in responses.
		 */
		public Builder rewriteToSelf(String prefix) {
			rewrites.add(prefix);
			return this;
		}

		public ReplayServer start() {
			return new ReplayServer(cassettes, rewrites);
		}

	}

}
