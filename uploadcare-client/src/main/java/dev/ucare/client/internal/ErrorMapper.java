package dev.ucare.client.internal;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

import dev.ucare.client.UploadcareAuthenticationException;
import dev.ucare.client.UploadcareException;
import dev.ucare.client.UploadcareInvalidRequestException;
import dev.ucare.client.UploadcareNetworkException;
import dev.ucare.client.UploadcareNotFoundException;
import dev.ucare.client.UploadcareThrottledException;
import dev.ucare.client.UploadcareUploadException;

import org.springframework.http.HttpHeaders;
import org.springframework.web.client.ResourceAccessException;

import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * Turns a failed response into the matching {@link UploadcareException}. Understands the
 * REST API's {@code {"detail": ...}} and {@code {"non_field_errors": [...]}} bodies, the
 * Upload API's plain-text bodies and its {@code jsonerrors=1} form {@code {"error":
 * {"content", "status_code", "error_code"}}}.
 */
public final class ErrorMapper {

	public static final String REQUEST_ID = "X-Uploadcare-Request-Id";

	private static final int MAX_DETAIL = 500;

	private ErrorMapper() {
	}

	/** Maps a REST API failure. */
	public static UploadcareException rest(String call, int status, HttpHeaders headers, byte[] body) {
		return typed(call, status, detail(body), headers, false);
	}

	/**
	 * Maps an Upload API failure. Authentication, not-found and throttling errors keep
	 * their specific types; everything else is an {@link UploadcareUploadException}.
	 */
	public static UploadcareException upload(String call, int status, HttpHeaders headers, byte[] body) {
		return typed(call, status, detail(body), headers, true);
	}

	/**
	 * The error an Upload API answer hides in a 200 under {@code jsonerrors=1}, or
	 * {@code null} when the body is not such an error.
	 */
	public static @Nullable UploadcareException uploadJsonError(String call, HttpHeaders headers,
			@Nullable JsonNode body) {
		JsonNode error = body == null ? null : body.get("error");
		if (error == null || !error.isObject()) {
			return null;
		}
		String content = error.path("content").asString();
		return typed(call, error.path("status_code").asInt(400), content.isEmpty() ? null : truncate(content), headers,
				true);
	}

	/**
	 * A failed call's response never arrived (connection refused or reset, read
	 * timeout...). The message names the host and port and every exception of the cause
	 * chain with its message, e.g.
	 * {@code POST /from_url/ failed: no answer from 127.0.0.1:8080: ConnectException (caused by ClosedChannelException)}.
	 */
	public static UploadcareNetworkException network(String call, @Nullable URI target, ResourceAccessException ex) {
		Throwable cause = ex.getCause() != null ? ex.getCause() : ex;
		String where = target == null || target.getHost() == null ? ""
				: " from " + target.getHost() + ":" + port(target);
		return new UploadcareNetworkException(call + " failed: no answer" + where + ": " + describe(cause), ex);
	}

	/**
	 * {@code Class: message (caused by Class: message ...)}, leaving out missing
	 * messages.
	 */
	static String describe(Throwable error) {
		List<String> causes = new ArrayList<>();
		for (Throwable cause = error.getCause(); cause != null && causes.size() < 5; cause = cause.getCause()) {
			causes.add(name(cause));
		}
		return name(error) + (causes.isEmpty() ? "" : " (caused by " + String.join(", caused by ", causes) + ")");
	}

	private static String name(Throwable error) {
		String message = error.getMessage();
		return error.getClass().getSimpleName() + (message == null || message.isBlank() ? "" : ": " + message);
	}

	private static int port(URI target) {
		if (target.getPort() >= 0) {
			return target.getPort();
		}
		return "https".equalsIgnoreCase(target.getScheme()) ? 443 : 80;
	}

	private static UploadcareException typed(String call, int status, @Nullable String detail, HttpHeaders headers,
			boolean upload) {
		String requestId = headers.getFirst(REQUEST_ID);
		String message = call + " failed: HTTP " + status + (detail == null ? "" : " " + detail)
				+ (requestId == null ? "" : " (request id " + requestId + ")");
		return switch (status) {
			case 401, 403 -> new UploadcareAuthenticationException(message, status, detail, requestId);
			case 404 -> new UploadcareNotFoundException(message, status, detail, requestId);
			case 429 ->
				new UploadcareThrottledException(message, detail, requestId, retryAfter(headers, Clock.systemUTC()));
			default -> upload ? new UploadcareUploadException(message, status, detail, requestId)
					: status == 400 || status == 406
							? new UploadcareInvalidRequestException(message, status, detail, requestId)
							: new UploadcareException(message, status, detail, requestId);
		};
	}

	/** Uploadcare's explanation in {@code body}, or {@code null}. */
	static @Nullable String detail(byte @Nullable [] body) {
		if (body == null || body.length == 0) {
			return null;
		}
		String text = new String(body, StandardCharsets.UTF_8).strip();
		if (text.startsWith("{")) {
			try {
				JsonNode node = Json.tree(text.getBytes(StandardCharsets.UTF_8));
				if (node.hasNonNull("detail")) {
					return node.get("detail").asString();
				}
				if (node.path("error").isObject()) {
					return node.get("error").path("content").asString();
				}
				if (node.has("non_field_errors")) {
					return join(node.get("non_field_errors"));
				}
				return truncate(text);
			}
			catch (JacksonException ex) {
				return truncate(text);
			}
		}
		return text.isEmpty() ? null : truncate(text);
	}

	private static String join(JsonNode node) {
		if (!node.isArray()) {
			return node.asString();
		}
		StringBuilder out = new StringBuilder();
		node.forEach(item -> out.append(out.isEmpty() ? "" : "; ").append(item.asString()));
		return out.toString();
	}

	private static String truncate(String text) {
		return text.length() <= MAX_DETAIL ? text : text.substring(0, MAX_DETAIL) + "…";
	}

	/**
	 * {@code Retry-After} as seconds or an HTTP date; {@code null} when absent, malformed
	 * or negative.
	 */
	public static @Nullable Duration retryAfter(HttpHeaders headers, Clock clock) {
		String value = headers.getFirst(HttpHeaders.RETRY_AFTER);
		if (value == null || value.isBlank()) {
			return null;
		}
		value = value.strip();
		try {
			long seconds = Long.parseLong(value);
			return seconds < 0 ? null : Duration.ofSeconds(seconds);
		}
		catch (NumberFormatException notSeconds) {
			try {
				ZonedDateTime at = ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME);
				Duration wait = Duration.between(clock.instant(), at.toInstant());
				return wait.isNegative() ? Duration.ZERO : wait;
			}
			catch (DateTimeParseException notDate) {
				return null;
			}
		}
	}

}
