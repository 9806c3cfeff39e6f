package dev.ucare.emulator.http;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;

import tools.jackson.databind.node.ObjectNode;

/**
 * One HTTP listener (upload, rest or cdn): request log, faults, routing and the API's
 * error format.
 */
public final class Listener implements HttpHandler {

	/** The error format of an API, and whether browsers call it cross-origin. */
	public enum Style {

		UPLOAD(true), REST(false), CDN(true);

		private final boolean browserFacing;

		Style(boolean browserFacing) {
			this.browserFacing = browserFacing;
		}

	}

	private final String name;

	private final Style style;

	private final Router router;

	private final Interceptor interceptor;

	private final StallGuard guard;

	private final int maxHeaderSize;

	public Listener(String name, Style style, Router router, Interceptor interceptor, StallGuard guard,
			int maxHeaderSize) {
		this.name = name;
		this.style = style;
		this.router = router;
		this.interceptor = interceptor;
		this.guard = guard;
		this.maxHeaderSize = maxHeaderSize;
	}

	/** Most header fields in one request (the JDK server's own default limit). */
	public static final int MAX_HEADER_FIELDS = 200;

	@Override
	public void handle(HttpExchange exchange) {
		guard.handlerStarted();
		Call call = new Call(exchange, guard);
		Object entry = interceptor.begin(name, call.method(), call.path(), call.rawQuery(),
				exchange.getRequestHeaders());
		// the entry is complete before the client can have its response
		call.onResponseStart((status, nanos) -> interceptor.end(entry, status, nanos));
		boolean dropped = false;
		try {
			if (headersTooLarge(exchange)) {
				// the body is not read: the connection closes after the answer
				call.setHeader("Connection", "close");
				respondError(call,
						new ApiError(431, "Request header fields too large.", "RequestHeaderFieldsTooLargeError"));
				return;
			}
			call.setHeader("X-Uploadcare-Request-Id", UUID.randomUUID().toString());
			if (style.browserFacing) {
				Cors.allowAnyOrigin(call);
			}
			Duration delay = interceptor.latency(name, call.method(), call.path(), call.rawQuery());
			if (!delay.isZero() && !delay.isNegative()) {
				Thread.sleep(delay.toMillis(), (int) (delay.toNanosPart() % 1_000_000));
			}
			if ("OPTIONS".equals(call.method())) {
				// preflights never consume counted faults: those are meant for the
				// request that
				// follows
				answerOptions(call);
				return;
			}
			Interceptor.InjectedFault fault = interceptor.takeFault(name, call.method(), call.path(), call.rawQuery());
			if (fault != null && fault.kind() == Interceptor.InjectedFault.Kind.DROP_CONNECTION) {
				dropped = true;
				dropConnection(call);
			}
			else if (fault != null) {
				applyFault(call, fault);
			}
			else {
				router.dispatch(call);
			}
		}
		catch (ApiError e) {
			call.drainBody();
			respondError(call, e);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
		catch (IOException e) {
			// client went away
		}
		catch (RuntimeException e) {
			call.drainBody();
			respondError(call, new ApiError(500, "Internal server error: " + e, "InternalError"));
		}
		catch (OutOfMemoryError e) {
			// answer rather than leave the client waiting; the request's state is dropped
			call.setHeader("Connection", "close");
			respondError(call,
					new ApiError(503,
							"The emulator is out of memory. Delete files, reset() it, lower its memory budget "
									+ "or give its JVM more heap (-Xmx).",
							"OutOfMemoryError"));
		}
		finally {
			if (call.respondedNanos() == 0) {
				// no response (a dropped connection sends its headers itself)
				interceptor.end(entry, call.status(), 0);
			}
			if (!dropped) {
				exchange.close();
			}
		}
		if (dropped) {
			// an exception escaping the handler makes the JDK server close the socket
			// mid-body
			throw new ConnectionDropped();
		}
	}

	/**
	 * Whether the request line and headers exceed the emulator's limits (size in bytes as
	 * sent, number of fields).
	 */
	private boolean headersTooLarge(HttpExchange exchange) {
		long size = exchange.getRequestMethod().length() + exchange.getRequestURI().toString().length() + 12;
		int fields = 0;
		for (Map.Entry<String, List<String>> header : exchange.getRequestHeaders().entrySet()) {
			for (String value : header.getValue()) {
				size += header.getKey().length() + value.length() + 4;
				fields++;
			}
		}
		return size > maxHeaderSize || fields > MAX_HEADER_FIELDS;
	}

	private void answerOptions(Call call) throws IOException {
		call.drainBody();
		java.util.Set<String> methods = router.methodsFor(call.path());
		if (methods.isEmpty()) {
			if (!style.browserFacing) {
				throw ApiError.notFound();
			}
			methods = router.allMethods();
		}
		Cors.answerOptions(call, methods, style.browserFacing);
	}

	private void applyFault(Call call, Interceptor.InjectedFault fault) throws IOException {
		call.drainBody();
		switch (fault.kind()) {
			case THROTTLE -> {
				call.setHeader("Retry-After", Integer.toString(fault.retryAfterSeconds()));
				String message = style == Style.REST
						? "Request was throttled. Expected available in " + fault.retryAfterSeconds() + " seconds."
						: "Request was throttled.";
				respondError(call, new ApiError(429, message, "RequestThrottledError"));
			}
			case FAIL -> respondError(call,
					new ApiError(fault.status(),
							fault.status() == 503 ? "Service temporarily unavailable." : "Emulated failure.",
							"EmulatedFailure"));

			default -> throw new IllegalStateException(fault.kind().name());
		}
	}

	/**
	 * Announces a body, sends part of it, and closes the connection underneath the
	 * response.
	 */
	private static void dropConnection(Call call) throws IOException {
		byte[] partial = "{\"partial\":".getBytes(StandardCharsets.UTF_8);
		call.setHeader("Content-Type", "application/json");
		call.exchange().sendResponseHeaders(200, 4096);
		call.markStatus(0);
		OutputStream out = call.exchange().getResponseBody();
		out.write(partial);
		out.flush();
	}

	/** Thrown out of the handler on purpose so the server closes the connection. */
	public static final class ConnectionDropped extends RuntimeException {

		public ConnectionDropped() {
			super("connection dropped by fault injection", null, false, false);
		}

	}

	private void respondError(Call call, ApiError e) {
		if (call.responded()) {
			return;
		}
		try {
			switch (style) {
				case UPLOAD -> {
					if ("1".equals(call.queryParam("jsonerrors"))) {
						ObjectNode body = Json.object();
						ObjectNode error = body.putObject("error");
						error.put("content", e.getMessage());
						error.put("status_code", e.status());
						error.put("error_code", e.errorCode());
						call.respondJson(200, body, "application/json");
					}
					else {
						call.respondText(e.status(), e.getMessage());
					}
				}
				case REST -> {
					if ("FIELD".equals(e.errorCode())) {
						call.respond(e.status(), "application/json", e.getMessage().getBytes(StandardCharsets.UTF_8));
					}
					else {
						ObjectNode body = Json.object();
						body.put("detail", e.getMessage());
						call.respondJson(e.status(), body, "application/json");
					}
				}
				case CDN -> call.respondText(e.status(), e.getMessage());
				default -> throw new IllegalStateException();
			}
		}
		catch (IOException ignored) {
			// client went away
		}
	}

}
