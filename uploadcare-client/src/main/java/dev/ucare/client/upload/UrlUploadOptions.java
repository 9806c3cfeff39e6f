package dev.ucare.client.upload;

import dev.ucare.client.WaitSettings;
import dev.ucare.client.internal.Arguments;

import org.jspecify.annotations.Nullable;

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
public record UrlUploadOptions(UploadOptions upload, @Nullable Boolean checkDuplicates,
		@Nullable Boolean saveDuplicates, @Nullable WaitSettings waitSettings) {

	private static final UrlUploadOptions DEFAULTS = new UrlUploadOptions(UploadOptions.defaults(), null, null, null);

	/** Options; {@code null} upload options read as {@link UploadOptions#defaults()}. */
	public UrlUploadOptions(@Nullable UploadOptions upload, @Nullable Boolean checkDuplicates,
			@Nullable Boolean saveDuplicates, @Nullable WaitSettings waitSettings) {
		this.upload = (upload != null) ? upload : UploadOptions.defaults();
		this.checkDuplicates = checkDuplicates;
		this.saveDuplicates = saveDuplicates;
		this.waitSettings = waitSettings;
	}

	/** Defaults of {@link UploadOptions}, no duplicate flags, the client's wait. */
	public static UrlUploadOptions defaults() {
		return DEFAULTS;
	}

	/** {@code upload}'s options with no duplicate flags and the client's wait. */
	public static UrlUploadOptions of(UploadOptions upload) {
		return new UrlUploadOptions(Arguments.notNull(upload, "upload"), null, null, null);
	}

	/** These options with duplicate checking set. */
	public UrlUploadOptions withDuplicates(@Nullable Boolean check, @Nullable Boolean save) {
		return new UrlUploadOptions(upload, check, save, waitSettings);
	}

	/** These options with another wait ({@code null}: the client's). */
	public UrlUploadOptions withWait(@Nullable WaitSettings waitSettings) {
		return new UrlUploadOptions(upload, checkDuplicates, saveDuplicates, waitSettings);
	}
}
