package dev.ucare.testsupport;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The clock shows what it was set to, moves only when told, and refuses nulls by name.
 */
class MutableClockTest {

	private static final Instant START = Instant.parse("2026-01-01T00:00:00Z");

	@Test
	void showsItsInstantUntilMovedOrSet() {
		MutableClock clock = new MutableClock(START);
		assertThat(clock.instant()).isEqualTo(START);
		assertThat(clock.millis()).isEqualTo(START.toEpochMilli());
		clock.advance(Duration.ofSeconds(61));
		assertThat(clock.instant()).isEqualTo(START.plusSeconds(61));
		clock.advance(Duration.ofSeconds(-1));
		assertThat(clock.instant()).isEqualTo(START.plusSeconds(60));
		clock.set(START.minusSeconds(5));
		assertThat(clock.instant()).isEqualTo(START.minusSeconds(5));
	}

	@Test
	void staysInUtc() {
		MutableClock clock = new MutableClock(START);
		assertThat(clock.getZone()).isEqualTo(ZoneOffset.UTC);
		assertThat(clock.withZone(ZoneId.of("Europe/Paris"))).isSameAs(clock);
	}

	@Test
	void refusesNullNamingTheParameter() {
		NullArguments.Result result = NullArguments.of(List.of(MutableClock.class))
			.instance(MutableClock.class, new MutableClock(START))
			.sample(Instant.class, () -> START)
			.sample(Duration.class, () -> Duration.ZERO)
			.sample(ZoneId.class, () -> ZoneOffset.UTC)
			.check();
		assertThat(result.failures()).isEmpty();
		assertThat(result.checked()).contains("MutableClock(start)", "MutableClock.advance(duration)",
				"MutableClock.set(instant)", "MutableClock.withZone(zone)");
	}

}
