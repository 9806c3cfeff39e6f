package dev.ucare.client.internal;

import java.util.Collections;
import java.util.Iterator;
import java.util.Objects;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.FutureTask;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

import dev.ucare.client.Page;
import dev.ucare.client.UploadcareException;

import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.type.TypeReference;

/**
 * Lazy streams over cursor-paginated lists. The first page is fetched when the stream is
 * first advanced, and each later page only when the consumer needs its first item, so a
 * consumer that stops early ({@code limit}, {@code findFirst}, {@code anyMatch}, an
 * iterator) never causes a request for a page it does not read.
 *
 * <p>
 * A full traversal ({@code forEach}, {@code toList}, {@code collect}, {@code count}...:
 * Java hands those the whole stream through {@code forEachRemaining}) will need every
 * page, so there the next page is read ahead: when a page's body has arrived, its
 * {@code next} link is picked out with a streaming parser (it is the first field of the
 * APIs' pages, so this reads a few tokens) and the request for the next page is started
 * on a background (daemon) thread while the page is mapped to objects and handed to the
 * consumer. At most one page is requested ahead. Closing the stream cancels a pending
 * read-ahead. A failure of the read-ahead is thrown when the consumer reaches that page,
 * just as if the page had been requested then.
 */
public final class Paging {

	private static final ExecutorService READ_AHEAD = DaemonThreads.cachedPool("uploadcare-paging");

	private Paging() {
	}

	/**
	 * The items of the pages from {@code first} on, each page read as the operation
	 * {@code operation}: a child of the observation (or, with Micrometer Tracing, the
	 * span) current where the page is needed; a page read ahead is a child of the one
	 * current when the previous page was read, its observation started then, on that
	 * thread.
	 */
	public static <T> Stream<T> stream(RestTransport rest, String operation, RestRequest first,
			TypeReference<Page<T>> type) {
		return stream(rest, operation, first, FastReader.none(), type);
	}

	/**
	 * As {@link #stream(RestTransport, String, RestRequest, TypeReference)}, each page
	 * read by {@code fast} when it is sure of the mapper's result.
	 */
	public static <T> Stream<T> stream(RestTransport rest, String operation, RestRequest first,
			FastReader<Page<T>> fast, TypeReference<Page<T>> type) {
		Observations observations = rest.observations();
		return stream((request) -> observations.observe(operation, () -> rest.send(request).body()),
				(request) -> observations.task(operation, () -> rest.send(request).body()),
				(request, body) -> RestTransport.read(request, body, fast, type), first, READ_AHEAD);
	}

	/**
	 * @param fetch sends a page request and returns the body
	 * @param parse maps a body to its page
	 * @param executor runs read-aheads
	 */
	static <T> Stream<T> stream(Function<RestRequest, byte[]> fetch, BiFunction<RestRequest, byte[], Page<T>> parse,
			RestRequest first, Executor executor) {
		return stream(fetch, (request) -> new FutureTask<>(() -> fetch.apply(request)), parse, first, executor);
	}

	private static <T> Stream<T> stream(Function<RestRequest, byte[]> fetch,
			Function<RestRequest, FutureTask<byte[]>> readAhead, BiFunction<RestRequest, byte[], Page<T>> parse,
			RestRequest first, Executor executor) {
		PageSpliterator<T> pages = new PageSpliterator<>(fetch, readAhead, parse, first, executor);
		return StreamSupport.stream(pages, false).onClose(pages::close);
	}

