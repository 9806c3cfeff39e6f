package dev.ucare.client.upload;

import java.time.Clock;
import java.time.Duration;

import dev.ucare.client.internal.Arguments;
import dev.ucare.client.internal.Hashing;

/**
 * A signed-upload pair for the Upload API ({@code signature} and {@code expire} form
 * fields):
 * {@code signature = lowercase hex HMAC-SHA256(key = UTF-8 secret key, message = decimal expire)}.
 *
 * @param expire UNIX seconds after which the signature is refused
 * @param signature the lowercase hex HMAC-SHA256
 */
public record UploadSignature(long expire, String signature) {

	/**
	 * @throws IllegalArgumentException when {@code signature} is {@code null}
	 */
	public UploadSignature {
		Arguments.notNull(signature, "signature");
	}

	/**
	 * Signs {@code expireEpochSeconds} with {@code secretKey}.
	 * @throws IllegalArgumentException when the secret key is null or empty or the expiry
	 * is negative
	 */
	public static UploadSignature create(String secretKey, long expireEpochSeconds) {
		Arguments.notEmpty(secretKey, "secretKey");
		if (expireEpochSeconds < 0) {
			throw new IllegalArgumentException("expire must not be negative: " + expireEpochSeconds);
		}
		String expire = Long.toString(expireEpochSeconds);
		return new UploadSignature(expireEpochSeconds, Hashing.hmacHex(Hashing.HMAC_SHA256, secretKey, expire));
	}

	/**
	 * A signature expiring {@code ttl} (whole seconds, at least one) after
	 * {@code clock}'s current second.
	 * @throws IllegalArgumentException when the key is empty, the ttl is shorter than a
	 * second or the clock is null
	 */
	public static UploadSignature forTtl(String secretKey, Duration ttl, Clock clock) {
		Arguments.atLeastOneSecond(ttl, "ttl");
		Arguments.notNull(clock, "clock");
		return create(secretKey, clock.instant().getEpochSecond() + ttl.getSeconds());
	}
}
