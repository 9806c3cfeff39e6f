package dev.ucare.boot.autoconfigure.uploader;

import java.time.Duration;
import java.time.Instant;

import dev.ucare.testsupport.MutableClock;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class UploadSignatureRateLimiterTests {

	private final MutableClock clock = new MutableClock(Instant.parse("2024-01-01T00:00:00Z"));

	@Test
	void limitsEachClientPerWindow() {
		UploadSignatureRateLimiter limiter = new UploadSignatureRateLimiter(3, Duration.ofMinutes(1), clock);
		for (int i = 0; i < 3; i++) {
			assertThat(limiter.acquire("a")).isZero();
		}
		assertThat(limiter.acquire("a")).isEqualTo(60);
		assertThat(limiter.acquire("b")).isZero();
		clock.advance(Duration.ofSeconds(45));
		assertThat(limiter.acquire("a")).isEqualTo(15);
		clock.advance(Duration.ofSeconds(15));
		assertThat(limiter.acquire("a")).isZero();
	}

	@Test
	void forgetsFinishedWindowsWhenFull() {
		UploadSignatureRateLimiter limiter = new UploadSignatureRateLimiter(1, Duration.ofSeconds(1), clock);
		for (int i = 0; i < UploadSignatureRateLimiter.MAX_CLIENTS; i++) {
			limiter.acquire("client-" + i);
		}
		clock.advance(Duration.ofSeconds(1));
		assertThat(limiter.acquire("client-0")).isZero();
		assertThat(limiter.acquire("client-0")).isEqualTo(1);
	}

}
