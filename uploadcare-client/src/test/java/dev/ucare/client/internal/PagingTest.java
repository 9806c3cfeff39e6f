package dev.ucare.client.internal;

import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.function.Function;
import java.util.stream.Stream;

import dev.ucare.client.Page;
import dev.ucare.client.UploadcareNotFoundException;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;

import tools.jackson.core.type.TypeReference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * When {@link Paging} fetches pages: on demand for a consumer that may stop early, one
 * page ahead for a full traversal, driven step by step through an executor that runs
 * tasks only when told.
 */
class PagingTest {

	private static final RestRequest FIRST = new RestRequest(HttpMethod.GET, "/files/", "limit=2", null, null);

	private static final TypeReference<Page<String>> TYPE = new TypeReference<>() {
	};

	/**
	 * Page bodies by the {@code page} query parameter; page 0 answers the first request.
	 */
	private final List<byte[]> pages = List.of(body(1, "a", "b"), body(2, "c", "d"), body(3, "e", "f"), body(-1, "g"));

	private final List<String> fetched = new ArrayList<>();

	private final List<String> parsed = new ArrayList<>();

	private final Deque<Runnable> tasks = new ArrayDeque<>();

	private final Executor manual = tasks::add;

	private static String link(int page) {
		return "https://api.uploadcare.com/files/?limit=2&page=" + page;
	}

	/** A page as the API writes it: {@code next} first. */
	private static byte[] body(int next, String... items) {
		String json = "{\"next\":" + (next < 0 ? "null" : "\"" + link(next) + "\"")
				+ ",\"previous\":null,\"total\":7,\"per_page\":2,\"results\":[\"" + String.join("\",\"", items)
				+ "\"]}";
		return json.getBytes(StandardCharsets.UTF_8);
	}

	private synchronized byte[] fetch(RestRequest request) {
		String query = request.pathAndQuery();
		fetched.add(query);
		return pages.get(query.contains("page=") ? Integer.parseInt(query.substring(query.indexOf("page=") + 5)) : 0);
	}

	private Page<String> parse(RestRequest request, byte[] body) {
		parsed.add(request.pathAndQuery());
		return RestTransport.read(request, body, TYPE);
	}

	private Stream<String> stream(Function<RestRequest, byte[]> fetch, Executor executor) {
		return Paging.stream(fetch, this::parse, FIRST, executor);
	}

	private void runQueued() {
		while (!tasks.isEmpty()) {
			tasks.poll().run();
		}
	}

	@Test
	void aConsumerThatMayStopEarlyGetsEachPageOnlyWhenItNeedsIt() {
		Iterator<String> items = stream(this::fetch, manual).iterator();
		assertThat(fetched).isEmpty(); // nothing before the first advance
		assertThat(items.next()).isEqualTo("a");
		assertThat(items.next()).isEqualTo("b");
		assertThat(fetched).containsExactly("/files/?limit=2");
		assertThat(tasks).isEmpty(); // nothing read ahead
		assertThat(items.next()).isEqualTo("c");
		assertThat(fetched).containsExactly("/files/?limit=2", "/files/?limit=2&page=1");
		assertThat(tasks).isEmpty();

		fetched.clear();
		assertThat(stream(this::fetch, manual).limit(2).toList()).containsExactly("a", "b");
		assertThat(stream(this::fetch, manual).filter("c"::equals).findFirst()).contains("c");
		assertThat(fetched).containsExactly("/files/?limit=2", "/files/?limit=2", "/files/?limit=2&page=1");
		assertThat(tasks).isEmpty();
	}

	@Test
	void aFullTraversalReadsOnePageAheadAndNoMore() {
		List<String> seen = new ArrayList<>();
		stream(this::fetch, manual).forEach(item -> {
			// item, pages fetched, read-aheads pending when the consumer gets it
			seen.add(item + ":" + fetched.size() + ":" + tasks.size());
			runQueued();
		});
		assertThat(seen).containsExactly("a:1:1", "b:2:0", "c:2:1", "d:3:0", "e:3:1", "f:4:0", "g:4:0");
		// each page is mapped only when the consumer gets to it
		assertThat(parsed).hasSize(4);
	}

	@Test
	void streamsEveryItemInOrderAndStopsAfterTheLastPage() {
		assertThat(stream(this::fetch, Runnable::run).toList()).containsExactly("a", "b", "c", "d", "e", "f", "g");
		assertThat(fetched).hasSize(4);
		assertThat(tasks).isEmpty();
	}

