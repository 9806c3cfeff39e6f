package dev.ucare.boot.autoconfigure.uploader;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;

import dev.ucare.client.UploadcareClient;
import dev.ucare.client.upload.UploadSignature;

/**
 * Issues upload signatures for browsers, made by the {@link UploadcareClient} with its
 * secret key. Signatures are shared within windows of half the lifetime: every request in
 * one window gets the same pair, which stays valid for between half and all of the
 * lifetime, so the HMAC is computed once per window.
 */
public final class UploadSignatureIssuer {

	private final UploadcareClient client;

	private final long ttlSeconds;

	private final long windowSeconds;

	private final Clock clock;

	private final AtomicReference<UploadSignature> current = new AtomicReference<>();

	/**
	 * @param client signs with its secret key
	 * @param ttl lifetime of a signature, at least two seconds
	 * @param clock the time source
	 * @throws IllegalStateException when the client has no secret key
	 */
	public UploadSignatureIssuer(UploadcareClient client, Duration ttl, Clock clock) {
		if (!client.hasSecretKey()) {
			throw new IllegalStateException("Signed browser uploads (uploadcare.uploader.signed-uploads=true) need "
					+ "the project's secret key: set uploadcare.secret-key");
		}
		if (ttl == null || ttl.getSeconds() < 2) {
			throw new IllegalArgumentException("uploadcare.uploader.signature.ttl must be at least 2 seconds: " + ttl);
		}
		this.client = client;
		this.ttlSeconds = ttl.getSeconds();
		this.windowSeconds = Math.max(1, ttlSeconds / 2);
		this.clock = clock;
	}

	/** The signature of the current window. */
	public UploadSignature issue() {
		long now = clock.instant().getEpochSecond();
		long expire = now - Math.floorMod(now, windowSeconds) + ttlSeconds;
		UploadSignature cached = current.get();
		if (cached != null && cached.expire() == expire) {
			return cached;
		}
		UploadSignature fresh = client.uploadSignature(expire);
		current.set(fresh);
		return fresh;
	}

	@Override
	public String toString() {
		return "UploadSignatureIssuer[ttl=" + ttlSeconds + "s, window=" + windowSeconds + "s]";
	}

}
