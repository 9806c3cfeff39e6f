package dev.ucare.client.upload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UploadSignatureTest {

	@ParameterizedTest
	@CsvSource({ "demosecretkey, 1632470819, 50af003e37631a54ec45a10ff21a57e8d8b1b73432597592a877a8c5bfee4eec",
			"demosecretkey, 1664928854, 10fadd69d3a3609ec0bc9c97325b4855543068ee5f3857138ac107283f20cc10",
			"demosecretkey, 1698364860, bf659caf5e081da589634770a84494fdb310d117be6f3f7b8e9842abf2997695",
			"demosecretkey, 60, 7d2e71d1843788a02d0c7fe6f5d71edf657363a369112e78d4f37ace3f884b00",
			"YOUR_SECRET_KEY, 1678361640, 93b69d086a487fbdfc36172b96a5d7f5afa7cb209e43e5f25890bc037e638584" })
	void vectors(String secret, long expire, String signature) {
		assertThat(UploadSignature.create(secret, expire)).isEqualTo(new UploadSignature(expire, signature));
	}

	@Test
	void ttlFromFrozenClock() {
		Clock clock = Clock.fixed(Instant.parse("2023-10-27T00:00:00Z"), ZoneOffset.UTC);
		assertThat(UploadSignature.forTtl("demosecretkey", Duration.ofSeconds(60), clock)).isEqualTo(
				new UploadSignature(1698364860L, "bf659caf5e081da589634770a84494fdb310d117be6f3f7b8e9842abf2997695"));
	}

	@Test
	void ttlFloorsToWholeSeconds() {
		Clock clock = Clock.fixed(Instant.parse("2023-03-09T11:04:00.999Z"), ZoneOffset.UTC);
		assertThat(UploadSignature.forTtl("YOUR_SECRET_KEY", Duration.ofMinutes(30), clock).signature())
			.isEqualTo("93b69d086a487fbdfc36172b96a5d7f5afa7cb209e43e5f25890bc037e638584");
	}

	@Test
	void rejectsBadInput() {
		Clock clock = Clock.systemUTC();
		assertThatThrownBy(() -> UploadSignature.create("", 1)).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> UploadSignature.create("k", -1)).hasMessageContaining("-1");
		assertThatThrownBy(() -> UploadSignature.forTtl("k", Duration.ZERO, clock)).hasMessageContaining("PT0S");
	}

}
