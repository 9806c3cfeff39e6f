package dev.ucare.client.files;

import dev.ucare.client.internal.Arguments;

/**
 * Outcome of a remote copy.
 *
 * @param url location of the copy, e.g. {@code s3://bucket/uuid/name.jpg}
 * @param alreadyExisted whether the destination existed before (HTTP 200 rather than 201)
 */
public record RemoteCopyResult(String url, boolean alreadyExisted) {

	/**
	 * @throws IllegalArgumentException when {@code url} is {@code null}
	 */
	public RemoteCopyResult {
		Arguments.notNull(url, "url");
	}

}
