package dev.ucare.testsupport;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MutableClockTest {

	@Test
	void movesOnlyWhenTold() {
		MutableClock clock = new MutableClock(Instant.parse("2024-01-01T00:00:00Z"));

		assertThat(clock.instant()).isEqualTo(Instant.parse("2024-01-01T00:00:00Z"));
		clock.advance(Duration.ofSeconds(90));
		assertThat(clock.instant()).isEqualTo(Instant.parse("2024-01-01T00:01:30Z"));
		clock.set(Instant.parse("2030-06-01T12:00:00Z"));
		assertThat(clock.millis()).isEqualTo(Instant.parse("2030-06-01T12:00:00Z").toEpochMilli());
	}

	@Test
	void tellsUtc() {
		MutableClock clock = new MutableClock(Instant.EPOCH);

		assertThat(clock.getZone()).isEqualTo(ZoneOffset.UTC);
		assertThat(clock.withZone(ZoneOffset.ofHours(2))).isSameAs(clock);
	}

}
