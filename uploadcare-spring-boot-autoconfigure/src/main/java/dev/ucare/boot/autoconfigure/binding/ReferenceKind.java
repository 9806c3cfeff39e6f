package dev.ucare.boot.autoconfigure.binding;

import java.net.URI;
import java.util.function.BiFunction;
import java.util.function.Function;

import dev.ucare.client.reference.FileReference;
import dev.ucare.client.reference.GroupReference;
import dev.ucare.client.reference.InvalidReferenceException;
import org.jspecify.annotations.Nullable;

/**
 * A kind of reference as form binding and JSON read and write it: parsed from an id or
 * CDN URL and put on the application's CDN base (the posted host is not trusted), printed
 * as its CDN URL.
 *
 * @param <T> the reference type
 * @param type the reference type
 * @param parser parses an id or CDN URL
 * @param rebase the reference on another CDN base
 * @param base the CDN base a reference carries, if any
 */
record ReferenceKind<T>(Class<T> type, Function<String, T> parser, BiFunction<T, URI, T> rebase,
		Function<T, @Nullable URI> base) {

	static final ReferenceKind<FileReference> FILE = new ReferenceKind<>(FileReference.class, FileReference::parse,
			FileReference::withCdnBase, FileReference::cdnBase);

	static final ReferenceKind<GroupReference> GROUP = new ReferenceKind<>(GroupReference.class, GroupReference::parse,
			GroupReference::withCdnBase, GroupReference::cdnBase);

	/**
	 * The reference {@code text} names, on {@code cdnBase}.
	 * @throws InvalidReferenceException naming the bad part
	 */
	T parse(String text, URI cdnBase) {
		return rebase.apply(parser.apply(text), cdnBase);
	}

	/** The CDN URL of {@code reference}, on {@code cdnBase} when it carries no base. */
	String print(T reference, URI cdnBase) {
		return ((base.apply(reference) != null) ? reference : rebase.apply(reference, cdnBase)).toString();
	}

}
