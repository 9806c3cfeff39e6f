package dev.ucare.boot.autoconfigure.binding;

import java.net.URI;

import dev.ucare.client.reference.FileReference;

/**
 * Binds {@link FileReference}s from form fields and request parameters: a UUID or any CDN
 * URL, as the File Uploader posts it. The posted host is not trusted: a bound reference
 * keeps the UUID, operations and filename on the application's CDN base. Printing gives
 * the CDN URL.
 */
public final class FileReferenceFormatter extends RebasingFormatter<FileReference> {

	/**
	 * @param cdnBase the application's CDN base, e.g. the client's
	 */
	public FileReferenceFormatter(URI cdnBase) {
		super(cdnBase, ReferenceKind.FILE);
	}

}
