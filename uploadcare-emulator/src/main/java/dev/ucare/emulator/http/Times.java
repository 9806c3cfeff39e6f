package dev.ucare.emulator.http;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

/** Date-time formats used on the wire. */
public final class Times {

	private static final DateTimeFormatter REST = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSSSS'Z'")
		.withZone(ZoneOffset.UTC);

	private static final DateTimeFormatter CURSOR = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSSSS'+00:00'")
		.withZone(ZoneOffset.UTC);

	private static final DateTimeFormatter HTTP_DATE = DateTimeFormatter
		.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.US)
		.withZone(ZoneOffset.UTC);

	private static final DateTimeFormatter PY_HTTP_DATE = DateTimeFormatter
		.ofPattern("EEE, dd MMM yyyy, HH:mm:ss 'GMT'", Locale.US)
		.withZone(ZoneOffset.UTC);

	private Times() {
	}

	public static Instant micros(Instant instant) {
		return instant.truncatedTo(ChronoUnit.MICROS);
	}

	public static String rest(Instant instant) {
		return REST.format(instant);
	}

	/** {@link #rest(Instant)}, or {@code null} for {@code null} (a JSON null). */
	public static @Nullable String restOrNull(@Nullable Instant instant) {
		return (instant != null) ? rest(instant) : null;
	}

	public static String cursor(Instant instant) {
		return CURSOR.format(instant);
	}

	public static String httpDate(Instant instant) {
		return HTTP_DATE.format(instant);
	}

	/**
	 * Parses an ISO-8601 cursor such as {@code 2021-10-12T06:55:15.392977+00:00} or
	 * {@code ...Z}.
	 */
	public static @Nullable Instant parseIso(String value) {
		try {
			return OffsetDateTime.parse(value).toInstant();
		}
		catch (DateTimeParseException e) {
			try {
				return java.time.LocalDateTime.parse(value).toInstant(ZoneOffset.UTC);
			}
			catch (DateTimeParseException e2) {
				try {
					return java.time.LocalDate.parse(value).atStartOfDay().toInstant(ZoneOffset.UTC);
				}
				catch (DateTimeParseException e3) {
					return null;
				}
			}
		}
	}

	/**
	 * Parses an HTTP date (RFC 1123, the single-digit-day variant, or pyuploadcare's
	 * comma form); {@code null} when absent or malformed.
	 */
	public static @Nullable Instant parseHttpDate(@Nullable String value) {
		if (value == null) {
			return null;
		}
		for (DateTimeFormatter f : new DateTimeFormatter[] { HTTP_DATE, DateTimeFormatter.RFC_1123_DATE_TIME,
				PY_HTTP_DATE }) {
			try {
				return f.parse(value.trim(), Instant::from);
			}
			catch (DateTimeParseException e) {
				// try next
			}
		}
		return null;
	}

}
