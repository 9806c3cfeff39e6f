package dev.ucare.boot.autoconfigure.uploader;

import java.time.Duration;
import java.time.Instant;

import dev.ucare.client.UploadcareClient;
import dev.ucare.client.upload.UploadSignature;
import dev.ucare.testsupport.MutableClock;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class UploadSignatureIssuerTests {

	private final UploadcareClient client = UploadcareClient.builder()
		.publicKey("demopublickey")
		.secretKey("demosecretkey")
		.build();

	private final MutableClock clock = new MutableClock(Instant.parse("2023-10-27T00:00:00Z"));

	@Test
	void sharedWithinHalfTheLifetimeAndAlwaysValidForAtLeastHalf() {
		UploadSignatureIssuer issuer = new UploadSignatureIssuer(client, Duration.ofMinutes(30), clock);
		UploadSignature first = issuer.issue();
		long start = clock.instant().getEpochSecond();
		assertThat(first.expire()).isEqualTo(start + 1800);
		assertThat(first).isEqualTo(UploadSignature.create("demosecretkey", first.expire()));

		clock.advance(Duration.ofSeconds(899));
		assertThat(issuer.issue()).isSameAs(first);

		clock.advance(Duration.ofSeconds(1));
		UploadSignature second = issuer.issue();
		assertThat(second.expire()).isEqualTo(start + 900 + 1800);
		assertThat(second.expire() - clock.instant().getEpochSecond()).isBetween(901L, 1800L);
	}

	@Test
	void needsTheSecretKeyAndASensibleLifetime() {
		assertThatIllegalStateException()
			.isThrownBy(() -> new UploadSignatureIssuer(UploadcareClient.builder().publicKey("pk").build(),
					Duration.ofMinutes(1), clock))
			.withMessageContaining("set uploadcare.secret-key");
		assertThatIllegalArgumentException().isThrownBy(() -> new UploadSignatureIssuer(client, Duration.ZERO, clock))
			.withMessageContaining("at least 2 seconds");
		assertThat(new UploadSignatureIssuer(client, Duration.ofMinutes(1), clock).toString())
			.doesNotContain("demosecretkey");
	}

}
