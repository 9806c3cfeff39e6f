package dev.ucare.boot.autoconfigure.binding;

import java.net.URI;
import java.util.Locale;

import dev.ucare.client.reference.FileReference;
import dev.ucare.client.reference.InvalidReferenceException;

import org.springframework.format.Formatter;
import org.springframework.util.Assert;

/**
 * Binds {@link FileReference}s from form fields and request parameters: a UUID or any CDN
 * URL, as the File Uploader posts it. The posted host is not trusted: a bound reference
 * keeps the UUID, operations and filename on the application's CDN base. Printing gives
 * the CDN URL.
 */
public final class FileReferenceFormatter implements Formatter<FileReference> {

	private final URI cdnBase;

	/**
	 * @param cdnBase the application's CDN base, e.g. the client's
	 */
	public FileReferenceFormatter(URI cdnBase) {
		Assert.notNull(cdnBase, "cdnBase must not be null");
		this.cdnBase = cdnBase;
	}

	/**
	 * @throws InvalidReferenceException naming the bad part
	 */
	@Override
	public FileReference parse(String text, Locale locale) {
		return FileReference.parse(text).withCdnBase(cdnBase);
	}

	@Override
	public String print(FileReference reference, Locale locale) {
		return (reference.cdnBase() != null ? reference : reference.withCdnBase(cdnBase)).toString();
	}

}
