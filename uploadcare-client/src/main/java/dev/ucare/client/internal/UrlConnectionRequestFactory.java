package dev.ucare.client.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.net.HttpRetryException;
import java.net.HttpURLConnection;
import java.net.URI;
import java.net.URLConnection;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.client.AbstractStreamingClientHttpRequest;
import org.springframework.http.client.ClientHttpRequest;
import org.springframework.http.client.ClientHttpRequestFactory;
import org.springframework.http.client.ClientHttpResponse;

/**
 * The client's default request factory, on the JDK's {@link HttpURLConnection}: blocking
 * I/O on the calling thread, connections kept alive by the JDK. Chosen over the JDK's
 * {@code HttpClient} for what the client does most (benchmarks/README.md):
 * <ul>
 * <li>Request bodies go from the writer to the socket with no copy: a streamed upload
 * allocates nothing per chunk (Spring's {@code JdkClientHttpRequestFactory} copies every
 * write into a new buffer and hands it to another thread).</li>
 * <li>A response is read on the calling thread, with no hand-over between threads.</li>
 * <li>Nothing of TLS is loaded for {@code http://} URLs (an emulator's); for
 * {@code https://} the JVM's default TLS set-up is made once, on the first such request
 * (the JDK's {@code HttpClient} loads the trust store whenever one is built).</li>
 * </ul>
 * Behaviour: bodies are always streamed ({@code Content-Length} when known, else
 * chunked), so the JDK never replays a request on its own (it would replay a buffered
 * POST whose connection dropped); a POST or PUT without a body sends
 * {@code Content-Length: 0}; redirects are not followed (as with the JDK's
 * {@code HttpClient}); system proxy settings apply; {@code PATCH} is not supported
 * (Uploadcare's APIs use none). A blocked exchange is aborted, its connection closed,
 * when the factory is closed or when the thread running it is one of the client's pool
 * threads ({@link DaemonThreads}) and is interrupted, e.g. by cancelling an upload's
 * future. Thread-safe.
 */
public final class UrlConnectionRequestFactory implements ClientHttpRequestFactory, AutoCloseable {

	/** Chunk size of bodies of unknown length. */
	private static final int CHUNK = 64 * 1024;

	private final int connectTimeout;

	private final int readTimeout;

	/** Exchanges in progress, aborted by {@link #close()}. */
	private final Set<HttpURLConnection> inFlight = ConcurrentHashMap.newKeySet();

	private volatile boolean closed;

	/**
	 * @param connectTimeout how long establishing a connection may take
	 * @param readTimeout how long a read may wait for data
	 */
	public UrlConnectionRequestFactory(Duration connectTimeout, Duration readTimeout) {
		this.connectTimeout = millis(connectTimeout);
		this.readTimeout = millis(readTimeout);
	}

	private static int millis(Duration timeout) {
		return (int) Math.max(1, Math.min(Integer.MAX_VALUE, timeout.toMillis()));
	}

	@Override
	public ClientHttpRequest createRequest(URI uri, HttpMethod method) throws IOException {
		URLConnection opened = uri.toURL().openConnection();
		if (!(opened instanceof HttpURLConnection connection)) {
			throw new IOException("Not an HTTP URL: " + uri);
		}
		connection.setConnectTimeout(connectTimeout);
		connection.setReadTimeout(readTimeout);
		connection.setInstanceFollowRedirects(false);
		connection.setUseCaches(false);
		connection.setDoInput(true);
		connection.setRequestMethod(method.name());
		return new Request(connection, method, uri);
	}

	/**
	 * Aborts the exchanges in progress (their calls fail with an I/O error) and refuses
	 * new ones.
	 */
	@Override
	public void close() {
		closed = true;
		for (HttpURLConnection connection : List.copyOf(inFlight)) {
			connection.disconnect();
		}
	}

	/**
	 * Connects, registered first as in flight (and with the thread's abort action), and
	 * checked afterwards, so that a close or interrupt at any moment aborts the exchange.
	 */
	private void connect(HttpURLConnection connection) throws IOException {
		inFlight.add(connection);
		Thread thread = Thread.currentThread();
		if (thread instanceof DaemonThreads.AbortableThread abortable) {
			abortable.onInterrupt(connection::disconnect);
		}
		connection.connect();
		if (closed || thread.isInterrupted()) {
			connection.disconnect();
			throw new InterruptedIOException(closed ? "The request factory is closed" : "Interrupted");
		}
	}

	private void end(HttpURLConnection connection) {
		inFlight.remove(connection);
		if (Thread.currentThread() instanceof DaemonThreads.AbortableThread abortable) {
			abortable.onInterrupt(null);
		}
	}

	/** Why an exchange failed when it was aborted, else {@code failure} itself. */
	private IOException aborted(IOException failure) {
		boolean interrupted = Thread.currentThread().isInterrupted();
		if (!closed && !interrupted) {
			return failure;
		}
		InterruptedIOException aborted = new InterruptedIOException(
				closed ? "Aborted: the request factory was closed" : "Aborted: the thread was interrupted");
		aborted.initCause(failure);
		return aborted;
	}

