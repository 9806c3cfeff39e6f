package dev.ucare.client.upload;

import java.time.Duration;

import dev.ucare.client.Store;
import dev.ucare.client.WaitSettings;
import dev.ucare.client.internal.Arguments;

/**
 * How the client uploads.
 *
 * @param multipartThreshold sources of at least this many bytes go multipart; never below
 * {@value #MIN_MULTIPART_SIZE} (the server's minimum for multipart) nor above
 * {@value #MAX_DIRECT_SIZE} (the server's maximum for {@code /base/})
 * @param partSize bytes per multipart part (5 MiB to 5 GiB), sent as {@code part_size}
 * @param concurrency parts of one multipart upload in flight at once
 * @param fileConcurrency sources of one {@code uploadAll} uploaded at once
 * @param signedUploads whether every upload carries a {@code signature}/{@code expire}
 * made from the secret key
 * @param signatureTtl lifetime of those signatures (at least a second)
 * @param fromUrlWait how {@code fromUrl} polls and its overall deadline
 * @param defaultStore store choice of uploads whose {@link UploadOptions} leave it unset
 */
public record UploadSettings(long multipartThreshold, long partSize, int concurrency, int fileConcurrency,
		boolean signedUploads, Duration signatureTtl, WaitSettings fromUrlWait, Store defaultStore) {

	/** The server's smallest multipart upload, 10 MiB. */
	public static final long MIN_MULTIPART_SIZE = 10_485_760L;

	/** The server's largest direct upload, 100 MB. */
	public static final long MAX_DIRECT_SIZE = 100_000_000L;

	/** The server's smallest (and default) part size, 5 MiB. */
	public static final long MIN_PART_SIZE = 5_242_880L;

	/** The server's largest part size, 5 GiB. */
	public static final long MAX_PART_SIZE = 5_368_709_120L;

	/**
	 * Multipart from 10 MiB, 5 MiB parts, 4 parts and 8 files at once, unsigned, 60 s
	 * signatures, store auto.
	 */
	public static final UploadSettings DEFAULTS = new UploadSettings(MIN_MULTIPART_SIZE, MIN_PART_SIZE, 4, 8, false,
			Duration.ofSeconds(60), WaitSettings.DEFAULTS, Store.AUTO);

	public UploadSettings {
		if (multipartThreshold < MIN_MULTIPART_SIZE || multipartThreshold > MAX_DIRECT_SIZE) {
			throw new IllegalArgumentException("multipartThreshold must be between " + MIN_MULTIPART_SIZE + " and "
					+ MAX_DIRECT_SIZE + " bytes, was " + multipartThreshold);
		}
		if (partSize < MIN_PART_SIZE || partSize > MAX_PART_SIZE) {
			throw new IllegalArgumentException(
					"partSize must be between " + MIN_PART_SIZE + " and " + MAX_PART_SIZE + " bytes, was " + partSize);
		}
		if (concurrency < 1 || fileConcurrency < 1) {
			throw new IllegalArgumentException(
					"upload concurrency must be >= 1, was " + concurrency + "/" + fileConcurrency);
		}
		Arguments.atLeastOneSecond(signatureTtl, "signatureTtl");
		if (fromUrlWait == null) {
			throw new IllegalArgumentException("fromUrlWait is required");
		}
		if (defaultStore == null) {
			throw new IllegalArgumentException("defaultStore is required");
		}
	}

	/** These settings with another multipart threshold. */
	public UploadSettings withMultipartThreshold(long bytes) {
		return new UploadSettings(bytes, partSize, concurrency, fileConcurrency, signedUploads, signatureTtl,
				fromUrlWait, defaultStore);
	}

	/** These settings with another part size. */
	public UploadSettings withPartSize(long bytes) {
		return new UploadSettings(multipartThreshold, bytes, concurrency, fileConcurrency, signedUploads, signatureTtl,
				fromUrlWait, defaultStore);
	}

	/** These settings with another number of parts in flight per upload. */
	public UploadSettings withConcurrency(int parts) {
		return new UploadSettings(multipartThreshold, partSize, parts, fileConcurrency, signedUploads, signatureTtl,
				fromUrlWait, defaultStore);
	}

	/**
	 * These settings with another number of files uploaded at once by {@code uploadAll}.
	 */
	public UploadSettings withFileConcurrency(int files) {
		return new UploadSettings(multipartThreshold, partSize, concurrency, files, signedUploads, signatureTtl,
				fromUrlWait, defaultStore);
	}

	/** These settings with signing on or off. */
	public UploadSettings withSignedUploads(boolean signed) {
		return new UploadSettings(multipartThreshold, partSize, concurrency, fileConcurrency, signed, signatureTtl,
				fromUrlWait, defaultStore);
	}

	/** These settings with another signature lifetime. */
	public UploadSettings withSignatureTtl(Duration ttl) {
		return new UploadSettings(multipartThreshold, partSize, concurrency, fileConcurrency, signedUploads,
				Arguments.notNull(ttl, "ttl"), fromUrlWait, defaultStore);
	}

	/** These settings with another from-URL wait. */
	public UploadSettings withFromUrlWait(WaitSettings wait) {
		return new UploadSettings(multipartThreshold, partSize, concurrency, fileConcurrency, signedUploads,
				signatureTtl, Arguments.notNull(wait, "wait"), defaultStore);
	}

	/** These settings with another store choice for uploads that leave it unset. */
	public UploadSettings withDefaultStore(Store store) {
		return new UploadSettings(multipartThreshold, partSize, concurrency, fileConcurrency, signedUploads,
				signatureTtl, fromUrlWait, Arguments.notNull(store, "store"));
	}
}
