package dev.ucare.client.internal;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.Random;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** {@link Hashing}'s HMACs against the RFCs' vectors and the JDK's {@link Mac}. */
class HashingTest {

	private static final HexFormat HEX = HexFormat.of();

	@ParameterizedTest
	@CsvSource(delimiter = '|',
			textBlock = """
					HmacSHA1   | 0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b | 4869205468657265 | b617318655057264e28bc0b6fb378c8ef146be00
					HmacSHA1   | 4a656665 | 7768617420646f2079612077616e7420666f72206e6f7468696e673f | effcdf6ae5eb2fa2d27416d5f184df9c259a7c79
					HmacSHA256 | 0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b | 4869205468657265 | b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7
					HmacSHA256 | 4a656665 | 7768617420646f2079612077616e7420666f72206e6f7468696e673f | 5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843
					""")
	void matchesTheRfcVectors(String algorithm, String key, String message, String expected) {
		assertThat(Hashing.hex(Hashing.hmac(algorithm, HEX.parseHex(key), HEX.parseHex(message)))).isEqualTo(expected);
	}

	@Test
	void keysLongerThanABlockAreHashedFirst() {
		// RFC 4231 test case 6: a 131-byte key
		byte[] key = new byte[131];
		java.util.Arrays.fill(key, (byte) 0xaa);
		byte[] message = "Test Using Larger Than Block-Size Key - Hash Key First".getBytes(StandardCharsets.US_ASCII);
		assertThat(Hashing.hex(Hashing.hmac(Hashing.HMAC_SHA256, key, message)))
			.isEqualTo("60e431591ee0b67f0d8a26aacbf5b77f8e0bc6213728c5140546040f0ee37f54");
	}

	@ParameterizedTest
	@ValueSource(strings = { Hashing.HMAC_SHA1, Hashing.HMAC_SHA256 })
	void agreesWithTheJdksMacForAnyKeyAndMessage(String algorithm) throws Exception {
		Random random = new Random(7);
		for (int i = 0; i < 2_000; i++) {
			byte[] key = new byte[random.nextInt(200)];
			byte[] message = new byte[random.nextInt(300)];
			random.nextBytes(key);
			random.nextBytes(message);
			if (key.length == 0) {
				key = new byte[] { 0 }; // SecretKeySpec refuses an empty key
			}
			Mac mac = Mac.getInstance(algorithm);
			mac.init(new SecretKeySpec(key, algorithm));
			assertThat(Hashing.hmac(algorithm, key, message)).isEqualTo(mac.doFinal(message));
		}
	}

	@Test
	void otherAlgorithmsAreRefused() {
		assertThatThrownBy(() -> Hashing.hmac("HmacMD5", new byte[1], new byte[1]))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("HmacMD5");
	}

}
