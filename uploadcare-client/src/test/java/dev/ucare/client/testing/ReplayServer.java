package dev.ucare.client.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import com.sun.net.httpserver.HttpExchange;

/**
 * A real HTTP server on {@code 127.0.0.1} (random port) that replays recorded Uploadcare
 * interactions.
 *
 * <p>
 * All recorded hosts ({@code api.uploadcare.com}, {@code upload.uploadcare.com},
 * {@code uploadcare.s3-accelerate.amazonaws.com}) are served from the same port, routed
 * by path only, so point both the REST and the Upload base URL of the client under test
 * at {@link #baseUrl()}.
 *
 * <p>
 * <b>Matching.</b> For each request the server picks, among the not-yet-used interactions
 * (in recording order, across all loaded recordings), those whose method and
 * percent-decoded path equal the request's. If several remain, the first whose decoded
 * query equals the request's is preferred, else the first one. That interaction is marked
 * used and its recorded status, headers and body are returned. Each interaction is served
 * at most once. A request with no candidate gets status <b>599</b> with a diagnostic text
 * body and is recorded in {@link #failures()}.
 *
 * <p>
 * <b>Responses.</b> All recorded response headers are replayed except framing/hop-by-hop
 * ones ({@code Content-Length}, {@code Content-Encoding} — the stored body is already
 * decoded although many responses were recorded with {@code gzip} —
 * {@code Transfer-Encoding}, {@code Connection}, {@code Keep-Alive}, {@code Date}). In
 * bodies and header values every configured prefix (by default {@value #S3_PREFIX}) is
 * rewritten to {@link #baseUrl()}, so multipart part URLs come back here.
 *
 * <p>
 * Typical use: <pre>{@code
 * try (ReplayServer server = ReplayServer.start("test_multipart_upload")) {
 *     client = newClient(server.baseUrl());
 *     client.upload(...);
 *     server.assertAllInteractionsUsed();
 *     server.assertAllRequestsMatchRecordings(MatchOptions.defaults().ignoringValuesOf("UPLOADCARE_PUB_KEY"));
 * }
 * }</pre> Thread-safe: requests may arrive concurrently (e.g. parallel part uploads).
 */
public final class ReplayServer implements AutoCloseable {

	/** Default prefix rewritten to {@link #baseUrl()} in response bodies and headers. */
	public static final String S3_PREFIX = "https://uploadcare.s3-accelerate.amazonaws.com/";

	private static final Set<String> NOT_REPLAYED = Set.of("content-length", "content-encoding", "transfer-encoding",
			"connection", "keep-alive", "date");

	/** A consumed interaction and the request that consumed it. */
	public record Served(Interaction interaction, ReceivedRequest request) {
	}

	private final List<Recording> recordings;

	private final List<Interaction> interactions;

	private final boolean[] used;

	private final List<String> rewrites;

	private final List<ReceivedRequest> received = new ArrayList<>();

	private final List<Served> served = new ArrayList<>();

	private final List<String> failures = new ArrayList<>();

	private final ServerSupport support;

	private ReplayServer(List<Recording> recordings, List<String> rewrites) {
		this.recordings = List.copyOf(recordings);
		this.interactions = recordings.stream().flatMap(r -> r.interactions().stream()).toList();
		this.used = new boolean[interactions.size()];
		this.rewrites = List.copyOf(rewrites);
		this.support = new ServerSupport("replay-server", this::handle);
	}

	/**
	 * Starts a server replaying the named classpath recordings (see
	 * {@link Recordings#load(String)}).
	 */
	public static ReplayServer start(String... recordingNames) {
		return builder().recordings(recordingNames).start();
	}

	/** Starts a server replaying the given recordings. */
	public static ReplayServer start(Recording... recordings) {
		Builder builder = builder();
		Arrays.stream(recordings).forEach(builder::recording);
		return builder.start();
	}

	/** A builder, for configuring the URL rewrite list. */
	public static Builder builder() {
		return new Builder();
	}

	/** Configures a {@link ReplayServer}. */
	public static final class Builder {

		private final List<Recording> recordings = new ArrayList<>();

		private final List<String> rewrites = new ArrayList<>(List.of(S3_PREFIX));

		private Builder() {
		}

		/** Adds classpath recordings by name. */
		public Builder recordings(String... names) {
			Arrays.stream(names).map(Recordings::load).forEach(recordings::add);
			return this;
		}

		/** Adds a recording. */
		public Builder recording(Recording recording) {
			recordings.add(recording);
			return this;
		}

		/**
		 * Also rewrites {@code prefix} (e.g. {@code "https://api.uploadcare.com/"},
		 * useful to follow the {@code next} links of paginated listings) to the server's
		 * base URL in responses.
		 */
		public Builder rewriteToSelf(String prefix) {
			rewrites.add(prefix);
			return this;
		}

		/**
		 * Replaces the whole rewrite list (default: only {@link #S3_PREFIX}); pass
		 * nothing to disable.
		 */
		public Builder rewrites(String... prefixes) {
			rewrites.clear();
			rewrites.addAll(List.of(prefixes));
			return this;
		}

		/** Starts the server. */
		public ReplayServer start() {
			return new ReplayServer(recordings, rewrites);
		}

	}

	/** {@code http://127.0.0.1:PORT/} (with trailing slash). */
	public String baseUrl() {
		return support.baseUrl();
	}

	/** The bound port. */
	public int port() {
		return support.port();
	}

	/** The recordings being replayed. */
	public List<Recording> recordings() {
		return recordings;
	}

