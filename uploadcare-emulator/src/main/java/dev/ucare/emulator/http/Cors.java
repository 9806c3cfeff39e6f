package dev.ucare.emulator.http;

import java.io.IOException;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Cross-origin rules of the APIs browsers call directly (Upload API and CDN): any origin
 * may call them, preflights are answered on every path (including multipart part URLs)
 * with the path's methods and the headers the browser asked for, and the response headers
 * a browser client reads are exposed.
 */
public final class Cors {

	/**
	 * Response headers browser clients read: throttling, warnings, request ids, ETags.
	 */
	public static final String EXPOSED_HEADERS = "Warning, Retry-After, X-Uploadcare-Request-Id, ETag";

	/** Allowed when a preflight names no headers (what the real Upload API lists). */
	public static final String DEFAULT_ALLOWED_HEADERS = "X-UC-User-Agent, X-PINGOTHER, DNT";

	/** The real Upload API lets browsers cache a preflight for one second. */
	public static final String MAX_AGE_SECONDS = "1";

	private Cors() {
	}

	/** Adds the headers every cross-origin response needs. */
	public static void allowAnyOrigin(Call call) {
		call.setHeader("Access-Control-Allow-Origin", "*");
		call.setHeader("Access-Control-Expose-Headers", EXPOSED_HEADERS);
	}

	/**
	 * Answers an {@code OPTIONS} request: {@code Allow} with the path's methods and, for
	 * a listener browsers call, the CORS preflight headers.
	 * @param methods methods routed for the path (empty when the path is unknown)
	 * @param browserFacing whether the listener answers cross-origin requests
	 */
	public static void answerOptions(Call call, Set<String> methods, boolean browserFacing) throws IOException {
		Set<String> allowed = new LinkedHashSet<>(methods);
		allowed.add("OPTIONS");
		String allow = String.join(", ", allowed);
		call.setHeader("Allow", allow);
		if (browserFacing) {
			allowAnyOrigin(call);
			call.setHeader("Access-Control-Allow-Methods", allow);
			String requested = call.header("Access-Control-Request-Headers");
			call.setHeader("Access-Control-Allow-Headers",
					requested == null || requested.isBlank() ? DEFAULT_ALLOWED_HEADERS : requested);
			call.setHeader("Access-Control-Max-Age", MAX_AGE_SECONDS);
			if ("true".equalsIgnoreCase(call.header("Access-Control-Request-Private-Network"))) {
				// Chromium's Private Network Access: a public page may call the emulator
				// on
				// loopback
				call.setHeader("Access-Control-Allow-Private-Network", "true");
			}
			call.setHeader("Vary", "Origin, Access-Control-Request-Method, Access-Control-Request-Headers");
		}
		call.respond(200, null, null);
	}

}
