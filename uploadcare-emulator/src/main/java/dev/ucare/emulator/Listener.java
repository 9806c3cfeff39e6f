package dev.ucare.emulator;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;

import tools.jackson.databind.node.ObjectNode;

/**
 * One HTTP listener (upload, rest or cdn): request log, faults, routing and the API's
 * error format.
 */
final class Listener implements HttpHandler {

	/** The error format of an API, and whether browsers call it cross-origin. */
	enum Style {

		UPLOAD(true), REST(false), CDN(true);

		private final boolean browserFacing;

		Style(boolean browserFacing) {
			this.browserFacing = browserFacing;
		}

	}

	private final String name;

	private final Style style;

	private final Router router;

	private final Faults faults;

	private final RequestLog log;

	Listener(String name, Style style, Router router, Faults faults, RequestLog log) {
		this.name = name;
		this.style = style;
		this.router = router;
		this.faults = faults;
		this.log = log;
	}

	@Override
	public void handle(HttpExchange exchange) {
		Call call = new Call(exchange);
		Object entry = log.begin(name, call.method(), call.path(), call.rawQuery(), exchange.getRequestHeaders());
		boolean dropped = false;
		try {
			call.setHeader("X-Uploadcare-Request-Id", UUID.randomUUID().toString());
			if (style.browserFacing) {
				Cors.allowAnyOrigin(call);
			}
			RequestInfo info = new RequestInfo(name, call.method(), call.path(), call.rawQuery());
			Duration delay = faults.latencyFor(info);
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
			FaultRule fault = faults.takeCountedFault(info);
			if (fault != null && fault.kind() == FaultRule.Kind.DROP_CONNECTION) {
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
		finally {
			log.end(entry, call.status(), call.respondedNanos());
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

	private void applyFault(Call call, FaultRule fault) throws IOException {
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
	static final class ConnectionDropped extends RuntimeException {

		ConnectionDropped() {
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