	@Test
	void readAheadRunsOnTheExecutorsThreads() throws Exception {
		List<Thread> threads = new ArrayList<>();
		Executor background = task -> {
			Thread thread = new Thread(task);
			threads.add(thread);
			thread.start();
		};
		assertThat(stream(this::fetch, background).toList()).containsExactly("a", "b", "c", "d", "e", "f", "g");
		assertThat(threads).hasSize(3);
		for (Thread thread : threads) {
			thread.join();
		}
	}

	@Test
	void closingCancelsThePendingReadAhead() {
		Stream<String> stream = stream(this::fetch, manual);
		List<String> seen = new ArrayList<>();
		stream.forEach(item -> {
			seen.add(item);
			if (item.equals("a")) {
				assertThat(tasks).hasSize(1);
				stream.close();
				runQueued(); // the cancelled read-ahead does nothing
			}
		});
		assertThat(fetched).containsExactly("/files/?limit=2");
		assertThat(seen).containsExactly("a", "b"); // the page already read stays
													// readable
		assertThat(tasks).isEmpty();
	}

	@Test
	void aFailedReadAheadIsThrownWhenItsPageIsReached() {
		UploadcareNotFoundException failure = new UploadcareNotFoundException("GET /files/ returned 404", 404, "gone",
				null);
		Iterator<String> items = stream(request -> {
			if (fetch(request) != pages.get(0)) {
				throw failure;
			}
			return pages.get(0);
		}, manual).iterator();
		assertThat(items.next()).isEqualTo("a");
		runQueued();
		assertThat(items.next()).isEqualTo("b"); // not reported early
		assertThatThrownBy(items::hasNext).isSameAs(failure);
	}

	@Test
	void aBodyThatCannotBeMappedFailsAndCancelsItsReadAhead() {
		byte[] broken = "{\"next\":\"https://api.uploadcare.com/files/?page=1\",\"results\":{}}"
			.getBytes(StandardCharsets.UTF_8);
		Stream<String> stream = stream(request -> {
			fetched.add(request.pathAndQuery());
			return broken;
		}, manual);
		assertThatThrownBy(() -> stream.iterator().next()).isInstanceOf(dev.ucare.client.UploadcareException.class);
		runQueued();
		assertThat(fetched).hasSize(1);
	}

	@Test
	void nextLinkIsFoundWhereverItIs() {
		assertThat(Paging.nextLink(body(3, "x"))).isEqualTo(link(3));
		assertThat(Paging.nextLink(body(-1, "x"))).isNull();
		assertThat(Paging.nextLink(
				"{\"results\":[{\"next\":\"inner\"}],\"total\":1,\"next\":\"outer\"}".getBytes(StandardCharsets.UTF_8)))
			.isEqualTo("outer");
		assertThat(Paging.nextLink("{\"next\":\" \"}".getBytes(StandardCharsets.UTF_8))).isNull();
		assertThat(Paging.nextLink("{\"next\":".getBytes(StandardCharsets.UTF_8))).isNull();
		assertThat(Paging.nextLink("[]".getBytes(StandardCharsets.UTF_8))).isNull();
		assertThat(Paging.nextLink(new byte[0])).isNull();
	}

	@Test
	void aLinkThatDiffersFromTheMappedPageIsCorrected() {
		// a duplicate "next": the streaming scan sees the first, the mapped page keeps
		// the last
		byte[] duplicate = ("{\"next\":\"" + link(9) + "\",\"results\":[\"a\"],\"next\":\"" + link(3) + "\"}")
			.getBytes(StandardCharsets.UTF_8);
		Stream<String> stream = stream(request -> {
			fetched.add(request.pathAndQuery());
			return fetched.size() == 1 ? duplicate : pages.get(3);
		}, manual);
		List<String> seen = new ArrayList<>();
		stream.forEach(item -> {
			seen.add(item);
			if (item.equals("a")) {
				// the wrong read-ahead (cancelled) and the right one
				assertThat(tasks).hasSize(2);
				runQueued();
			}
		});
		assertThat(fetched).containsExactly("/files/?limit=2", "/files/?limit=2&page=3");
		assertThat(seen).containsExactly("a", "g");
	}

}
