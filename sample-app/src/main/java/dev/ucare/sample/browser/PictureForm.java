package dev.ucare.sample.browser;

import dev.ucare.boot.autoconfigure.validation.UploadcareFile;
import dev.ucare.client.reference.FileReference;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * What the browser upload page posts: a title and the picture the File Uploader put on
 * Uploadcare (posted as its CDN URL, bound to a {@link FileReference}). The server checks
 * the file itself: the uploader's own checks are a convenience a browser can skip.
 *
 * @param title a title for the picture
 * @param picture the uploaded picture: an image of at most 20 MB; a rejected upload is
 * deleted while it is still unstored. An accepted one is stored by the gallery item that
 * keeps it, once the item is committed.
 */
public record PictureForm(@NotBlank @Size(max = 100) String title,
		@NotNull(message = "choose a picture and wait for the upload to finish") @UploadcareFile(imageOnly = true,
				maxSize = "20MB", deleteRejected = true) FileReference picture) {

	/** An empty form. */
	public static PictureForm empty() {
		return new PictureForm("", null);
	}

}
