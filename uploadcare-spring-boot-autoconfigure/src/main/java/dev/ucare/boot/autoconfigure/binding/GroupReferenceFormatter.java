package dev.ucare.boot.autoconfigure.binding;

import java.net.URI;

import dev.ucare.client.reference.GroupReference;

/**
 * Binds {@link GroupReference}s from form fields and request parameters: a group id
 * {@code <uuid>~<N>} or a group CDN URL, as the File Uploader posts it with
 * {@code group-output}. The posted host is not trusted: a bound reference is on the
 * application's CDN base. Printing gives the CDN URL.
 */
public final class GroupReferenceFormatter extends RebasingFormatter<GroupReference> {

	/**
	 * @param cdnBase the application's CDN base, e.g. the client's
	 */
	public GroupReferenceFormatter(URI cdnBase) {
		super(cdnBase, ReferenceKind.GROUP);
	}

}
