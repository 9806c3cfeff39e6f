package dev.ucare.boot.autoconfigure.binding;

import java.net.URI;
import java.util.Locale;

import dev.ucare.client.reference.GroupReference;
import dev.ucare.client.reference.InvalidReferenceException;

import org.springframework.format.Formatter;
import org.springframework.util.Assert;

/**
 * Binds {@link GroupReference}s from form fields and request parameters: a group id
 * {@code <uuid>~<N>} or a group CDN URL, as the File Uploader posts it with
 * {@code group-output}. The posted host is not trusted: a bound reference is on the
 * application's CDN base. Printing gives the CDN URL.
 */
public final class GroupReferenceFormatter implements Formatter<GroupReference> {

	private final URI cdnBase;

	/**
	 * @param cdnBase the application's CDN base, e.g. the client's
	 */
	public GroupReferenceFormatter(URI cdnBase) {
		Assert.notNull(cdnBase, "cdnBase must not be null");
		this.cdnBase = cdnBase;
	}

	/**
	 * @throws InvalidReferenceException naming the bad part
	 */
	@Override
	public GroupReference parse(String text, Locale locale) {
		return GroupReference.parse(text).withCdnBase(cdnBase);
	}

	@Override
	public String print(GroupReference reference, Locale locale) {
		return (reference.cdnBase() != null ? reference : reference.withCdnBase(cdnBase)).toString();
	}

}