	private static boolean mayHaveBody(HttpMethod method) {
		return method == HttpMethod.POST || method == HttpMethod.PUT || method == HttpMethod.PATCH;
	}

	private final class Request extends AbstractStreamingClientHttpRequest {

		private final HttpURLConnection connection;

		private final HttpMethod method;

		private final URI uri;

		Request(HttpURLConnection connection, HttpMethod method, URI uri) {
			this.connection = connection;
			this.method = method;
			this.uri = uri;
		}

		@Override
		public HttpMethod getMethod() {
			return method;
		}

		@Override
		public URI getURI() {
			return uri;
		}

		@Override
		protected ClientHttpResponse executeInternal(HttpHeaders headers, @Nullable Body body) throws IOException {
			boolean sends = body != null || mayHaveBody(method);
			// An empty PUT goes unstreamed, so that the JDK reads a 401's answer
			// (it drops the answer to a streamed body); the JDK may then send it
			// again on a dropped connection, which an idempotent PUT allows.
			boolean streamed = body != null || method != HttpMethod.PUT;
			if (sends) {
				connection.setDoOutput(true);
				long length = (body != null) ? headers.getContentLength() : 0;
				if (streamed && length >= 0) {
					connection.setFixedLengthStreamingMode(length);
				}
				else if (streamed) {
					connection.setChunkedStreamingMode(CHUNK);
				}
			}
			headers.forEach((name, values) -> {
				if (HttpHeaders.CONTENT_LENGTH.equalsIgnoreCase(name)) {
					return; // set by the streaming mode
				}
				if (HttpHeaders.COOKIE.equalsIgnoreCase(name)) {
					connection.setRequestProperty(name, String.join("; ", values));
					return;
				}
				for (String value : values) {
					connection.addRequestProperty(name, (value != null) ? value : "");
				}
			});
			if (headers.getFirst(HttpHeaders.ACCEPT) == null) {
				connection.setRequestProperty(HttpHeaders.ACCEPT, "*/*");
			}
			boolean answered = false;
			try {
				connect(connection);
				if (sends) {
					try (OutputStream out = connection.getOutputStream()) {
						if (body != null) {
							body.writeTo(out);
						}
					}
				}
				int status;
				try {
					status = connection.getResponseCode();
				}
				catch (HttpRetryException ex) {
					// a 401 or 407 to a streamed body: the JDK drops
					// the answer and says so
					status = ex.responseCode();
					if (status <= 0) {
						throw ex;
					}
					answered = true;
					end(connection);
					return new Response(connection, status, false);
				}
				answered = true;
				return new Response(connection, status, true);
			}
			catch (IOException ex) {
				throw aborted(ex);
			}
			finally {
				if (!answered) {
					end(connection);
				}
			}
		}

	}

	private final class Response implements ClientHttpResponse {

		private final HttpURLConnection connection;

		private final int status;

		/**
		 * Whether the connection holds the answer's body: not for a 401 or 407 to a
		 * streamed body, which the JDK drops (keeping the status and headers).
		 */
		private final boolean readable;

		private @Nullable HttpHeaders headers;

		private @Nullable InputStream body;

		private boolean closed;

		Response(HttpURLConnection connection, int status, boolean readable) {
			this.connection = connection;
			this.status = status;
			this.readable = readable;
		}

		@Override
		public HttpStatusCode getStatusCode() {
			return HttpStatusCode.valueOf(status);
		}

		@Override
		public String getStatusText() throws IOException {
			String message = readable ? connection.getResponseMessage() : null;
			return (message != null) ? message : "";
		}

		@Override
		public HttpHeaders getHeaders() {
			if (headers == null) {
				headers = new HttpHeaders();
				// by index: getHeaderFields() reverses repeated headers
				for (int i = 0;; i++) {
					String name = connection.getHeaderFieldKey(i);
					String value = connection.getHeaderField(i);
					if (name == null && value == null) {
						break;
					}
					if (name != null && !name.isEmpty()) {
						headers.add(name, value);
					}
				}
			}
			return headers;
		}

		@Override
		public InputStream getBody() throws IOException {
			if (body == null) {
				InputStream stream;
				try {
					stream = !readable ? null
							: (status >= 400) ? connection.getErrorStream() : connection.getInputStream();
				}
				catch (IOException ex) {
					throw aborted(ex);
				}
				body = (stream != null) ? stream : InputStream.nullInputStream();
			}
			return body;
		}

		/**
		 * Reads what is left of the body, so that the connection can serve another
		 * request, and ends the exchange.
		 */
		@Override
		public void close() {
			if (closed) {
				return;
			}
			closed = true;
			try {
				InputStream stream = getBody();
				if (stream.read() >= 0) {
					stream.transferTo(OutputStream.nullOutputStream());
				}
				stream.close();
			}
			catch (IOException ex) {
				// the connection is not reused
			}
			finally {
				end(connection);
			}
		}

	}

}
