package dev.ucare.client.internal;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

class UtcDateTimesTest {

	/** Jackson's own deserializer, as the client used before the fast path. */
	private static final JsonMapper STANDARD = JsonMapper.builder().build();

	private record Holder(OffsetDateTime at) {
	}

	private static OffsetDateTime viaClient(String text) {
		return Json.mapper().readValue("{\"at\":\"" + text + "\"}", Holder.class).at();
	}

	private static OffsetDateTime viaStandard(String text) {
		return STANDARD.readValue("{\"at\":\"" + text + "\"}", Holder.class).at();
	}

	@Test
	void parsesTheServersForms() {
		assertThat(UtcDateTimes.parse("2021-09-29T13:47:47.840857Z"))
			.isEqualTo(OffsetDateTime.of(2021, 9, 29, 13, 47, 47, 840_857_000, ZoneOffset.UTC));
		assertThat(UtcDateTimes.parse("2021-09-29T13:47:47.840857+00:00"))
			.isEqualTo(OffsetDateTime.of(2021, 9, 29, 13, 47, 47, 840_857_000, ZoneOffset.UTC));
		assertThat(UtcDateTimes.parse("2021-09-29T13:47:47Z"))
			.isEqualTo(OffsetDateTime.of(2021, 9, 29, 13, 47, 47, 0, ZoneOffset.UTC));
		assertThat(UtcDateTimes.parse("2021-09-29T13:47:47+00:00"))
			.isEqualTo(OffsetDateTime.of(2021, 9, 29, 13, 47, 47, 0, ZoneOffset.UTC));
		assertThat(UtcDateTimes.parse("2021-09-29T13:47:47.1Z").getNano()).isEqualTo(100_000_000);
		assertThat(UtcDateTimes.parse("2021-09-29T13:47:47.123456789Z").getNano()).isEqualTo(123_456_789);
		assertThat(UtcDateTimes.parse("2021-09-29T13:47:47.000000001+00:00").getNano()).isEqualTo(1);
		assertThat(UtcDateTimes.parse("2024-02-29T23:59:59.999Z").getOffset()).isEqualTo(ZoneOffset.UTC);
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "2021-09-29", "2021-09-29T13:47", "2021-09-29T13:47:47", "2021-09-29 13:47:47Z",
			"2021-09-29T13:47:47.Z", "2021-09-29T13:47:47.1234567890Z", "2021-09-29T13:47:47+01:00",
			"2021-09-29T13:47:47-00:00", "2021-09-29T13:47:47+0000", "2021-09-29T13:47:47z", "2021-09-29T13:47:47ZZ",
			"2021-13-29T13:47:47Z", "2021-02-30T13:47:47Z", "2021-09-29T24:00:00Z", "2021-09-29T23:59:60Z",
			"2021-09-2xT13:47:47Z", "+2021-09-29T13:47:47Z", "12021-09-29T13:47:47Z", "2021-09-29T13:47:47.12a4Z",
			"2021-09-29T13:47:47.840857+00:00 ", "2021-09-29T1３:47:47Z" })
	void leavesEveryOtherFormToJackson(String text) {
		assertThat(UtcDateTimes.parse(text)).isNull();
	}

	/**
	 * Same value, or the same failure, as Jackson's own deserializer: valid, lenient and
	 * invalid inputs alike.
	 */
	@ParameterizedTest
	@ValueSource(strings = { "2021-09-29T13:47:47.840857Z", "2021-09-29T13:47:47.840857+00:00", "2021-09-29T13:47:47Z",
			"2021-09-29T13:47:47+00:00", "2021-09-29T13:47:47.5Z", "2021-09-29T13:47:47+01:00",
			"2021-09-29T13:47:47.840857-05:30", "2021-09-29T13:47:47.123456789+14:00", "2000-01-01T00:00:00Z",
			"9999-12-31T23:59:59.999999999Z", "2021-09-29T13:47:47.1234567890Z", "2021-02-30T13:47:47Z",
			"2021-09-29T24:00:00Z", "not a date", "2021-09-29T13:47:47.Z", "2021-09-29T13:47", "2021-09-29T13:47:47z",
			"2021-09-29T13:47:47", "" })
	void readsExactlyWhatJacksonReads(String text) {
		Object standard;
		try {
			standard = viaStandard(text);
		}
		catch (JacksonException ex) {
			standard = ex.getClass();
		}
		Object client;
		try {
			client = viaClient(text);
		}
		catch (JacksonException ex) {
			client = ex.getClass();
		}
		assertThat(client).isEqualTo(standard);
	}

	@Test
	void nullsAndNumbersGoThroughJackson() {
		assertThat(Json.mapper().readValue("{\"at\":null}", Holder.class).at()).isNull();
		assertThat(Json.mapper().readValue("{\"at\":1632923267.5}", Holder.class).at())
			.isEqualTo(STANDARD.readValue("{\"at\":1632923267.5}", Holder.class).at());
	}

	@Test
	void agreesWithJacksonOnRandomInstants() {
		Random random = new Random(42);
		DateTimeFormatter[] forms = { DateTimeFormatter.ISO_INSTANT, DateTimeFormatter.ISO_OFFSET_DATE_TIME };
		for (int i = 0; i < 2000; i++) {
			Instant instant = Instant.ofEpochSecond(random.nextInt(Integer.MAX_VALUE),
					random.nextBoolean() ? 0 : random.nextInt(1_000_000_000));
			if (random.nextBoolean()) {
				instant = instant.truncatedTo(java.time.temporal.ChronoUnit.MICROS);
			}
			String text = forms[i % 2].format(instant.atOffset(ZoneOffset.UTC));
			if (i % 2 == 1) {
				text = text.replace("Z", "+00:00");
			}
			OffsetDateTime fast = UtcDateTimes.parse(text);
			assertThat(fast).as(text).isNotNull().isEqualTo(viaStandard(text));
			assertThat(fast.toInstant()).isEqualTo(instant);
			assertThat(viaClient(text)).isEqualTo(fast);
		}
	}

}