	/**
	 * The {@code next} link of a page body, read with a streaming parser that skips other
	 * fields' values; {@code null} when there is none, or the body cannot be read this
	 * way (the full parse then reports why).
	 */
	static @Nullable String nextLink(byte[] body) {
		try (JsonParser parser = Json.parser(body)) {
			if (parser.nextToken() != JsonToken.START_OBJECT) {
				return null;
			}
			while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
				String name = parser.currentName();
				JsonToken value = parser.nextToken();
				if ("next".equals(name)) {
					// the full parse is compared with this afterwards (a duplicate key
					// would differ)
					return value == JsonToken.VALUE_STRING && !parser.getString().isBlank() ? parser.getString() : null;
				}
				parser.skipChildren();
			}
			return null;
		}
		catch (JacksonException ex) {
			return null;
		}
	}

	private static final class PageSpliterator<T> extends Spliterators.AbstractSpliterator<T> {

		private final Function<RestRequest, byte[]> fetch;

		private final Function<RestRequest, FutureTask<byte[]>> readAheadTask;

		private final BiFunction<RestRequest, byte[], Page<T>> parse;

		private final Executor executor;

		/** The first page's request until it has been sent. */
		private @Nullable RestRequest first;

		/**
		 * The read-ahead of the next page and its link, or {@code null} when there is no
		 * next page.
		 */
		private @Nullable FutureTask<byte[]> ahead;

		private @Nullable String aheadLink;

		private Iterator<T> current = Collections.emptyIterator();

		/**
		 * The next page's link while pages are fetched on demand; {@code null} when there
		 * is none or it is being read ahead.
		 */
		private @Nullable String lazyNext;

		/**
		 * Whether the consumer traverses everything, so that reading ahead wastes
		 * nothing.
		 */
		private boolean readingAhead;

		private boolean closed;

		PageSpliterator(Function<RestRequest, byte[]> fetch, Function<RestRequest, FutureTask<byte[]>> readAheadTask,
				BiFunction<RestRequest, byte[], Page<T>> parse, RestRequest first, Executor executor) {
			super(Long.MAX_VALUE, Spliterator.ORDERED | Spliterator.NONNULL);
			this.fetch = fetch;
			this.readAheadTask = readAheadTask;
			this.parse = parse;
			this.executor = executor;
			this.first = first;
		}

		@Override
		public boolean tryAdvance(Consumer<? super T> action) {
			while (!current.hasNext()) {
				RestRequest request;
				byte[] body;
				if (first != null) {
					request = first;
					first = null;
					body = fetch.apply(request);
				}
				else if (ahead != null && aheadLink != null && !closed) {
					FutureTask<byte[]> task = ahead;
					request = RestTransport.followLink(aheadLink);
					body = await(task);
				}
				else if (lazyNext != null && !closed) {
					String link = lazyNext;
					lazyNext = null;
					request = RestTransport.followLink(link);
					body = fetch.apply(request);
				}
				else {
					return false;
				}
				if (readingAhead) {
					readAhead(nextLink(body));
				}
				Page<T> page;
				try {
					page = parse.apply(request, body);
				}
				catch (RuntimeException ex) {
					cancelReadAhead();
					throw ex;
				}
				String link = page.hasNext() ? page.next() : null;
				if (!readingAhead) {
					lazyNext = link;
				}
				else if (!Objects.equals(link, aheadLink)) {
					cancelReadAhead();
					readAhead(link);
				}
				current = page.results().iterator();
			}
			action.accept(current.next());
			return true;
		}

		/**
		 * The consumer wants every remaining item: read one page ahead from now on.
		 */
		@Override
		public void forEachRemaining(Consumer<? super T> action) {
			if (!readingAhead) {
				readingAhead = true;
				String next = lazyNext;
				lazyNext = null;
				readAhead(next);
			}
			while (tryAdvance(action)) {
				// every item goes to the action
			}
		}

		private void readAhead(@Nullable String link) {
			aheadLink = link;
			if (link == null || closed) {
				ahead = null;
				return;
			}
			FutureTask<byte[]> task = readAheadTask.apply(RestTransport.followLink(link));
			ahead = task;
			try {
				executor.execute(task);
			}
			catch (RejectedExecutionException ex) {
				ahead = null;
				task.cancel(false); // stops its observation
				throw ex;
			}
		}

		private byte[] await(FutureTask<byte[]> task) {
			ahead = null;
			try {
				return task.get();
			}
			catch (InterruptedException ex) {
				task.cancel(true);
				Thread.currentThread().interrupt();
				throw new UploadcareException("Interrupted while waiting for the next page", ex);
			}
			catch (ExecutionException ex) {
				if (ex.getCause() instanceof RuntimeException runtime) {
					throw runtime;
				}
				if (ex.getCause() instanceof Error error) {
					throw error;
				}
				Throwable cause = (ex.getCause() != null) ? ex.getCause() : ex;
				throw new UploadcareException("Reading the next page failed: " + cause, cause);
			}
			catch (CancellationException ex) {
				throw new UploadcareException("Reading the next page was cancelled", ex);
			}
		}

		private void cancelReadAhead() {
			FutureTask<byte[]> pending = ahead;
			ahead = null;
			aheadLink = null;
			if (pending != null) {
				pending.cancel(true);
			}
		}

		void close() {
			closed = true;
			cancelReadAhead();
		}

	}

}
