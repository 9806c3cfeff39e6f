package dev.ucare.client.upload;

import java.util.Objects;

import dev.ucare.client.WaitSettings;

/**
 * Options of a from-URL upload: the common {@link UploadOptions} ({@code contentType} is
 * ignored: the server detects it) plus duplicate handling and the wait.
 *
 * @param upload store, metadata, filename, progress, signature
 * @param checkDuplicates sent as {@code check_URL_duplicates}: return an earlier upload
 * of the same URL instead of fetching it again ({@code null}: not sent)
 * @param saveDuplicates sent as {@code save_URL_duplicates}: remember this URL for later
 * duplicate checks ({@code null}: not sent, the server then follows
 * {@code checkDuplicates})
 * @param waitSettings how {@code fromUrl} polls ({@code null}: the client's setting)
 */
public record UrlUploadOptions(UploadOptions upload, Boolean checkDuplicates, Boolean saveDuplicates,
		WaitSettings waitSettings) {

	private static final UrlUploadOptions DEFAULTS = new UrlUploadOptions(UploadOptions.defaults(), null, null, null);

	public UrlUploadOptions {
		upload = upload == null ? UploadOptions.defaults() : upload;
	}

	/** Defaults of {@link UploadOptions}, no duplicate flags, the client's wait. */
	public static UrlUploadOptions defaults() {
		return DEFAULTS;
	}

	/** {@code upload}'s options with no duplicate flags and the client's wait. */
	public static UrlUploadOptions of(UploadOptions upload) {
		return new UrlUploadOptions(Objects.requireNonNull(upload, "upload"), null, null, null);
	}

	/** These options with duplicate checking set. */
	public UrlUploadOptions withDuplicates(Boolean check, Boolean save) {
		return new UrlUploadOptions(upload, check, save, waitSettings);
	}

	/** These options with another wait. */
	public UrlUploadOptions withWait(WaitSettings waitSettings) {
		return new UrlUploadOptions(upload, checkDuplicates, saveDuplicates, waitSettings);
	}
}
