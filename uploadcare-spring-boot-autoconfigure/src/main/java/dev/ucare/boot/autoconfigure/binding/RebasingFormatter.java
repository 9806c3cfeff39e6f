package dev.ucare.boot.autoconfigure.binding;

import java.net.URI;
import java.util.Locale;

import dev.ucare.client.reference.InvalidReferenceException;

import org.springframework.format.Formatter;
import org.springframework.util.Assert;

/**
 * The formatter of one {@link ReferenceKind}: binds on the application's CDN base, prints
 * the CDN URL.
 *
 * @param <T> the reference type
 */
abstract sealed class RebasingFormatter<T> implements Formatter<T>
		permits FileReferenceFormatter, GroupReferenceFormatter {

	private final URI cdnBase;

	private final ReferenceKind<T> kind;

	RebasingFormatter(URI cdnBase, ReferenceKind<T> kind) {
		Assert.notNull(cdnBase, "cdnBase must not be null");
		this.cdnBase = cdnBase;
		this.kind = kind;
	}

	/**
	 * @throws InvalidReferenceException naming the bad part
	 */
	@Override
	public T parse(String text, Locale locale) {
		return kind.parse(text, cdnBase);
	}

	@Override
	public String print(T reference, Locale locale) {
		return kind.print(reference, cdnBase);
	}

}
