package dev.ucare.client.secure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

import dev.ucare.client.internal.Hashing;

class AkamaiTokenBuilderTest {

	private static final String SECRET = "73636b61519adede42191efe1e73f02a67c7b692e3765f90c250c230be095211";

	private static final String HOST = "cdn.yourdomain.com";

	private static final String UUID = "52da3bfc-7cd8-4861-8b05-126fef7a6994";

	private static final Clock CLOCK = Clock.fixed(Instant.parse("2021-10-12T00:00:00Z"), ZoneOffset.UTC);

	private final AkamaiAclTokenBuilder acl = new AkamaiAclTokenBuilder(HOST, SECRET, Duration.ofSeconds(300), CLOCK);

	private final AkamaiUrlTokenBuilder url = new AkamaiUrlTokenBuilder(HOST, SECRET, Duration.ofSeconds(300), CLOCK);

	@Test
	void aclBareUuid() {
		assertThat(acl.token(UUID)).isEqualTo("exp=1633997100~acl=/" + UUID
				+ "/~hmac=81852547d9dbd9eefd24bee2cada6eab02244b9013533bc8511511923098df72");
	}

	@Test
	void aclUuidWithTransformations() {
		assertThat(acl.token(UUID + "/-/resize/640x/other/transformations/")).isEqualTo("exp=1633997100~acl=/" + UUID
				+ "/-/resize/640x/other/transformations/~hmac=a3ae2b3e3adfcb5d41ca753598e19d17264ac87d2b0b828ccdac5136e63f2f1a");
	}

	@Test
	void aclWildcard() {
		assertThat(acl.token(UUID, true)).isEqualTo("exp=1633997100~acl=/" + UUID
				+ "/*~hmac=b2c7526a29d0588b121aa78bc2b2c9399bfb6e1cad3d95397efed722fdbc5a78");
	}

	@Test
	void urlTokenForFullUrl() {
		assertThat(url.token("https://cdn.yourdomain.com/" + UUID + "/"))
			.isEqualTo("exp=1633997100~hmac=25c485fd7f85c19704013673c80d2a86df1b4241fb44cdfa7b7762cb27ef3f57");
		String message = "exp=1633997100~url=%2f" + UUID + "%2f";
		assertThat(Hashing.hmacHex(Hashing.HMAC_SHA256, Hashing.unhex(SECRET),
				message.getBytes(StandardCharsets.US_ASCII)))
			.isEqualTo("25c485fd7f85c19704013673c80d2a86df1b4241fb44cdfa7b7762cb27ef3f57");
	}

	@Test
	void fullAclUrl() {
		assertThat(acl.url(UUID))
			.isEqualTo(URI.create("https://cdn.yourdomain.com/" + UUID + "/?token=exp=1633997100~acl=/" + UUID
					+ "/~hmac=81852547d9dbd9eefd24bee2cada6eab02244b9013533bc8511511923098df72"));
	}

	@Test
	void aclAcceptsEveryHandleSpelling() {
		String expected = acl.token(UUID);
		assertThat(acl.token("/" + UUID + "/")).isEqualTo(expected);
		assertThat(acl.token("https://ucarecdn.com/" + UUID + "/")).isEqualTo(expected);
		assertThat(acl.token("https://cdn.yourdomain.com/" + UUID + "/?token=old#x")).isEqualTo(expected);
		assertThat(acl.token(UUID + "/-/resize/640x/other/transformations"))
			.isEqualTo(acl.token(UUID + "/-/resize/640x/other/transformations/"));
	}

	@Test
	void aclGroupEscapesTildeInAclOnly() {
		String group = UUID + "~2";
		String token = acl.token(group);
		assertThat(token).startsWith("exp=1633997100~acl=/" + UUID + "%7e2/~hmac=");
		String fields = "exp=1633997100~acl=/" + UUID + "%7e2/";
		assertThat(token).isEqualTo(fields + "~hmac=" + Hashing.hmacHex(Hashing.HMAC_SHA256, Hashing.unhex(SECRET),
				fields.getBytes(StandardCharsets.US_ASCII)));
		assertThat(acl.url("https://ucarecdn.com/" + group + "/nth/0/").toString())
			.startsWith("https://cdn.yourdomain.com/" + group + "/nth/0/?token=exp=1633997100~acl=/" + UUID
					+ "%7e2/nth/0/~hmac=");
		assertThat(acl.url(group, true).toString()).contains("~acl=/" + UUID + "%7e2/*~hmac=");
	}

	@Test
	void urlVariantEscapesLowercaseFormStyle() {
		assertThat(AkamaiTokenSupport.formEncode("/" + UUID + "~1/-/text/a b:c,d/é"))
			.isEqualTo("%2f" + UUID + "%7e1%2f-%2ftext%2fa+b%3ac,d%2f%c3%a9");
		assertThat(AkamaiTokenSupport.formEncode("/x/-/text/80p/%20/")).isEqualTo("%2fx%2f-%2ftext%2f80p%2f%2520%2f");
	}

	@Test
	void urlVariantBareUuidSignsTheUrlPath() {
		URI signed = url.url(UUID);
		assertThat(signed.toString()).startsWith("https://cdn.yourdomain.com/" + UUID + "/?token=exp=1633997100~hmac=");
		assertThat(url.token(UUID)).isEqualTo(url.token("https://cdn.yourdomain.com/" + UUID + "/"));
		assertThat(url.url("https://x.com/" + UUID + "/photo.jpg").toString())
			.startsWith("https://cdn.yourdomain.com/" + UUID + "/photo.jpg?token=");
	}

	@Test
	void urlVariantRejectsWildcard() {
		assertThatThrownBy(() -> url.token(UUID, true)).isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("wildcard")
			.hasMessageContaining(UUID);
		assertThatThrownBy(() -> url.url(UUID, true)).isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void defaultWindowIs300Seconds() {
		assertThat(new AkamaiAclTokenBuilder(HOST, SECRET).window()).isEqualTo(Duration.ofSeconds(300));
		assertThat(new AkamaiUrlTokenBuilder(HOST, SECRET).window()).isEqualTo(Duration.ofSeconds(300));
	}

	@Test
	void expiryFloorsTheClock() {
		Clock late = Clock.fixed(Instant.parse("2021-10-12T00:00:00.999Z"), ZoneOffset.UTC);
		assertThat(new AkamaiAclTokenBuilder(HOST, SECRET, Duration.ofSeconds(300), late).token(UUID))
			.isEqualTo(acl.token(UUID));
	}

	@Test
	void toStringNeverPrintsTheSecret() {
		assertThat(acl.toString()).doesNotContain(SECRET).contains(HOST);
		assertThat(url.toString()).doesNotContain(SECRET);
	}

	@Test
	void rejectsBadConfiguration() {
		assertThatThrownBy(() -> new AkamaiAclTokenBuilder("https://cdn.x.com", SECRET))
			.hasMessageContaining("https://cdn.x.com");
		assertThatThrownBy(() -> new AkamaiAclTokenBuilder(HOST, "abc")).isInstanceOf(IllegalArgumentException.class)
			.hasMessageNotContaining("abc");
		assertThatThrownBy(() -> new AkamaiAclTokenBuilder(HOST, "zz")).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> new AkamaiAclTokenBuilder(HOST, SECRET, Duration.ZERO)).hasMessageContaining("PT0S");
		assertThatThrownBy(() -> acl.token("")).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> acl.token("https://cdn.x.com/")).isInstanceOf(IllegalArgumentException.class);
	}

}