	/** All interactions being replayed, in order. */
	public List<Interaction> interactions() {
		return interactions;
	}

	/** Every request received so far, in arrival order (including unmatched ones). */
	public synchronized List<ReceivedRequest> received() {
		return List.copyOf(received);
	}

	/** Consumed interactions with the requests that consumed them, in arrival order. */
	public synchronized List<Served> served() {
		return List.copyOf(served);
	}

	/** Interactions not served yet, in recording order. */
	public synchronized List<Interaction> unusedInteractions() {
		List<Interaction> result = new ArrayList<>();
		for (int i = 0; i < interactions.size(); i++) {
			if (!used[i]) {
				result.add(interactions.get(i));
			}
		}
		return result;
	}

	/** Diagnostics of the requests that were answered with 599. */
	public synchronized List<String> failures() {
		return List.copyOf(failures);
	}

	/** Fails if any request was answered with 599 (no matching interaction). */
	public void assertNoUnmatchedRequests() {
		List<String> f = failures();
		if (!f.isEmpty()) {
			throw new AssertionError(
					f.size() + " request(s) matched no recorded interaction:\n" + String.join("\n---\n", f));
		}
	}

	/** Fails if any interaction was not served, or if any request was unmatched. */
	public void assertAllInteractionsUsed() {
		assertNoUnmatchedRequests();
		List<Interaction> unused = unusedInteractions();
		if (!unused.isEmpty()) {
			StringBuilder sb = new StringBuilder(unused.size() + " recorded interaction(s) never requested:");
			unused.forEach(i -> sb.append("\n  - ").append(i.describe()));
			throw new AssertionError(sb.toString());
		}
	}

	/** Strict {@link #assertAllRequestsMatchRecordings(MatchOptions)}. */
	public void assertAllRequestsMatchRecordings() {
		assertAllRequestsMatchRecordings(MatchOptions.defaults());
	}

	/**
	 * Applies {@link RequestAssertions} to every consumed interaction and its request;
	 * also fails on unmatched requests. All mismatches are reported together, each naming
	 * its recording and interaction.
	 */
	public void assertAllRequestsMatchRecordings(MatchOptions options) {
		assertNoUnmatchedRequests();
		List<String> problems = new ArrayList<>();
		for (Served s : served()) {
			List<String> diffs = RequestAssertions.differences(s.interaction().request(), s.request(), options);
			if (!diffs.isEmpty()) {
				problems.add("Request does not match recording " + s.interaction().describe() + ":\n  - "
						+ String.join("\n  - ", diffs) + "\n  actual request: " + s.request());
			}
		}
		if (!problems.isEmpty()) {
			throw new AssertionError(String.join("\n", problems));
		}
	}

	/** Stops the server. */
	@Override
	public void close() {
		support.stop();
	}

	// ---------------------------------------------------------------- serving

	private void handle(HttpExchange exchange) throws IOException {
		ReceivedRequest request = ServerSupport.read(exchange);
		Interaction match;
		String diagnostic = null;
		synchronized (this) {
			received.add(request);
			int index = select(request);
			if (index < 0) {
				match = null;
				diagnostic = diagnose(request);
				failures.add(diagnostic);
			}
			else {
				used[index] = true;
				match = interactions.get(index);
				served.add(new Served(match, request));
			}
		}
		if (match == null) {
			ServerSupport.sendDiagnostic(exchange, diagnostic);
			return;
		}
		RecordedResponse response = match.response();
		Map<String, List<String>> headers = new LinkedHashMap<>();
		response.headers().forEach((name, values) -> {
			if (!NOT_REPLAYED.contains(name.toLowerCase(Locale.ROOT))) {
				headers.put(name, values.stream().map(this::rewrite).toList());
			}
		});
		ServerSupport.send(exchange, response.status(), headers,
				rewrite(response.body()).getBytes(StandardCharsets.UTF_8));
	}

	private int select(ReceivedRequest request) {
		List<Integer> candidates = new ArrayList<>();
		for (int i = 0; i < interactions.size(); i++) {
			RecordedRequest r = interactions.get(i).request();
			if (!used[i] && r.method().equalsIgnoreCase(request.method()) && r.path().equals(request.path())) {
				candidates.add(i);
			}
		}
		if (candidates.isEmpty()) {
			return -1;
		}
		if (candidates.size() > 1) {
			Map<String, List<String>> query = WireFormat.sortedValues(request.queryParameters());
			for (int i : candidates) {
				if (WireFormat.sortedValues(interactions.get(i).request().queryParameters()).equals(query)) {
					return i;
				}
			}
		}
		return candidates.get(0);
	}

	private String diagnose(ReceivedRequest request) {
		StringBuilder sb = new StringBuilder("ReplayServer: no unused recorded interaction matches ")
			.append(request.method())
			.append(' ')
			.append(request.rawPathAndQuery())
			.append(" (matching is by method + decoded path ")
			.append(request.path())
			.append(")");
		sb.append("\nUnused interactions:");
		List<Interaction> unused = unusedInteractions();
		if (unused.isEmpty()) {
			sb.append(" none");
		}
		unused.forEach(i -> sb.append("\n  - ").append(i.describe()));
		return sb.toString();
	}

	private String rewrite(String text) {
		String result = text;
		for (String prefix : rewrites) {
			result = result.replace(prefix, baseUrl());
		}
		return result;
	}

	@Override
	public String toString() {
		return "ReplayServer[" + baseUrl() + ", recordings=" + recordings.stream().map(Recording::name).toList() + "]";
	}

}
