package dev.ucare.emulator.http;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.sun.net.httpserver.HttpExchange;

import tools.jackson.databind.JsonNode;

import org.jspecify.annotations.Nullable;

/** One HTTP exchange as the emulator's handlers see it. */
public final class Call {

	public static final int MAX_BUFFERED_BODY = 8 * 1024 * 1024;

	private final HttpExchange exchange;

	private final InputStream requestBody;

	private final OutputStream responseBody;

	private final @Nullable String rawQuery;

	private final Map<String, List<String>> query;

	private byte @Nullable [] body;

	private int status;

	private boolean responded;

	private long respondedNanos;

	private @Nullable ResponseStart onResponseStart;

	/** Told a response's status just before its headers go out. */
	@FunctionalInterface
	public interface ResponseStart {

		/**
		 * @param status the response status
		 * @param nanos {@link System#nanoTime()} at the response's start
		 */
		void started(int status, long nanos);

	}

	public Call(HttpExchange exchange, StallGuard guard) {
		this.exchange = exchange;
		this.requestBody = guard.timedReads(exchange.getRequestBody());
		this.responseBody = guard.timedWrites(exchange.getResponseBody());
		this.rawQuery = exchange.getRequestURI().getRawQuery();
		this.query = parseForm(rawQuery);
	}

	public HttpExchange exchange() {
		return exchange;
	}

	public String method() {
		return exchange.getRequestMethod().toUpperCase();
	}

	public String path() {
		return exchange.getRequestURI().getRawPath();
	}

	/** Raw path plus {@code ?query}, exactly as received. */
	public String rawPathAndQuery() {
		return rawQuery == null ? path() : path() + "?" + rawQuery;
	}

	public @Nullable String rawQuery() {
		return rawQuery;
	}

	public Map<String, List<String>> query() {
		return query;
	}

	public @Nullable String queryParam(String name) {
		List<String> values = query.get(name);
		return values == null || values.isEmpty() ? null : values.get(0);
	}

	public @Nullable String header(String name) {
		return exchange.getRequestHeaders().getFirst(name);
	}

	public InputStream bodyStream() {
		return requestBody;
	}

	/** The response body stream (writes are watched for stalls). */
	public OutputStream responseBody() {
		return responseBody;
	}

	/** The whole request body (bounded); cached for repeated reads. */
	public byte[] body() throws IOException {
		byte[] read = body;
		if (read == null) {
			try (InputStream in = requestBody) {
				ByteArrayOutputStream out = new ByteArrayOutputStream();
				byte[] buffer = new byte[16384];
				int n;
				while ((n = in.read(buffer)) > 0) {
					out.write(buffer, 0, n);
					if (out.size() > MAX_BUFFERED_BODY) {
						throw ApiError.requestTooLarge();
					}
				}
				read = out.toByteArray();
				body = read;
			}
		}
		return read;
	}

	public void drainBody() {
		try (InputStream in = requestBody) {
			in.transferTo(OutputStream.nullOutputStream());
		}
		catch (IOException ignored) {
			// the client went away
		}
	}

	public void setHeader(String name, String value) {
		exchange.getResponseHeaders().set(name, value);
	}

	public void respond(int status, @Nullable String contentType, byte @Nullable [] content) throws IOException {
		this.status = status;
		this.responded = true;
		if (contentType != null) {
			setHeader("Content-Type", contentType);
		}
		if (content == null || content.length == 0 || status == 204 || "HEAD".equals(method())) {
			sendHeaders(status, -1);
		}
		else {
			sendHeaders(status, content.length);
			try (OutputStream out = responseBody) {
				out.write(content);
			}
		}
	}

	public void respondJson(int status, JsonNode node, String contentType) throws IOException {
		respond(status, contentType, Json.bytes(node));
	}

	public void respondText(int status, String text) throws IOException {
		respond(status, "text/plain; charset=utf-8", text.getBytes(StandardCharsets.UTF_8));
	}

	/** Streams {@code length} bytes from {@code content} as the response body. */
	public void respondStream(int status, String contentType, long length, InputStream content) throws IOException {
		this.status = status;
		this.responded = true;
		setHeader("Content-Type", contentType);
		sendHeaders(status, length == 0 ? -1 : length);
		try (OutputStream out = responseBody; InputStream in = content) {
			if (length > 0 && !"HEAD".equals(method())) {
				in.transferTo(out);
			}
		}
	}

	public int status() {
		return status;
	}

	/** When the response started ({@code System.nanoTime()}), or 0 before that. */
	public long respondedNanos() {
		return respondedNanos;
	}

	/**
	 * Called with the status just before the response headers are sent, so that whatever
	 * it records is in place before the client can see the response.
	 */
	public void onResponseStart(ResponseStart listener) {
		this.onResponseStart = listener;
	}

	private void sendHeaders(int status, long length) throws IOException {
		respondedNanos = System.nanoTime();
		ResponseStart listener = onResponseStart;
		if (listener != null) {
			listener.started(status, respondedNanos);
		}
		exchange.sendResponseHeaders(status, length);
	}

	public void markStatus(int status) {
		this.status = status;
		this.responded = true;
	}

	public boolean responded() {
		return responded;
	}

	public static Map<String, List<String>> parseForm(@Nullable String raw) {
		Map<String, List<String>> params = new LinkedHashMap<>();
		if (raw == null || raw.isEmpty()) {
			return params;
		}
		for (String pair : raw.split("&")) {
			if (pair.isEmpty()) {
				continue;
			}
			int eq = pair.indexOf('=');
			String key = decode(eq < 0 ? pair : pair.substring(0, eq));
			String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
			params.computeIfAbsent(key, k -> new ArrayList<>()).add(value);
		}
		return params;
	}

	private static String decode(String s) {
		try {
			return URLDecoder.decode(s, StandardCharsets.UTF_8);
		}
		catch (IllegalArgumentException e) {
			return s;
		}
	}

}
